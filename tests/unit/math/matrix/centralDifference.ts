// Test helper: the derivative by central differences in float64, written here (not imported from the code under test)
// with the step DESIGN.md prescribes, h = 1e-5·max(1, |x|). Layout as the issue states it: a scalar f gives the
// variable's shape; a vector f (m) by a vector x (n) gives m×n row-major; anything by a scalar gives f's shape.
import { evaluateMatrixExpr, type MatrixExpr } from '../../../../src/math/matrix/index.ts'

export function centralDifference(f: MatrixExpr, wrt: string, env: Record<string, Float64Array>): Float64Array {
  const x0 = env[wrt]!
  const m = evaluateMatrixExpr(f, env).data.length
  const n = x0.length
  const out = new Float64Array(m * n)
  for (let j = 0; j < n; j++) {
    const h = 1e-5 * Math.max(1, Math.abs(x0[j]!))
    const plus = Float64Array.from(x0)
    const minus = Float64Array.from(x0)
    plus[j]! += h
    minus[j]! -= h
    const fp = evaluateMatrixExpr(f, { ...env, [wrt]: plus }).data
    const fm = evaluateMatrixExpr(f, { ...env, [wrt]: minus }).data
    for (let i = 0; i < m; i++) out[i * n + j] = (fp[i]! - fm[i]!) / (2 * h)
  }
  // a scalar f: the gradient has the variable's (row-major) layout, which is the single row above
  return out
}

/** max |a − b| / max(1, max |b|): one number that says how far apart two arrays are. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity
  let err = 0
  let scale = 1
  for (let i = 0; i < a.length; i++) {
    err = Math.max(err, Math.abs(a[i]! - b[i]!))
    scale = Math.max(scale, Math.abs(b[i]!))
  }
  return Number.isNaN(err) ? Infinity : err / scale
}
