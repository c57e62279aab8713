// The surface coloured by curvature instead of height: the same per-pixel f, normal and lighting as
// surface.frag.glsl, with the albedo taken from the symbolic Hessian (curvatureColor.glsl). expr.glsl here also
// defines f_xx, f_xy and f_yy.
#include "expr.glsl"
#include "plotFrame.glsl"
#include "undefinedValues.glsl"
#include "colormap.glsl"
#include "lighting.glsl"
#include "gridLines.glsl"
#include "curvatureColor.glsl"

uniform float plot_wallTolerance;

in vec2 v_domain;
in float v_defined;
in float v_height;
in vec3 v_viewPosition;

layout(location = 0) out highp vec4 plot_fragColor;

void main() {
  vec3 faceNormal = normalize(cross(dFdx(v_viewPosition), dFdy(v_viewPosition)));
  float grid = plot_gridCoverage(v_domain, 1.25);

  if (v_defined < 0.999) discard;
  float z = f(v_domain);
  float span = plot_zRange.y - plot_zRange.x;
  if (!plot_isDefined(z) || z < plot_zRange.x || z > plot_zRange.y) discard;
  if (abs(z - v_height) > plot_wallTolerance * span) discard;

  vec3 worldUp = normalize((viewMatrix * vec4(0.0, 0.0, 1.0, 0.0)).xyz);
  vec2 gradient = vec2(f_x(v_domain), f_y(v_domain));
  vec3 n = faceNormal;
  if (plot_isDefined(gradient.x) && plot_isDefined(gradient.y)) {
    n = normalize((viewMatrix * vec4(plot_normalFromGradient(gradient), 0.0)).xyz);
  }
  vec3 viewDir = normalize(-v_viewPosition);
  bool backside = dot(n, viewDir) < 0.0;
  if (backside) n = -n;
  float upness = abs(dot(n, worldUp));

  float fxx = f_xx(v_domain);
  float fxy = f_xy(v_domain);
  float fyy = f_yy(v_domain);
  bool curvatureDefined = plot_isDefined(fxx) && plot_isDefined(fxy) && plot_isDefined(fyy);
  vec3 albedo = curvatureDefined ? curvature_color(fxx, fxy, fyy) : plot_srgbToLinear(vec3(0.3));
  albedo = plot_applyGrid(albedo, grid);
  plot_fragColor = linearToOutputTexel(vec4(plot_shade(albedo, n, viewDir, upness, backside), 1.0));
}
