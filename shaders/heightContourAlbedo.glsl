// Height colouring with level curves drawn into the surface's own colour (used by height-texture surfaces, which have
// no expression for the contour overlay to evaluate): viridis by height, darkened along evenly spaced levels of f.
#include "contourLines.glsl"

vec3 surface_albedo(vec2 p, float z, float span) {
  vec3 base = plot_viridis((z - plot_zRange.x) / span);
  float line = contour_coverage(z, contour_widthPx);
  return mix(base, base * 0.25, 0.85 * line);
}
