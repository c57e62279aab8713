// Undefined points: every emitter returns NaN outside a function's real domain (log of a negative, 0/0), and a pole
// hit exactly (or float32 overflow) gives +-Inf. Both mean "no surface here".
// Tested on the bits (exponent all ones) rather than with isnan(): compilers may fold isnan() to false, and the
// bit pattern is what IEEE 754 defines NaN and Inf to be.
bool plot_isDefined(float v) {
  return (floatBitsToUint(v) & 0x7f800000u) != 0x7f800000u;
}
