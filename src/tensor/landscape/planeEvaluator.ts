// The loss on a plane (or a line) through parameter space, with the first layer done once per grid instead of once
// per point. On θ(α, β) = θ* + α·d1 + β·d2 every parameter is affine in (α, β), so the first layer's pre-activations
// for all N examples are too:
//   X·W1(α, β) + b1(α, β) = (X·W1* + b1*) + α·(X·D1 + db1) + β·(X·E1 + eb1) = P0 + α·P1 + β·P2,
// with D1, db1 (E1, eb1) the first-layer slices of d1 (d2). P0, P1, P2 are [N, h1] and are computed once, here; a
// chunk of B grid points then gets its first layer as [1, α, β]·[P0; P1; P2], a [B, 3] × [3, N·h1] product (3 MACs per
// activation) instead of an [N, in] × [in, B·h1] product (in MACs per activation). That is exact algebra (float32
// rounding aside), not an approximation; the activation breaks affinity, so the layers after the first stay the
// stacked batched matmuls of DenseModel.afterFirstLayer, on parameters built the same way: [1, α, β]·[θ*; d1; d2].
// For logistic regression (no hidden layer) the logits themselves are affine in (α, β). The saving is the first
// layer's share of the work: most of it for the 784 → 32 → 10 image model, little for 2 → 16 → 16 → 1.
// lossesAt (stacked) and lossAtPoint (one ordinary pass) in batchedLoss.ts stay as the references it is tested against.
import * as tf from '@tensorflow/tfjs'
import type { DenseModel } from '../models/denseModel.ts'
import { crossEntropy } from '../models/classificationLoss.ts'
import type { DataTensors } from '../models/problems.ts'
import { DEFAULT_FLOAT_BUDGET } from './batchedLoss.ts'

/**
 * Owns the tensors [P0; P1; P2] and [θ*; d1; d2] of the layers after the first. Create it for one grid (or line), call
 * losses() per chunk, and dispose() it after the grid or a cancel (computeLossGrid does so in a finally).
 */
export class PlaneEvaluator {
  /** [1 + directions, N·h1]: row 0 is P0, row k is P_k. */
  private readonly firstLayer: tf.Tensor2D
  /** [1 + directions, P − |W1| − |b1|]: the later layers' parameters of θ* and of each direction; null without hidden layers. */
  private readonly tail: tf.Tensor2D | null
  private readonly examples: number
  private readonly width: number
  private disposed = false

  /** `directions`: one (a line: interpolate1d) or two (a plane) flat vectors of the model's parameter count. */
  constructor(
    readonly model: DenseModel,
    readonly data: DataTensors,
    center: Float32Array,
    readonly directions: readonly Float32Array[],
  ) {
    if (directions.length < 1 || directions.length > 2) throw new RangeError(`a plane has 1 or 2 directions, got ${directions.length}`)
    for (const [name, v] of [['center', center], ...directions.map((d, k) => [`d${k + 1}`, d] as const)] as const) {
      if (v.length !== model.paramCount) throw new RangeError(`${name} has ${v.length} entries, the model has ${model.paramCount} parameters`)
    }
    const [inputs, width] = model.shapes[0] as [number, number]
    const firstSize = inputs * width + width
    this.examples = data.x.shape[0]
    this.width = width
    const vectors = [center, ...directions]
    this.firstLayer = tf.tidy(() => {
      const rows = vectors.map((v) => {
        const w = tf.tensor2d(v.subarray(0, inputs * width), [inputs, width])
        const b = tf.tensor1d(v.subarray(inputs * width, firstSize))
        return tf.matMul(data.x, w).add(b).reshape([-1])
      })
      return tf.stack(rows) as tf.Tensor2D
    })
    const tailSize = model.paramCount - firstSize
    if (tailSize > 0) {
      const rows = new Float32Array(vectors.length * tailSize)
      vectors.forEach((v, k) => rows.set(v.subarray(firstSize), k * tailSize))
      this.tail = tf.tensor2d(rows, [vectors.length, tailSize])
    } else {
      this.tail = null
    }
  }

  /** Mean cross-entropy at θ* + α_k·d1 (+ β_k·d2) for each k → [B]. `betas` is required for a plane, ignored for a line. */
  losses(alphas: Float32Array, betas?: Float32Array): tf.Tensor1D {
    if (this.disposed) throw new Error('PlaneEvaluator used after dispose()')
    const b = alphas.length
    if (this.directions.length === 2 && betas?.length !== b) throw new RangeError(`a plane needs as many β as α, got ${betas?.length ?? 0} and ${b}`)
    const rows = 1 + this.directions.length
    const coeffs = new Float32Array(b * rows)
    for (let k = 0; k < b; k++) {
      coeffs[k * rows] = 1
      coeffs[k * rows + 1] = alphas[k]!
      if (rows === 3) coeffs[k * rows + 2] = betas![k]!
    }
    return tf.tidy(() => {
      const c = tf.tensor2d(coeffs, [b, rows])
      // First layer of all B points at once: [B, rows] × [rows, N·h1] = 1·P0 + α·P1 + β·P2 per point.
      const h = tf.matMul(c, this.firstLayer).reshape([b, this.examples, this.width]) as tf.Tensor3D
      let tail: tf.Tensor[] = []
      if (this.tail) {
        const flat = tf.matMul(c, this.tail)
        const sizes = this.model.sizes.slice(2) as number[]
        tail = tf.split(flat, sizes, 1).map((t, i) => t.reshape([b, ...this.model.shapes[i + 2]!]))
      }
      return crossEntropy(this.model.afterFirstLayer(h, tail), this.data.y) as tf.Tensor1D
    })
  }

  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    this.firstLayer.dispose()
    this.tail?.dispose()
  }
}

/**
 * Points per affine-plane pass within the float budget: no per-point copy of the first layer's weights any more, only
 * the [B, N, h1] pre-activations (and their activation), the later layers' activations and loss terms, and the later
 * layers' parameters (the [B, P_tail] rows and their split).
 */
export function choosePlaneBatchSize(model: DenseModel, examples: number, floatBudget = DEFAULT_FLOAT_BUDGET): number {
  const [, first] = model.shapes[0] as [number, number]
  const later = model.spec.hidden.length > 0 ? [...model.spec.hidden.slice(1), model.spec.outputs] : []
  const tailParams = model.paramCount - model.sizes[0]! - model.sizes[1]!
  const activations = 2 * examples * first + examples * later.reduce((s, w) => s + 2 * w, 0) + 3 * examples * model.spec.outputs
  const perPoint = activations + 2 * tailParams
  return Math.max(1, Math.min(1024, Math.floor(floatBudget / perPoint)))
}
