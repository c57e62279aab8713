// expr-functions.glsl: the function whitelist of src/math/expr/functions.ts in GLSL ES 3.00, with the same meaning,
// including where it is undefined. Generated code (toGlsl) calls only these cw_ helpers and + - * /.
// ASCII only: WebGL rejects other characters in shader source, comments included.
// This chunk must come before the uniforms and the generated functions; it declares no precision (the shader does).
//
// Why helpers instead of the built-ins: GLSL leaves pow(x<0, y), log(x<=0), sqrt(x<0), asin(|x|>1) and atan(0, 0)
// undefined, min/max/sign may drop NaN, and tanh/sinh/cosh written as exp quotients overflow to Inf/Inf = NaN for
// large |x| (a known GPU pitfall). On SwiftShader, built-ins also turn NaN into numbers (exp(NaN) = Inf was measured),
// so every helper passes a NaN argument through explicitly. Each helper states what it guarantees. float32 throughout.

const float CW_PI = 3.14159265358979;
const float CW_LN2 = 0.693147180559945;
const float CW_INV_LN10 = 0.434294481903252;

// --- NaN and Inf -------------------------------------------------------------------------------------------------
// GLSL ES has no NaN literal, and compilers may fold isnan() to false. Build the bits, and test bits.
float cw_nan() { return uintBitsToFloat(0x7fc00000u); }
float cw_inf() { return uintBitsToFloat(0x7f800000u); }
bool cw_isnan(float v) { uint b = floatBitsToUint(v); return (b & 0x7f800000u) == 0x7f800000u && (b & 0x007fffffu) != 0u; }
bool cw_isinf(float v) { return (floatBitsToUint(v) & 0x7fffffffu) == 0x7f800000u; }
/** True where f has no finite value (NaN, or +-Inf from a pole or float32 overflow): the surface discards it. */
bool cw_isUndefined(float v) { return (floatBitsToUint(v) & 0x7f800000u) == 0x7f800000u; }
bool cw_signbit(float v) { return (floatBitsToUint(v) & 0x80000000u) != 0u; }

// --- powers, roots, logarithms -----------------------------------------------------------------------------------
// log1p(u) = 2 atanh(z), z = u/(2+u): for -0.5 < u < 1, |z| <= 1/3 and the odd series to z^15 is good to ~1e-9,
// where log(1+u) would lose the digits of a small u.
float cw_log1p(float u) {
  if (cw_isnan(u) || u < -1.0) return cw_nan();
  if (u > -0.5 && u < 1.0) {
    float z = u / (2.0 + u);
    float z2 = z * z;
    return 2.0 * z * (1.0 + z2 * (1.0 / 3.0 + z2 * (0.2 + z2 * (1.0 / 7.0 + z2 * (1.0 / 9.0 + z2 * (1.0 / 11.0
      + z2 * (1.0 / 13.0 + z2 / 15.0)))))));
  }
  return log(1.0 + u); // 1+u is exact for -1 <= u <= -0.5; for u >= 1 there is nothing to lose. u = -1 gives -Inf.
}
float cw_log(float x) {
  if (cw_isnan(x) || x < 0.0) return cw_nan();
  return x == 0.0 ? -cw_inf() : log(x);
}
float cw_log(float x, float b) { return cw_log(x) / cw_log(b); }
float cw_log2(float x) {
  if (cw_isnan(x) || x < 0.0) return cw_nan();
  return x == 0.0 ? -cw_inf() : log2(x);
}
float cw_log10(float x) { return cw_log(x) * CW_INV_LN10; }
float cw_sqrt(float x) { return cw_isnan(x) || x < 0.0 ? cw_nan() : sqrt(x); }
float cw_exp(float x) { return cw_isnan(x) ? x : exp(x); }
float cw_abs(float x) { return cw_isnan(x) ? x : abs(x); }

// Real cube root, odd: cbrt(-8) = -2. pow(|x|, 1/3) is refined by one Newton step on r^3 = |x| (no r^3 overflow).
float cw_cbrt(float x) {
  float m = abs(x);
  if (cw_isnan(x) || m == 0.0 || cw_isinf(x)) return x;
  float r = pow(m, 1.0 / 3.0);
  r = r - (r - m / (r * r)) / 3.0;
  return x < 0.0 ? -r : r;
}

