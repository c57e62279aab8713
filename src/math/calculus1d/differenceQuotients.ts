// The table of difference quotients (f(x+h) − f(x))/h for h = 10⁻¹, 10⁻², …, with their error against the exact
// f′(x), and the two error terms that explain it (honest float64 numerics):
//   truncation  ≈ |f″(x)|·h/2          (Taylor: f(x+h) = f(x) + h f′(x) + h²/2 f″(ξ)), shrinks with h;
//   round-off   ≈ 2ε·|f(x)|/h          (f(x+h) and f(x) each carry a relative error of about ε = 2⁻⁵²; their
//                                       difference keeps the absolute error and is then divided by h), grows as h shrinks.
// Their sum is smallest near h* = 2·sqrt(ε|f(x)|/|f″(x)|), about 1e-8 for ordinary functions near 1.
import type { RealFn } from './function1d.ts'

export const FLOAT64_EPSILON = Number.EPSILON

export interface QuotientRow {
  /** The step, 10^-k. */
  readonly h: number
  readonly exponent: number
  /** (f(x+h) − f(x))/h, the slope of the right secant. */
  readonly right: number
  /** (f(x) − f(x−h))/h, the slope of the left secant. */
  readonly left: number
  /** |right − f′(x)|; NaN when f′(x) is not a number. */
  readonly error: number
  readonly truncationEstimate: number
  readonly roundoffEstimate: number
}

/** (f(x + h) − f(x))/h; h < 0 gives the left quotient. */
export function differenceQuotient(f: RealFn, x: number, h: number): number {
  return (f(x + h) - f(x)) / h
}

/** Rows for h = 10^-1 … 10^-maxExponent. `df`, `d2f`: the exact derivatives (for the error columns). */
export function quotientTable(f: RealFn, df: RealFn, d2f: RealFn, x: number, maxExponent = 8): QuotientRow[] {
  const fx = f(x)
  const exact = df(x)
  const curvature = Math.abs(d2f(x))
  const rows: QuotientRow[] = []
  for (let k = 1; k <= maxExponent; k++) {
    const h = Math.pow(10, -k)
    const right = differenceQuotient(f, x, h)
    rows.push({
      h,
      exponent: k,
      right,
      left: differenceQuotient(f, x, -h),
      error: Math.abs(right - exact),
      truncationEstimate: (curvature * h) / 2,
      roundoffEstimate: (2 * FLOAT64_EPSILON * Math.abs(fx)) / h,
    })
  }
  return rows
}

/** The step that balances truncation against round-off, 2·sqrt(ε|f(x)|/|f″(x)|); NaN where f″(x) = 0 or f(x) = 0. */
export function optimalStep(fx: number, d2fx: number): number {
  const ratio = Math.abs(fx) / Math.abs(d2fx)
  return ratio > 0 && Number.isFinite(ratio) ? 2 * Math.sqrt(FLOAT64_EPSILON * ratio) : NaN
}

/** The row with the smallest finite error, or undefined when no error is finite. */
export function bestRow(rows: readonly QuotientRow[]): QuotientRow | undefined {
  let best: QuotientRow | undefined
  for (const row of rows) if (Number.isFinite(row.error) && (!best || row.error < best.error)) best = row
  return best
}
