// The identity checker's float64 verdicts: a symbolic derivative against central differences and against a formula,
// at given values. (The third verdict, TF.js autodiff, lives in src/tensor/matrixAutodiff.ts: math stays tfjs-free.)
import type { MatrixExpr } from './ast.ts'
import { evaluateMatrixExpr, type MatrixEnv } from './evaluate.ts'
import { sizeOf } from './shape.ts'

export interface Verdict {
  /** max |a − b| / max(1, max |b|). */
  readonly error: number
  readonly tolerance: number
  readonly ok: boolean
}

/** Tolerances, and why: central differences with h = 1e-5 are good to ~1e-10 on smooth inputs (truncation h², round-off 1e-16/h); two float64 formulas agree to round-off; float32 autodiff to ~1e-4 after a few dozen ops. */
export const TOLERANCE = { finiteDifferences: 1e-6, formula: 1e-9, autodiff: 1e-3 } as const

export function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity
  let err = 0
  let scale = 1
  for (let i = 0; i < a.length; i++) {
    err = Math.max(err, Math.abs(a[i]! - b[i]!))
    scale = Math.max(scale, Math.abs(b[i]!))
  }
  return Number.isFinite(err) ? err / scale : Infinity
}

export const verdict = (a: ArrayLike<number>, b: ArrayLike<number>, tolerance: number): Verdict => {
  const error = relativeDifference(a, b)
  return { error, tolerance, ok: error <= tolerance }
}

/**
 * ∂f/∂wrt by central differences, h = 1e-5·max(1, |x|) per entry (DESIGN.md "Numerics"), in matrixDerivative's
 * layout: row i of the m×n result is the derivative of f's i-th entry (a scalar f gives the variable's shape).
 */
export function centralDifferences(f: MatrixExpr, wrt: string, env: Readonly<Record<string, Float64Array>>): Float64Array {
  const x0 = env[wrt]!
  const m = sizeOf(f.shape)
  const n = x0.length
  const out = new Float64Array(m * n)
  const probe = Float64Array.from(x0)
  const at: Record<string, Float64Array> = { ...env, [wrt]: probe }
  for (let j = 0; j < n; j++) {
    const h = 1e-5 * Math.max(1, Math.abs(x0[j]!))
    probe[j] = x0[j]! + h
    const plus = evaluateMatrixExpr(f, at as MatrixEnv).data
    probe[j] = x0[j]! - h
    const minus = evaluateMatrixExpr(f, at as MatrixEnv).data
    probe[j] = x0[j]!
    for (let i = 0; i < m; i++) out[i * n + j] = (plus[i]! - minus[i]!) / (2 * h)
  }
  return out
}

/** The largest finite |entry| (0 for none): a shared colour scale for heat maps that are compared. */
export function maxAbsOf(values: ArrayLike<number>): number {
  let m = 0
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) m = Math.max(m, Math.abs(values[i]!))
  return m
}
