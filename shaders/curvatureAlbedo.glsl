// The surface coloured by curvature instead of height (surfaceGlslFromExpr(f, 'curvature') maps "surfaceAlbedo.glsl" to this chunk):
// the albedo comes from the symbolic Hessian f_xx, f_xy, f_yy, which the expression chunk defines in this mode.
// Where the Hessian is undefined the surface is drawn neutral grey rather than in a misleading colour.
#include "curvatureColor.glsl"

vec3 surface_albedo(vec2 p, float z, float span) {
  float fxx = f_xx(p);
  float fxy = f_xy(p);
  float fyy = f_yy(p);
  bool defined = plot_isDefined(fxx) && plot_isDefined(fxy) && plot_isDefined(fyy);
  return defined ? curvature_color(fxx, fxy, fyy) : plot_srgbToLinear(vec3(0.3));
}
