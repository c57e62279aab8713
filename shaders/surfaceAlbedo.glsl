// The surface's base colour: its height through the perceptual colormap, from the bottom of the z range to the top.
vec3 surface_albedo(vec2 p, float z, float span) {
  return plot_viridis((z - plot_zRange.x) / span);
}
