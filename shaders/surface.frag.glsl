// Surface fragment shader: f, its colour and its normal are evaluated exactly at every pixel from the symbolic
// gradient (f_x, f_y), so lighting does not depend on the mesh resolution. The base colour comes from
// surface_albedo(), in the chunk "surfaceAlbedo.glsl": height (viridis) by default; an instrument may map that name
// to another chunk (curvatureAlbedo.glsl colours by the Hessian) and reuse everything else here.
#include "expr.glsl"
#include "plotFrame.glsl"
#include "undefinedValues.glsl"
#include "colormap.glsl"
#include "lighting.glsl"
#include "gridLines.glsl"
#include "surfaceAlbedo.glsl"
#include "surfaceCap.glsl"

// Largest allowed gap between the exact f at a pixel and the height the mesh puts it at, as a fraction of the z range.
// Across a jump or a pole the mesh interpolates a wall that the function never visits; its pixels fail this test.
uniform float plot_wallTolerance;

in vec2 v_domain;
in float v_defined;
in float v_height;
in vec3 v_viewPosition;

layout(location = 0) out highp vec4 plot_fragColor;

void main() {
  // Screen-space derivatives first: they need the whole 2x2 pixel quad alive, i.e. before any discard.
  vec3 faceNormal = normalize(cross(dFdx(v_viewPosition), dFdy(v_viewPosition)));
  float grid = plot_gridCoverage(v_domain, 1.25);
  float capStripe = surface_capStripe(v_domain);

  if (v_defined < 0.999) discard;
  float z = f(v_domain);
  float span = plot_zRange.y - plot_zRange.x;
  vec3 worldUp = normalize((viewMatrix * vec4(0.0, 0.0, 1.0, 0.0)).xyz);
  vec3 viewDir = normalize(-v_viewPosition);

  // Beyond a lid that cuts a pole: a flat hatched cap on the lid, where the mesh lies on it (not on the wall).
  float cap = surface_capSide(z);
  if (cap != 0.0) {
    float lid = cap > 0.0 ? plot_zRange.y : plot_zRange.x;
    if (abs(v_height - lid) > SURFACE_CAP_TOLERANCE * span) discard;
    vec3 capNormal = cap * worldUp;
    bool capBack = dot(capNormal, viewDir) < 0.0;
    if (capBack) capNormal = -capNormal;
    vec3 capColor = plot_shade(surface_capColour(capStripe), capNormal, viewDir, 1.0, capBack);
    plot_fragColor = linearToOutputTexel(vec4(capColor, 1.0));
    return;
  }

  if (!plot_isDefined(z) || z < plot_zRange.x || z > plot_zRange.y) discard;
  if (abs(z - v_height) > plot_wallTolerance * span) discard;

  vec2 gradient = vec2(f_x(v_domain), f_y(v_domain));
  vec3 n = faceNormal; // fallback where the derivative is undefined (e.g. the rim of sqrt(1 - x^2 - y^2))
  if (plot_isDefined(gradient.x) && plot_isDefined(gradient.y)) {
    n = normalize((viewMatrix * vec4(plot_normalFromGradient(gradient), 0.0)).xyz);
  }
  bool backside = dot(n, viewDir) < 0.0;
  if (backside) n = -n;
  float upness = abs(dot(n, worldUp));

  vec3 albedo = plot_applyGrid(surface_albedo(v_domain, z, span), grid);
  vec3 color = plot_shade(albedo, n, viewDir, upness, backside);
  plot_fragColor = linearToOutputTexel(vec4(color, 1.0));
}
