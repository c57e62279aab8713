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

/**
 * The visible piece of a line inside a window: writes [xa, ya, xb, yb] into `out` and returns true, or returns
 * false when the line misses the window or is undefined. Allocates nothing (called while dragging or animating).
 */
export function clipLineToWindow(line: Line1d, view: { xMin: number; xMax: number; yMin: number; yMax: number }, out: Float64Array | number[]): boolean {
  if (!isDrawableLine(line)) return false
  let xa = view.xMin
  let xb = view.xMax
  if (line.slope !== 0) {
    // x where the line meets y = yMin and y = yMax.
    const x1 = line.x0 + (view.yMin - line.y0) / line.slope
    const x2 = line.x0 + (view.yMax - line.y0) / line.slope
    xa = Math.max(xa, Math.min(x1, x2))
    xb = Math.min(xb, Math.max(x1, x2))
  } else if (line.y0 < view.yMin || line.y0 > view.yMax) return false
  if (!(xa < xb)) return false
  out[0] = xa
  out[1] = lineAt(line, xa)
  out[2] = xb
  out[3] = lineAt(line, xb)
  return true
}
