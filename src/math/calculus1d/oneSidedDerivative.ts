// Does f′(x) exist? The derivative is the limit of (f(x+h) − f(x))/h as h → 0, and a limit exists only when the
// limits from the right (h > 0) and from the left (h < 0) exist and agree. This file estimates each one-sided limit
// in float64 and says, honestly, what it sees:
//   - a corner (|x| and relu at 0): both one-sided limits exist but differ (−1 and 1; 0 and 1);
//   - a jump (sign, step): f is not continuous, so |f(x+h) − f(x)| does not shrink and the quotient grows like 1/h;
//   - an unbounded slope (cbrt, sqrt(|x|) at 0): f is continuous but the quotient keeps growing as h shrinks;
//   - a domain edge (sqrt at 0): f has values on one side only.
// These are numerical estimates from a handful of steps h = 10⁻², …, 10⁻⁸, not proofs; the thresholds are chosen so
// that ordinary smooth functions (slopes up to ~10⁴, values up to ~10⁶) are never misread, and the panel says so.
import type { RealFn } from './function1d.ts'

export type Side = 'left' | 'right'

export type SideLimit =
  | { readonly kind: 'finite'; readonly value: number }
  | { readonly kind: 'jump'; readonly jump: number }
  | { readonly kind: 'unbounded'; readonly sign: number }
  | { readonly kind: 'undefined' }

export type DerivativeVerdict =
  | { readonly kind: 'undefined-point' }
  | { readonly kind: 'exists'; readonly value: number; readonly left: number; readonly right: number }
  | { readonly kind: 'corner'; readonly left: number; readonly right: number }
  | { readonly kind: 'jump'; readonly left: SideLimit; readonly right: SideLimit }
  | { readonly kind: 'unbounded'; readonly left: SideLimit; readonly right: SideLimit }
  | { readonly kind: 'one-sided'; readonly defined: Side; readonly limit: SideLimit }

/** The one-sided limit of the difference quotient at x from `side`. */
export function oneSidedLimit(f: RealFn, x: number, side: Side): SideLimit {
  // Steps are relative to the size of x (DESIGN.md: h = 1e-5·max(1, |x|)): at x = 1e9 an absolute 1e-8 would vanish in x + h.
  const scale = Math.max(1, Math.abs(x))
  const step = (k: number) => (side === 'right' ? 1 : -1) * scale * Math.pow(10, -k)
  const fx = f(x)
  const quotient = (k: number) => (f(x + step(k)) - fx) / step(k)
  for (let k = 2; k <= 8; k++) if (!Number.isFinite(f(x + step(k)))) return { kind: 'undefined' }
  // Continuity: for continuous f the change over h = 1e-8 is tiny and much smaller than over h = 1e-4.
  const change8 = f(x + step(8)) - fx
  const change4 = f(x + step(4)) - fx
  if (Math.abs(change8) > 1e-6 * (1 + Math.abs(fx)) && Math.abs(change8) > 0.1 * Math.abs(change4)) {
    return { kind: 'jump', jump: change8 }
  }
  // An unbounded slope grows by a large factor over every three decades of h (h^(-1/2) grows 31×, h^(-2/3) 100×);
  // round-off alone cannot make q(1e-5) twenty times q(1e-2).
  const q2 = Math.abs(quotient(2))
  const q5 = Math.abs(quotient(5))
  const q8 = quotient(8)
  if (q5 > 20 * q2 && Math.abs(q8) > 20 * q5) return { kind: 'unbounded', sign: Math.sign(q8) }
  // Richardson extrapolation: q(h) = f′ + c·h + O(h²), so 2·q(h/2) − q(h) cancels the O(h) term.
  const h = step(5)
  const qh = (f(x + h) - fx) / h
  const qHalf = (f(x + h / 2) - fx) / (h / 2)
  return { kind: 'finite', value: 2 * qHalf - qh }
}

/** Whether two one-sided estimates agree up to truncation and round-off (see the file comment). */
export function slopesAgree(left: number, right: number, fx: number): boolean {
  const tolerance = 1e-5 * Math.max(1, Math.abs(left), Math.abs(right)) + 1e-8 * Math.abs(fx)
  return Math.abs(left - right) <= tolerance
}

/** Compares the left and right limits of the difference quotient at x. */
export function derivativeVerdict(f: RealFn, x: number): DerivativeVerdict {
  const fx = f(x)
  if (!Number.isFinite(fx)) return { kind: 'undefined-point' }
  const left = oneSidedLimit(f, x, 'left')
  const right = oneSidedLimit(f, x, 'right')
  if (left.kind === 'undefined' && right.kind === 'undefined') return { kind: 'undefined-point' }
  if (left.kind === 'undefined') return { kind: 'one-sided', defined: 'right', limit: right }
  if (right.kind === 'undefined') return { kind: 'one-sided', defined: 'left', limit: left }
  if (left.kind === 'jump' || right.kind === 'jump') return { kind: 'jump', left, right }
  if (left.kind === 'unbounded' || right.kind === 'unbounded') return { kind: 'unbounded', left, right }
  if (left.kind === 'finite' && right.kind === 'finite') {
    return slopesAgree(left.value, right.value, fx)
      ? { kind: 'exists', value: (left.value + right.value) / 2, left: left.value, right: right.value }
      : { kind: 'corner', left: left.value, right: right.value }
  }
  return { kind: 'unbounded', left, right }
}
