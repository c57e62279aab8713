// First derivatives three ways on random smooth ASTs, on the cpu and the wasm backend:
// autodiff (tf.grads through toTf, float32) vs the float64 central difference of compile(), and vs the symbolic
// derivative (differentiate) compiled with compile() (float64) and with toTf (float32).
//
// Tolerance, and why: autodiff multiplies float32 partials along every path, so its error is a few ulps per op times
// the conditioning of the derivative; REL = 2e-3 (ABS = 1e-5) holds for well-conditioned points. Points where the float64
// derivative moves by more than 1e-4 relatively when the inputs move by 1e-5 relatively are skipped (ill-conditioned
// for float32), and so are points where f or f' is undefined. The central difference uses h = 1e-5·max(1, |x|).
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as tf from '@tensorflow/tfjs'
import { toTf } from '../../../src/tensor/toTf.ts'
import { useBackend } from '../../../src/tensor/backend.ts'
import { compile, type CompiledFn } from '../../../src/math/expr/compile.ts'
import { differentiate } from '../../../src/math/expr/differentiate.ts'
import { freeVariables, type Expr } from '../../../src/math/expr/ast.ts'
import { exprArb, SMOOTH_FNS } from '../math/expr/arbitraryExpr.ts'

const A = Math.fround(0.75)
const COORDS = ['x', 'y'] as const
type Coord = (typeof COORDS)[number]

const linspace = (lo: number, hi: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => Math.fround(lo + ((hi - lo) * i) / (n - 1)))
const POINTS = linspace(-2.1, 2.3, 5).flatMap((u) => linspace(-1.9, 2.7, 5).map((v): [number, number] => [u, v]))
const EXPRS = fc.sample(exprArb(['x', 'y', 'a'], SMOOTH_FNS, 3), { seed: 42, numRuns: 80 })
  .filter((e) => freeVariables(e).some((v) => v === 'x' || v === 'y'))

/** ∂f/∂v by tf.grads, at all POINTS at once: one tensor per coordinate that f depends on. */
function autodiff(expr: Expr): Partial<Record<Coord, Float32Array>> {
  const used = COORDS.filter((c) => freeVariables(expr).includes(c))
  return tf.tidy(() => {
    const inputs = used.map((c) => tf.tensor1d(POINTS.map((p) => p[c === 'x' ? 0 : 1])))
    const other = (c: Coord): tf.Tensor | number => (used.includes(c) ? inputs[used.indexOf(c)]! : 0)
    const grads = tf.grads((...ts: tf.Tensor[]) => {
      const scope = { x: other('x'), y: other('y'), a: A }
      used.forEach((c, i) => { scope[c] = ts[i]! })
      return toTf(expr, scope).sum() as tf.Scalar
    })(inputs)
    return Object.fromEntries(used.map((c, i) => [c, grads[i]!.dataSync() as Float32Array]))
  })
}

const at = (px: number, py: number, scale = 1, coord: Coord = 'x') => ({
  x: coord === 'x' ? px * scale : px, y: coord === 'y' ? py * scale : py, a: A,
})

function centralDifference(f: CompiledFn, px: number, py: number, c: Coord): number {
  const v = c === 'x' ? px : py
  const h = 1e-5 * Math.max(1, Math.abs(v))
  const shift = (d: number) => f({ x: c === 'x' ? px + d : px, y: c === 'y' ? py + d : py, a: A })
  return (shift(h) - shift(-h)) / (2 * h)
}

/** Whether a derivative function d (float64) is too sensitive at the point for a float32 comparison to mean anything. */
function illConditioned(d: (px: number, py: number) => number, px: number, py: number): boolean {
  const want = d(px, py)
  if (!Number.isFinite(want) || Math.abs(want) > 1e6) return true
  for (const [sx, sy] of [[1 + 1e-5, 1], [1 - 1e-5, 1], [1, 1 + 1e-5], [1, 1 - 1e-5]] as const) {
    const moved = d(px * sx, py * sy)
    if (!Number.isFinite(moved) || Math.abs(moved - want) > 1e-4 * Math.abs(want) + 1e-6) return true
  }
  return false
}

const close = (got: number, want: number): boolean => Math.abs(got - want) <= 2e-3 * Math.abs(want) + 1e-5

describe.each(['cpu', 'wasm'] as const)('first derivatives on the %s backend', (backend) => {
  beforeAll(async () => {
    tf.env().set('IS_TEST', true)
    await useBackend(backend)
  })

  it('tf.grads through toTf agrees with the float64 central difference', () => {
    let compared = 0
    const failures: string[] = []
    for (const e of EXPRS) {
      const f = compile(e)
      const grads = autodiff(e)
      for (const c of COORDS) {
        const g = grads[c]
        if (!g) continue
        POINTS.forEach(([px, py], k) => {
          if (!Number.isFinite(f(at(px, py)))) return
          if (illConditioned((u, v) => centralDifference(f, u, v, c), px, py)) return
          compared++
          const want = centralDifference(f, px, py, c)
          if (!close(g[k]!, want)) failures.push(`d/d${c} ${JSON.stringify(e)} at (${px}, ${py}): tf ${g[k]}, cd ${want}`)
        })
      }
    }
    expect(compared).toBeGreaterThan(300)
    expect(failures).toEqual([])
  })

  it('tf.grads and toTf(symbolic derivative) agree with compile(symbolic derivative)', () => {
    let compared = 0
    const failures: string[] = []
    for (const e of EXPRS) {
      const f = compile(e)
      const grads = autodiff(e)
      for (const c of COORDS) {
        const g = grads[c]
        if (!g) continue
        const derivative = differentiate(e, c).result
        const d = compile(derivative)
        const symbolicTf = tf.tidy(() =>
          toTf(derivative, { x: tf.tensor1d(POINTS.map((p) => p[0])), y: tf.tensor1d(POINTS.map((p) => p[1])), a: A })
            .broadcastTo([POINTS.length]).dataSync() as Float32Array)
        POINTS.forEach(([px, py], k) => {
          if (!Number.isFinite(f(at(px, py)))) return
          if (illConditioned((u, v) => d({ x: u, y: v, a: A }), px, py)) return
          compared++
          const want = d(at(px, py))
          if (!close(g[k]!, want)) failures.push(`tf.grad d/d${c} ${JSON.stringify(e)} at (${px}, ${py}): ${g[k]} vs ${want}`)
          if (!close(symbolicTf[k]!, want)) failures.push(`toTf(d/d${c}) ${JSON.stringify(e)} at (${px}, ${py}): ${symbolicTf[k]} vs ${want}`)
        })
      }
    }
    expect(compared).toBeGreaterThan(300)
    expect(failures).toEqual([])
  })
})
