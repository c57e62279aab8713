// Level curves f(x, y) = c, computed per pixel from the exact f (not from the mesh), as antialiased lines of constant
// screen width: q = (f − base)/spacing is an integer on a level, fwidth(q) is how much q changes across one pixel,
// so the distance to the nearest level in pixels is |fract(q − ½) − ½| / fwidth(q), faded over one pixel.
// Levels the user lists (contour_levelCount > 0) replace the evenly spaced ones: the distance is then to the nearest
// listed level, min_i |z − L_i| / fwidth(z), with the same one-pixel fade.
#define CONTOUR_MAX_LEVELS 16
uniform float contour_base;       // one of the levels; the others are base + k·spacing
uniform float contour_spacing;    // > 0
uniform float contour_levels[CONTOUR_MAX_LEVELS]; // user-set levels, ascending; the first contour_levelCount are used
uniform int contour_levelCount;   // 0: the evenly spaced levels
uniform float contour_highlight;  // one extra level drawn bold (the level through the picked point); NaN: none
uniform float contour_widthPx;

// Coverage in [0, 1] of the user-set levels at a pixel where f = z; dz = fwidth(z), taken by the caller before any
// branch. Where the two listed levels around z are closer than a few pixels they fade out, as the evenly spaced do.
float contour_listedCoverage(float z, float dz, float widthPx) {
  float below = -1e38;
  float above = 1e38;
  for (int i = 0; i < CONTOUR_MAX_LEVELS; i++) {
    if (i >= contour_levelCount) break;
    float level = contour_levels[i];
    if (level <= z) below = max(below, level);
    else above = min(above, level);
  }
  float perPixel = max(dz, 1e-12);
  float distancePx = min(z - below, above - z) / perPixel;
  float coverage = 1.0 - smoothstep(0.5 * widthPx - 0.5, 0.5 * widthPx + 0.5, distancePx);
  // A single level (or z beyond the outermost ones) has no neighbour to crowd it: the gap is "infinite".
  float gap = above - below;
  float crowding = gap < 1e37 ? perPixel / gap : 0.0;
  return coverage * (1.0 - smoothstep(0.15, 0.4, crowding));
}

// Coverage in [0, 1] of the level lines at a pixel where f = z: the user's levels when there are any, else the evenly
// spaced ones.
float contour_coverage(float z, float widthPx) {
  // Both screen-space derivatives before the branch: fwidth needs every pixel of the quad to run it.
  float dz = fwidth(z);
  float q = (z - contour_base) / contour_spacing;
  float dq = fwidth(q);
  if (contour_levelCount > 0) return contour_listedCoverage(z, dz, widthPx);
  float perPixel = max(dq, 1e-6);
  float distancePx = abs(fract(q - 0.5) - 0.5) / perPixel;
  float coverage = 1.0 - smoothstep(0.5 * widthPx - 0.5, 0.5 * widthPx + 0.5, distancePx);
  // Where levels crowd closer than a few pixels (steep walls seen edge-on) they fade out instead of forming moiré.
  return coverage * (1.0 - smoothstep(0.15, 0.4, perPixel));
}

// Coverage of the single highlighted level.
float contour_highlightCoverage(float z, float widthPx) {
  if (!plot_isDefined(contour_highlight)) return 0.0;
  float distancePx = abs(z - contour_highlight) / max(fwidth(z), 1e-12);
  return 1.0 - smoothstep(0.5 * widthPx - 0.5, 0.5 * widthPx + 0.5, distancePx);
}
