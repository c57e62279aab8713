// Level curves f(x, y) = c, computed per pixel from the exact f (not from the mesh), as antialiased lines of constant
// screen width: q = (f − base)/spacing is an integer on a level, fwidth(q) is how much q changes across one pixel,
// so the distance to the nearest level in pixels is |fract(q − ½) − ½| / fwidth(q), faded over one pixel.
uniform float contour_base;       // one of the levels; the others are base + k·spacing
uniform float contour_spacing;    // > 0
uniform float contour_highlight;  // one extra level drawn bold (the level through the picked point); NaN: none
uniform float contour_widthPx;

// Coverage in [0, 1] of the evenly spaced levels at a pixel where f = z.
float contour_coverage(float z, float widthPx) {
  float q = (z - contour_base) / contour_spacing;
  float perPixel = max(fwidth(q), 1e-6);
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
