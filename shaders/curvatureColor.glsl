// Curvature colour from the symbolic Hessian H = [[f_xx, f_xy], [f_xy, f_yy]] at each pixel (the second-derivative
// test as a map): det H > 0 and trace > 0, the surface curves up in every direction (bowl, blue); det H > 0 and
// trace < 0, down in every direction (cap, orange); det H < 0, up one way and down the other (saddle, green).
// The colour fades to grey as √|det H| → 0, so the curves where the test is undecided (det H = 0) show as grey seams.
uniform float curvature_scale; // √|det H| at which the colour is tanh(1) ≈ 76% saturated

vec3 curvature_color(float fxx, float fxy, float fyy) {
  float det = fxx * fyy - fxy * fxy;
  float trace = fxx + fyy;
  float strength = tanh(sqrt(abs(det)) / max(curvature_scale, 1e-12));
  vec3 bowl = plot_srgbToLinear(vec3(0.22, 0.55, 0.95));
  vec3 cap = plot_srgbToLinear(vec3(0.96, 0.50, 0.20));
  vec3 saddle = plot_srgbToLinear(vec3(0.30, 0.80, 0.45));
  vec3 neutral = plot_srgbToLinear(vec3(0.58, 0.58, 0.62));
  vec3 category = det > 0.0 ? (trace > 0.0 ? bowl : cap) : saddle;
  return mix(neutral, category, strength);
}
