// Hatched caps where the z range cuts a pole. When "fit z" stops short of a pole on one side (fitSurfaceZRange
// flags that side), the surface beyond the lid (or below the floor) is not simply dropped, which would leave an open
// tube that looks like a peak with its top missing: it is drawn flat on the lid, in diagonal red stripes, so a
// reader sees "f goes on beyond this box here". Needs plotFrame.glsl.
uniform vec2 surface_clipped; // (below, above): 1 where that side of the z range cuts a pole

// How far (fraction of the z range) the mesh may sit from the lid for a pixel to belong to the cap rather than to
// the interpolated wall of a pole (vertices beyond a clipped side are clamped exactly onto it).
const float SURFACE_CAP_TOLERANCE = 0.03;

/** 1 beyond the lid, -1 below the floor, on a side flagged as clipped; 0 otherwise (NaN is never a cap). */
float surface_capSide(float z) {
  if (surface_clipped.y > 0.5 && z > plot_zRange.y) return 1.0;
  if (surface_clipped.x > 0.5 && z < plot_zRange.x) return -1.0;
  return 0.0;
}

/** Coverage of the cap's stripes at p, antialiased; call before any discard (fwidth needs the whole pixel quad). */
float surface_capStripe(vec2 p) {
  float period = 0.035 * max(plot_domainSize.x, plot_domainSize.y);
  float t = (p.x + p.y) / period;
  float w = max(fwidth(t), 1e-4);
  float d = abs(fract(t) - 0.5) - 0.25; // < 0 inside a stripe
  return 1.0 - smoothstep(-w, w, d);
}

vec3 surface_capColour(float stripe) {
  return mix(vec3(0.93, 0.93, 0.93), vec3(0.86, 0.25, 0.25), stripe);
}