// JavaScript's Math.pow: x^0 = 1 (even NaN^0), a negative base needs an integer exponent (odd keeps the sign),
// 0^negative = Inf, (+-1)^+-Inf = NaN.
float cw_pow(float a, float b) {
  if (b == 0.0) return 1.0;
  if (cw_isnan(a) || cw_isnan(b)) return cw_nan();
  float m = abs(a);
  if (m == 1.0 && cw_isinf(b)) return cw_nan();
  bool integer = floor(b) == b;
  bool odd = integer && !cw_isinf(b) && mod(b, 2.0) == 1.0;
  if (m == 0.0) {
    float r = b > 0.0 ? 0.0 : cw_inf();
    return odd && cw_signbit(a) ? -r : r;
  }
  if (a < 0.0 && !integer) return cw_nan();
  float r = cw_isinf(m) ? (b > 0.0 ? cw_inf() : 0.0) : pow(m, b);
  return a < 0.0 && odd ? -r : r;
}

// --- trigonometric ------------------------------------------------------------------------------------------------
// SwiftShader's built-in sin/cos are only good to about 1e-4 relatively (measured: sin(0.2) off by 2e-5), so we
// reduce the argument ourselves: x = k*pi/2 + r with |r| <= pi/4, pi/2 split in three parts (Cody-Waite, the float
// constants of fdlibm's e_rem_pio2f) so that k*part is exact for |k| < 128, i.e. |x| < 200; then Taylor polynomials
// of sin r and cos r (truncation below 2e-9 on |r| <= pi/4). Returns (sin x, cos x).
vec2 cw_sincos(float x) {
  float k = floor(x * 0.636619772367581 + 0.5);
  float r = ((x - k * 1.5707855225) - k * 1.0804273188e-05) - k * 6.0770943833e-11;
  float r2 = r * r;
  float s = r + r * r2 * (-1.0 / 6.0 + r2 * (1.0 / 120.0 + r2 * (-1.0 / 5040.0 + r2 * (1.0 / 362880.0))));
  float c = 1.0 - 0.5 * r2 + r2 * r2 * (1.0 / 24.0 + r2 * (-1.0 / 720.0 + r2 * (1.0 / 40320.0 + r2 * (-1.0 / 3628800.0))));
  float q = k - 4.0 * floor(k * 0.25); // quadrant 0..3
  vec2 sc = q == 0.0 ? vec2(s, c) : q == 1.0 ? vec2(c, -s) : q == 2.0 ? vec2(-s, -c) : vec2(-c, s);
  return cw_isnan(x) || cw_isinf(x) ? vec2(cw_nan()) : sc;
}
float cw_sin(float x) { return cw_sincos(x).x; }
float cw_cos(float x) { return cw_sincos(x).y; }
float cw_tan(float x) { vec2 sc = cw_sincos(x); return sc.x / sc.y; }
float cw_sec(float x) { return 1.0 / cw_cos(x); }
float cw_csc(float x) { return 1.0 / cw_sin(x); }
float cw_cot(float x) { vec2 sc = cw_sincos(x); return sc.y / sc.x; }
float cw_asin(float x) { return cw_isnan(x) || abs(x) > 1.0 ? cw_nan() : asin(x); }
float cw_acos(float x) { return cw_isnan(x) || abs(x) > 1.0 ? cw_nan() : acos(x); }
float cw_atan(float x) { return cw_isnan(x) ? x : atan(x); }
float cw_asec(float x) { return cw_acos(1.0 / x); }
float cw_acsc(float x) { return cw_asin(1.0 / x); }
float cw_acot(float x) { return cw_isnan(x) ? x : CW_PI / 2.0 - atan(x); } // range (0, pi), continuous at 0, as functions.ts
// Math.atan2: GLSL's atan(y, x) is undefined at (0, 0); JS gives +-0 or +-pi there by the zeros' signs.
float cw_atan2(float y, float x) {
  if (cw_isnan(x) || cw_isnan(y)) return cw_nan();
  if (x == 0.0 && y == 0.0) return cw_signbit(x) ? (cw_signbit(y) ? -CW_PI : CW_PI) : y;
  return atan(y, x);
}

