// Straight lines through points of a curve: the secant through (x, f(x)) and (x+h, f(x+h)), whose slope is the
// difference quotient, and the tangent at x, whose slope is the exact derivative f′(x). The tangent is the limit
// of the secants as h → 0 when that limit exists.
import type { RealFn } from './function1d.ts'

/** The line y = y0 + slope·(x − x0). Undefined (NaN fields) when the point or the slope is. */
export interface Line1d {
  readonly x0: number
  readonly y0: number
  readonly slope: number
}

export const lineAt = (line: Line1d, x: number): number => line.y0 + line.slope * (x - line.x0)

export const isDrawableLine = (line: Line1d): boolean =>
  Number.isFinite(line.x0) && Number.isFinite(line.y0) && Number.isFinite(line.slope)

/** The secant through (x, f(x)) and (x + h, f(x + h)); h may be negative (a left secant). */
export function secantLine(f: RealFn, x: number, h: number): Line1d {
  const y0 = f(x)
  return { x0: x, y0, slope: (f(x + h) - y0) / h }
}

/** The tangent at x, with the slope from the symbolic derivative df. */
export function tangentLine(f: RealFn, df: RealFn, x: number): Line1d {
  return { x0: x, y0: f(x), slope: df(x) }
}
