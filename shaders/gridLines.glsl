// Grid lines drawn on the surface at multiples of the axis tick step, from the math coordinates of each fragment.
// fwidth gives how much the coordinate changes across one pixel, so the distance to the nearest line can be measured
// in pixels and faded over one pixel: antialiased lines of constant screen width at any zoom.
uniform float plot_showGrid;   // 0 or 1
uniform vec2 plot_gridStep;    // tick step in x and y (math units)

// Coverage in [0, 1] of a grid line of `widthPx` pixels at math point p.
float plot_gridCoverage(vec2 p, float widthPx) {
  vec2 q = p / plot_gridStep;
  vec2 perPixel = max(fwidth(q), vec2(1e-6));
  vec2 distancePx = abs(fract(q - 0.5) - 0.5) / perPixel;
  float coverage = 1.0 - smoothstep(0.5 * widthPx - 0.5, 0.5 * widthPx + 0.5, min(distancePx.x, distancePx.y));
  // Where lines would be closer than ~4 px (grazing angles, far away) they fade out instead of forming moire.
  float density = max(perPixel.x, perPixel.y);
  return coverage * (1.0 - smoothstep(0.12, 0.3, density));
}

// Lines darken bright colours and lighten the darkest ones, so they stay visible across the whole colormap.
vec3 plot_applyGrid(vec3 albedo, float coverage) {
  float luminance = dot(albedo, vec3(0.2126, 0.7152, 0.0722));
  vec3 lineColor = luminance > 0.05 ? albedo * 0.22 : vec3(0.32);
  return mix(albedo, lineColor, 0.75 * coverage * plot_showGrid);
}