// --- hyperbolic ---------------------------------------------------------------------------------------------------
// sinh: Taylor series for |x| < 1 (e^x - e^-x cancels there); e^|x|/2 as exp(|x| - ln 2) for large |x|, so the
// result overflows only where sinh itself exceeds float32, not where e^|x| does.
float cw_sinh(float x) {
  if (cw_isnan(x)) return x;
  float m = abs(x);
  float r;
  if (m < 1.0) {
    float x2 = m * m;
    r = m * (1.0 + x2 / 6.0 * (1.0 + x2 / 20.0 * (1.0 + x2 / 42.0 * (1.0 + x2 / 72.0 * (1.0 + x2 / 110.0)))));
  } else if (m > 20.0) {
    r = exp(m - CW_LN2);
  } else {
    float e = exp(m);
    r = 0.5 * (e - 1.0 / e);
  }
  return x < 0.0 ? -r : r;
}
float cw_cosh(float x) {
  if (cw_isnan(x)) return x;
  float m = abs(x);
  if (m > 20.0) return exp(m - CW_LN2);
  float e = exp(m);
  return 0.5 * (e + 1.0 / e);
}
// tanh: never Inf/Inf. s/sqrt(1+s^2) with the series sinh for |x| < 1; 1 - 2/(e^{2|x|}+1) beyond, which tends to 1
// (e^{2|x|} = Inf gives exactly 1).
float cw_tanh(float x) {
  if (cw_isnan(x)) return x;
  float m = abs(x);
  float r;
  if (m < 1.0) {
    float s = cw_sinh(m);
    r = s / sqrt(1.0 + s * s);
  } else {
    r = 1.0 - 2.0 / (exp(2.0 * m) + 1.0);
  }
  return x < 0.0 ? -r : r;
}
float cw_sech(float x) { return 1.0 / cw_cosh(x); }
float cw_csch(float x) { return 1.0 / cw_sinh(x); }
float cw_coth(float x) { return 1.0 / cw_tanh(x); }
// asinh: odd series for |x| < 0.25, log(|x| + sqrt(x^2+1)) in the middle, log|x| + ln 2 once x^2 would overflow.
float cw_asinh(float x) {
  if (cw_isnan(x)) return x;
  float m = abs(x);
  float r;
  if (m < 0.25) {
    float x2 = m * m;
    r = m * (1.0 + x2 * (-1.0 / 6.0 + x2 * (3.0 / 40.0 + x2 * (-15.0 / 336.0 + x2 * (105.0 / 3456.0
      + x2 * (-945.0 / 42240.0))))));
  } else if (m > 1.0e18) {
    r = log(m) + CW_LN2;
  } else {
    r = log(m + sqrt(m * m + 1.0));
  }
  return x < 0.0 ? -r : r;
}
// acosh(x) = log1p(t + sqrt(t(2+t))) with t = x - 1 (exact near 1), so acosh(1 + small) keeps its digits.
float cw_acosh(float x) {
  if (cw_isnan(x) || x < 1.0) return cw_nan();
  if (x > 1.0e18) return log(x) + CW_LN2;
  float t = x - 1.0;
  return cw_log1p(t + sqrt(t * (2.0 + t)));
}
// atanh(x) = 1/2 log1p(2|x|/(1-|x|)), odd; +-1 gives +-Inf, |x| > 1 is NaN.
float cw_atanh(float x) {
  float m = abs(x);
  if (cw_isnan(x) || m > 1.0) return cw_nan();
  float r = m == 1.0 ? cw_inf() : 0.5 * cw_log1p(2.0 * m / (1.0 - m));
  return x < 0.0 ? -r : r;
}
float cw_asech(float x) { return cw_acosh(1.0 / x); }
float cw_acsch(float x) { return cw_asinh(1.0 / x); }
float cw_acoth(float x) { return cw_atanh(1.0 / x); }

