// The loss at many parameter vectors in one forward pass: B flat parameter sets [B, P] are split into stacked weights
// and pushed through DenseModel.logitsBatched. The per-point path (one forward pass per parameter set) is kept as the
// reference for tests and for the bench's side-by-side ratio.
import * as tf from '@tensorflow/tfjs'
import type { DenseModel } from '../models/denseModel.ts'
import { crossEntropy } from '../models/classificationLoss.ts'
import type { DataTensors } from '../models/problems.ts'

/** Mean cross-entropy on `data` at each row of thetas [B, P] → [B]. */
export function lossesAt(model: DenseModel, data: DataTensors, thetas: tf.Tensor2D): tf.Tensor1D {
  return tf.tidy(() => crossEntropy(model.logitsBatched(model.unflattenBatched(thetas), data.x), data.y) as tf.Tensor1D)
}

/** The loss at one flat parameter vector, by the ordinary (unbatched) forward pass. */
export function lossAtPoint(model: DenseModel, data: DataTensors, theta: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => crossEntropy(model.logits(model.unflatten(theta), data.x), data.y) as tf.Scalar)
}

/**
 * Default float budget of one batched pass: 4 M floats (16 MB). Larger passes gained nothing measurable on wasm or
 * SwiftShader (the work per point is the same; only the per-pass overhead is shared), and smaller chunks keep the page
 * responsive and the progress bar moving.
 */
export const DEFAULT_FLOAT_BUDGET = 4 * 1024 * 1024

/**
 * How many parameter sets fit in one pass: each costs its parameters about three times (the [B, P] rows, their split,
 * the first layer's side-by-side copy) plus N activations per layer (pre- and post-activation, the loss terms).
 */
export function chooseBatchSize(model: DenseModel, examples: number, floatBudget = DEFAULT_FLOAT_BUDGET): number {
  const widths = [...model.spec.hidden, model.spec.outputs]
  const activations = examples * widths.reduce((s, w) => s + 2 * w, 0) + 3 * examples * model.spec.outputs
  const perPoint = 3 * model.paramCount + activations
  return Math.max(1, Math.min(1024, Math.floor(floatBudget / perPoint)))
}

/** θ* + α·d1 + β·d2 for every (α, β) pair, as [B, P]. */
export function planePoints(center: tf.Tensor1D, d1: tf.Tensor1D, d2: tf.Tensor1D, alphas: Float32Array, betas: Float32Array): tf.Tensor2D {
  return tf.tidy(() => {
    const a = tf.tensor2d(alphas, [alphas.length, 1])
    const b = tf.tensor2d(betas, [betas.length, 1])
    return center.expandDims(0).add(a.mul(d1.expandDims(0))).add(b.mul(d2.expandDims(0))) as tf.Tensor2D
  })
}
