// Numeric coefficients of terms, kept as fractions n/d so that the learner sees 1/3 x rather than 0.3333333333333333 x.
// Integer fractions are exact (reduced by their gcd while they stay below 2^53); anything else (0.1, 2.5, a huge product)
// is ordinary float64 arithmetic, which is what evaluating the unsimplified expression would have done anyway.

export interface Coefficient {
  /** Numerator; carries the sign. */
  readonly n: number
  /** Denominator; always positive, 1 for a plain number. */
  readonly d: number
}

export const ONE: Coefficient = { n: 1, d: 1 }

const SAFE = Number.MAX_SAFE_INTEGER
/** Beyond this magnitude a folded literal could overflow the next operation; such numbers are left unfolded. */
const HUGE = 1e300
/** Below this magnitude a folded product would be subnormal or underflow to 0 (1e-200 · 1e-200): left unfolded too. */
const TINY = 1e-290

function gcd(a: number, b: number): number {
  a = Math.abs(a)
  b = Math.abs(b)
  while (b !== 0) [a, b] = [b, a % b]
  return a
}

/** Puts n/d in canonical form, or returns null when it is not a finite, reasonably sized number. */
export function fraction(n: number, d: number): Coefficient | null {
  if (!Number.isFinite(n) || !Number.isFinite(d) || d === 0) return null
  if (d < 0) {
    n = -n
    d = -d
  }
  if (n === 0) return { n, d: 1 } // keeps the sign of zero: −(x − x) is −0, and atan2(−0, −1) = −π
  if (Math.abs(n) > HUGE || d > HUGE || Math.abs(n / d) < TINY) return null
  if (Number.isInteger(n) && Number.isInteger(d) && Math.abs(n) <= SAFE && d <= SAFE) {
    const g = gcd(n, d)
    return { n: n / g, d: d / g }
  }
  // A quotient that is exactly an integer (1/0.5 = 2) is shown as that integer; otherwise n/d stays as written.
  const q = n / d
  if (Number.isInteger(q) && q * d === n) return { n: q, d: 1 }
  if (!Number.isInteger(d)) return Math.abs(q) > HUGE || q === 0 ? null : { n: q, d: 1 }
  return { n, d }
}

/** A product or quotient of nonzero numbers that rounds to 0 underflowed: it must not fold into an exact 0. */
const underflowed = (r: number, a: Coefficient, b: Coefficient): boolean => r === 0 && a.n !== 0 && b.n !== 0

export function times(a: Coefficient, b: Coefficient): Coefficient | null {
  const n = a.n * b.n
  return underflowed(n, a, b) ? null : fraction(n, a.d * b.d)
}

export function dividedBy(a: Coefficient, b: Coefficient): Coefficient | null {
  if (b.n === 0) return null
  const n = a.n * b.d
  return underflowed(n, a, b) ? null : fraction(n, a.d * b.n)
}

export function plus(a: Coefficient, b: Coefficient): Coefficient | null {
  if (a.d === b.d) return fraction(a.n + b.n, a.d)
  return fraction(a.n * b.d + b.n * a.d, a.d * b.d)
}

export const negate = (a: Coefficient): Coefficient => ({ n: -a.n, d: a.d })

export const isOne = (a: Coefficient): boolean => a.n === 1 && a.d === 1
