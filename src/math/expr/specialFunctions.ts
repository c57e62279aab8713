// Float64 reference implementations of the functions JavaScript's Math lacks: erf and the ML activations built on it
// or on the logistic function. These are the semantics every other emitter (GLSL, tfjs) must reproduce.

const TWO_OVER_SQRT_PI = 1.1283791670955126
const INV_SQRT2 = Math.SQRT1_2

/**
 * The error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, to a few ulps in float64.
 * |x| ≤ 2: its Maclaurin series 2/√π Σ (−1)ⁿ x^(2n+1) / (n! (2n+1)) (terms fall below 1e-17 relative; the largest term
 * is about 2.4 at x = 2, so at most one digit is lost to cancellation).
 * |x| > 2: 1 − erfc(x), with erfc from its continued fraction e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 * evaluated by Lentz's method, which converges quickly there. Odd; erf(±∞) = ±1; NaN stays NaN.
 */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN
  const m = Math.abs(x)
  if (m > 6) return Math.sign(x) // 1 − erfc(6) rounds to 1 in float64 (erfc(6) ≈ 2e-17)
  if (m <= 2) {
    const x2 = x * x
    let term = x
    let sum = x
    for (let n = 1; n < 60; n++) {
      term *= -x2 / n
      const add = term / (2 * n + 1)
      sum += add
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break
    }
    return TWO_OVER_SQRT_PI * sum
  }
  // Modified Lentz for the continued fraction b0 + a1/(b1 + a2/(b2 + …)) with b_k = m, a_k = k/2.
  const tiny = 1e-300
  let f = m
  let c = m
  let d = 0
  for (let k = 1; k < 200; k++) {
    const a = k / 2
    d = m + a * d
    d = d === 0 ? tiny : d
    c = m + a / c
    c = c === 0 ? tiny : c
    d = 1 / d
    const delta = c * d
    f *= delta
    if (Math.abs(delta - 1) < 1e-16) break
  }
  const erfc = Math.exp(-m * m) / (Math.sqrt(Math.PI) * f)
  return x > 0 ? 1 - erfc : erfc - 1
}

/** GELU in its exact form (PyTorch's default, approximate='none'): x Φ(x) = x/2 (1 + erf(x/√2)). */
export function gelu(x: number): number {
  return 0.5 * x * (1 + erf(x * INV_SQRT2))
}

/** leaky_relu(x, a) = x for x > 0, a x otherwise (PyTorch's negative_slope a, default 0.01). NaN stays NaN. */
export function leakyRelu(x: number, a = 0.01): number {
  return x > 0 ? x : x <= 0 ? a * x : NaN
}

/** elu(x, α) = x for x > 0, α (eᕽ − 1) otherwise (PyTorch's ELU, α = 1 by default). NaN stays NaN. */
export function elu(x: number, alpha = 1): number {
  return x > 0 ? x : x <= 0 ? alpha * Math.expm1(x) : NaN
}

/**
 * mask(m, v) = m · v, except that it is 0 where m = 0 and v is a number or ±∞ (not NaN). Differentiation produces it
 * for the chain rule through a function that is locally constant (relu, step, min, max): there the inner derivative
 * m is 0 on a whole interval, the outer derivative may be infinite at the flat value (sqrt′(0) = ∞ in
 * sqrt(relu(x))), and the derivative is 0, not 0 · ∞ = NaN. Where v is NaN (f undefined) the result stays NaN.
 */
export function mask(m: number, v: number): number {
  return m === 0 && !Number.isNaN(v) ? 0 : m * v
}

/**
 * defined(g, v) = v where g is a number or ±∞, NaN where g is NaN. Differentiation wraps a derivative formula that
 * is wider than its function's domain in it: ln′(u) = 1/u is finite at u = −2, but ln(−2) is undefined and so is the
 * derivative there; defined(ln(u), 1/u) says so.
 */
export function defined(g: number, v: number): number {
  return Number.isNaN(g) ? NaN : v
}
