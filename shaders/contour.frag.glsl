// Contour overlay: only the level curves of f, drawn over the surface (contour_onFloor = 0) or on the floor of the
// plot box (contour_onFloor = 1). Everything between the lines is discarded, so the overlay adds lines and nothing else.
#include "expr.glsl"
#include "plotFrame.glsl"
#include "undefinedValues.glsl"
#include "colormap.glsl"
#include "contourLines.glsl"

uniform float contour_onFloor;
uniform float plot_wallTolerance;
uniform vec3 contour_lineColor;      // linear RGB, for lines on the surface
uniform vec3 contour_highlightColor; // linear RGB

in vec2 v_domain;
in float v_defined;
in float v_height;
in vec3 v_viewPosition;

layout(location = 0) out highp vec4 plot_fragColor;

void main() {
  // f and its screen-space derivatives first: fwidth needs the whole pixel quad alive, i.e. before any discard.
  float z = f(v_domain);
  float lines = contour_coverage(z, contour_widthPx);
  float bold = contour_highlightCoverage(z, 2.2 * contour_widthPx);

  if (contour_onFloor < 0.5 && v_defined < 0.999) discard;
  float span = plot_zRange.y - plot_zRange.x;
  if (!plot_isDefined(z) || z < plot_zRange.x || z > plot_zRange.y) discard;
  // On the surface, the same wall test as the surface itself: no lines on walls the mesh invents across a jump.
  if (contour_onFloor < 0.5 && abs(z - v_height) > plot_wallTolerance * span) discard;
  float alpha = max(0.85 * lines, bold);
  if (alpha < 0.01) discard;

  // On the floor a level keeps its height's colour (the floor becomes a contour map); on the surface lines are dark.
  vec3 base = contour_onFloor > 0.5 ? plot_viridis((z - plot_zRange.x) / span) : contour_lineColor;
  vec3 color = mix(base, contour_highlightColor, bold >= lines ? 1.0 : 0.0);
  plot_fragColor = linearToOutputTexel(vec4(color, alpha));
}
