// Undefined points: every emitter returns NaN outside a function's real domain (log of a negative, 0/0), and a pole
// hit exactly gives +-Inf. Both mean "no surface here".
// isnan alone is not enough: some GLSL compilers fold NaN comparisons away under fast-math, so we also require
// |v| to compare below a huge finite bound, which is false for NaN and for +-Inf on every implementation.
bool plot_isDefined(float v) {
  return !isnan(v) && abs(v) < 3.0e38;
}
