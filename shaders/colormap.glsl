// Height colormap: viridis, nine sRGB stops at t = 0, 1/8, ..., 1, linearly interpolated.
// The same stops live in src/math/plot/viridisColormap.ts (the legend); a unit test keeps the two in step.

const vec3 PLOT_VIRIDIS[9] = vec3[9](
  vec3(0.266667, 0.003922, 0.329412), // #440154
  vec3(0.278431, 0.176471, 0.482353), // #472d7b
  vec3(0.231373, 0.321569, 0.545098), // #3b528b
  vec3(0.172549, 0.447059, 0.556863), // #2c728e
  vec3(0.129412, 0.568627, 0.549020), // #21918c
  vec3(0.156863, 0.682353, 0.501961), // #28ae80
  vec3(0.368627, 0.788235, 0.384314), // #5ec962
  vec3(0.678431, 0.862745, 0.188235), // #addc30
  vec3(0.992157, 0.905882, 0.145098)  // #fde725
);

// sRGB -> linear light (the exact piecewise curve), because lighting must be done in linear light.
vec3 plot_srgbToLinear(vec3 c) {
  vec3 low = c / 12.92;
  vec3 high = pow((c + 0.055) / 1.055, vec3(2.4));
  return mix(low, high, step(vec3(0.04045), c));
}

// Linear-light viridis colour at t in [0, 1] (clamped).
vec3 plot_viridis(float t) {
  float position = clamp(t, 0.0, 1.0) * 8.0;
  int index = min(int(floor(position)), 7);
  vec3 srgb = mix(PLOT_VIRIDIS[index], PLOT_VIRIDIS[index + 1], position - float(index));
  return plot_srgbToLinear(srgb);
}
