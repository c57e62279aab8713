// The scalar-by-matrix scene's model: L(W) for one linear layer, ½‖Wx − y‖² or the cross-entropy −yᵀlog softmax(Wx),
// differentiated by the matrix core (symbolic, with steps), evaluated for each example of a small seeded batch, beside
// the outer product δxᵀ it equals (δ = Wx − y, or softmax(Wx) − y for a one-hot y), and summed over the batch:
// one example's gradient has rank one; the batch's, up to min(m, n, batch).
import { useMemo } from 'react'
import {
  evaluateMatrixExpr, matrixDerivative, numericalRank, parseMatrixExpr, randomEnv, relativeDifference,
  type MatrixDerivative,
} from '../../math/matrix/index.ts'

export type LayerLoss = 'squared' | 'crossEntropy'

export const LOSS_TEXT: Record<LayerLoss, string> = {
  squared: '0.5*norm2(W*x - y)^2',
  crossEntropy: "-y'*log(softmax(W*x))",
}
const DELTA_TEXT: Record<LayerLoss, string> = { squared: 'W*x - y', crossEntropy: 'softmax(W*x) - y' }

export interface ScalarByMatrixModel {
  readonly m: number
  readonly n: number
  readonly lossText: string
  readonly derivative: MatrixDerivative
  readonly W: Float64Array
  /** The shown example: its x, y, δ, loss, the symbolic ∂L/∂W, and δxᵀ. */
  readonly x: Float64Array
  readonly y: Float64Array
  readonly delta: Float64Array
  readonly loss: number
  readonly gradient: Float64Array
  readonly outer: Float64Array
  /** max relative difference between ∂L/∂W and δxᵀ over the whole batch (0 up to round-off). */
  readonly outerMismatch: number
  readonly batchGradient: Float64Array
  readonly batchLoss: number
  readonly exampleRank: number
  readonly batchRank: number
}

export interface ScalarByMatrixInput {
  readonly loss: LayerLoss
  readonly m: number
  readonly n: number
  readonly batch: number
  readonly example: number
  readonly seed: number
  readonly range: readonly [number, number]
}

export function useScalarByMatrix({ loss, m, n, batch, example, seed, range }: ScalarByMatrixInput): ScalarByMatrixModel {
  const shapes = useMemo(() => ({ W: [m, n], x: [n], y: [m] }), [m, n])
  const f = useMemo(() => parseMatrixExpr(LOSS_TEXT[loss], shapes), [loss, shapes])
  const derivative = useMemo(() => matrixDerivative(f, 'W'), [f])
  const deltaExpr = useMemo(() => parseMatrixExpr(DELTA_TEXT[loss], shapes), [loss, shapes])
  return useMemo(() => {
    const W = randomEnv({ W: shapes.W }, seed, {}, range).W!
    const examples = Array.from({ length: batch }, (_, k) => {
      const env = randomEnv({ x: shapes.x, y: shapes.y }, seed * 7919 + k + 1, {}, range)
      const y = loss === 'squared' ? env.y! : Float64Array.from({ length: m }, (_, i) => (i === k % m ? 1 : 0)) // one-hot class k mod m
      const values = { W, x: env.x!, y }
      const delta = evaluateMatrixExpr(deltaExpr, values).data
      const outer = Float64Array.from({ length: m * n }, (_, idx) => delta[Math.floor(idx / n)]! * env.x![idx % n]!)
      return { x: env.x!, y, delta, outer, loss: evaluateMatrixExpr(f, values).data[0]!, gradient: evaluateMatrixExpr(derivative.expr, values).data }
    })
    const batchGradient = new Float64Array(m * n)
    for (const e of examples) e.gradient.forEach((g, i) => { batchGradient[i]! += g })
    const shown = examples[Math.min(example, batch) - 1]!
    return {
      m, n, lossText: LOSS_TEXT[loss], derivative, W, ...shown,
      outerMismatch: Math.max(...examples.map((e) => relativeDifference(e.gradient, e.outer))),
      batchGradient,
      batchLoss: examples.reduce((s, e) => s + e.loss, 0),
      exampleRank: numericalRank(shown.gradient, m, n),
      batchRank: numericalRank(batchGradient, m, n),
    }
  }, [shapes, f, derivative, deltaExpr, loss, m, n, batch, example, seed, range])
}