// --- piecewise and ML -----------------------------------------------------------------------------------------------
float cw_min(float a, float b) { return cw_isnan(a) || cw_isnan(b) ? cw_nan() : min(a, b); }
float cw_max(float a, float b) { return cw_isnan(a) || cw_isnan(b) ? cw_nan() : max(a, b); }
float cw_sign(float x) { return cw_isnan(x) ? x : x > 0.0 ? 1.0 : x < 0.0 ? -1.0 : x; } // keeps +-0 and NaN, as Math.sign
float cw_step(float x) { return cw_isnan(x) ? x : x > 0.0 ? 1.0 : 0.0; }
float cw_relu(float x) { return cw_isnan(x) ? x : x > 0.0 ? x : 0.0; }
// sigmoid never takes exp of a large positive number; softplus = max(x, 0) + log1p(e^{-|x|}) keeps the small tail.
float cw_sigmoid(float x) {
  if (cw_isnan(x)) return x;
  if (x >= 0.0) return 1.0 / (1.0 + exp(-x));
  float e = exp(x);
  return e / (1.0 + e);
}
float cw_softplus(float x) {
  if (cw_isnan(x)) return x;
  return max(x, 0.0) + cw_log1p(exp(-abs(x)));
}

// --- erf and the activations built on it ------------------------------------------------------------------------
// erf: Abramowitz & Stegun 7.1.26, |error| <= 1.5e-7 (about float32's own resolution near 1); odd; +-1 beyond 4.
float cw_erf(float x) {
  if (cw_isnan(x)) return x;
  float m = abs(x);
  if (m > 4.0) return x < 0.0 ? -1.0 : 1.0;
  float t = 1.0 / (1.0 + 0.3275911 * m);
  float poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  float r = 1.0 - poly * exp(-m * m);
  // Near 0 the formula cancels (1 - ~1); the series x * 2/sqrt(pi) * (1 - x^2/3 + x^4/10) is exact to float32 there.
  if (m < 0.05) r = m * 1.1283791670955126 * (1.0 - m * m / 3.0 + m * m * m * m / 10.0);
  return x < 0.0 ? -r : r;
}
// gelu (exact form): x/2 (1 + erf(x/sqrt 2)); silu: x sigma(x).
float cw_gelu(float x) { return cw_isnan(x) ? x : 0.5 * x * (1.0 + cw_erf(x * 0.7071067811865476)); }
float cw_silu(float x) { return cw_isnan(x) ? x : x * cw_sigmoid(x); }
// leaky_relu(x, a) = x for x > 0, a x otherwise (default slope 0.01); elu(x, alpha) = alpha (e^x - 1) for x <= 0
// (default alpha 1), from e^min(x, 0) so the branch not taken never overflows.
float cw_leaky_relu(float x, float a) { return cw_isnan(x) ? x : x > 0.0 ? x : cw_isnan(a) ? a : a * x; }
float cw_leaky_relu(float x) { return cw_leaky_relu(x, 0.01); }
float cw_elu(float x, float a) {
  if (cw_isnan(x)) return x;
  if (x > 0.0) return x;
  if (cw_isnan(a)) return a;
  // e^x - 1 loses the digits of a small x: use x (1 + x/2 + x^2/6) there.
  float em1 = x > -1.0e-3 ? x * (1.0 + x * (0.5 + x / 6.0)) : exp(x) - 1.0;
  return a * em1;
}
float cw_elu(float x) { return cw_elu(x, 1.0); }

// --- helpers that differentiation produces ------------------------------------------------------------------------
// mask(m, v) = m v, but 0 where m = 0 and v is not NaN (the chain rule through a flat piece: 0, not 0 * Inf).
float cw_mask(float m, float v) { return m == 0.0 && !cw_isnan(m) && !cw_isnan(v) ? 0.0 : m * v; }
// defined(g, v) = v where g is a number or +-Inf, NaN where g is NaN (a derivative is undefined where f is).
float cw_defined(float g, float v) { return cw_isnan(g) ? cw_nan() : v; }
