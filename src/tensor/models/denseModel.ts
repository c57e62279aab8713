// A fully connected network as a plain list of parameter tensors [W1, b1, W2, b2, …] (TF.js layout: W is [in, out]),
// with two forward passes: one parameter set on N inputs, and B parameter sets at once (parameters stacked on a leading
// axis, one batched matmul per layer), which is what makes a whole loss-landscape grid a handful of GPU calls.
// Logistic regression is the network without hidden layers.
import * as tf from '@tensorflow/tfjs'
import { seededRandom } from '../../math/seededRandom.ts'

export type Activation = 'tanh' | 'relu'

export interface DenseSpec {
  readonly inputs: number
  readonly hidden: readonly number[]
  /** 1 for a binary classifier (one logit, sigmoid cross-entropy), else the number of classes (softmax). */
  readonly outputs: number
  readonly activation: Activation
}

export class DenseModel {
  /** Shapes of [W1, b1, W2, b2, …]. */
  readonly shapes: readonly (readonly number[])[]
  readonly sizes: readonly number[]
  readonly paramCount: number

  constructor(readonly spec: DenseSpec) {
    const widths = [spec.inputs, ...spec.hidden, spec.outputs]
    for (const w of widths) if (!Number.isInteger(w) || w < 1) throw new RangeError(`layer widths must be positive integers, got ${widths.join('→')}`)
    const shapes: number[][] = []
    for (let l = 0; l + 1 < widths.length; l++) shapes.push([widths[l]!, widths[l + 1]!], [widths[l + 1]!])
    this.shapes = shapes
    this.sizes = shapes.map((s) => s.reduce((a, b) => a * b, 1))
    this.paramCount = this.sizes.reduce((a, b) => a + b, 0)
  }

  get layers(): number {
    return this.shapes.length / 2
  }

  /**
   * Seeded initial weights as one flat vector: W ~ N(0, gain/fan_in) (LeCun for tanh, He for ReLU, PyTorch's usual
   * choices up to the uniform/normal variant), biases 0.
   */
  init(seed: number): Float32Array {
    const r = seededRandom(seed)
    const flat = new Float32Array(this.paramCount)
    const gain = this.spec.activation === 'relu' ? 2 : 1
    let offset = 0
    this.shapes.forEach((shape, i) => {
      if (shape.length === 2) {
        const std = Math.sqrt(gain / shape[0]!)
        for (let k = 0; k < this.sizes[i]!; k++) flat[offset + k] = std * r.normal()
      }
      offset += this.sizes[i]!
    })
    return flat
  }

  /** Splits a flat [P] vector into the parameter tensors. */
  unflatten(flat: tf.Tensor1D): tf.Tensor[] {
    return tf.tidy(() => tf.split(flat, this.sizes as number[]).map((t, i) => t.reshape(this.shapes[i] as number[])))
  }

  /** Splits stacked flat parameters [B, P] into [B, …shape] tensors. */
  unflattenBatched(flat: tf.Tensor2D): tf.Tensor[] {
    const b = flat.shape[0]
    return tf.tidy(() => tf.split(flat, this.sizes as number[], 1).map((t, i) => t.reshape([b, ...this.shapes[i]!])))
  }

  /** Concatenates parameter tensors into one flat [P] vector. */
  flatten(params: readonly tf.Tensor[]): tf.Tensor1D {
    return tf.tidy(() => tf.concat(params.map((p) => p.reshape([-1]))) as tf.Tensor1D)
  }

  private act(h: tf.Tensor): tf.Tensor {
    return this.spec.activation === 'relu' ? tf.relu(h) : tf.tanh(h)
  }

  /** Logits [N, outputs] of one parameter set. */
  logits(params: readonly tf.Tensor[], x: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      let h: tf.Tensor2D = x
      for (let l = 0; l < this.layers; l++) {
        h = tf.matMul(h, params[2 * l] as tf.Tensor2D).add(params[2 * l + 1]!)
        if (l + 1 < this.layers) h = this.act(h) as tf.Tensor2D
      }
      return h
    })
  }

  /** Logits [B, N, outputs] of B stacked parameter sets ([B, in, out] weights, [B, out] biases) on the same inputs. */
  logitsBatched(stacked: readonly tf.Tensor[], x: tf.Tensor2D): tf.Tensor3D {
    return tf.tidy(() => {
      const b = stacked[0]!.shape[0]!
      const n = x.shape[0]
      // First layer: the inputs are shared, so all B weight matrices go side by side into one [in, B·out] matmul.
      // (Broadcasting [1, N, in] against [B, in, out] in tf.matMul was measured slower: 0.3× on wasm and webgl for the image model.)
      const [inputs, out] = this.shapes[0] as [number, number]
      const wide = stacked[0]!.transpose([1, 0, 2]).reshape([inputs, b * out])
      const h = tf.matMul(x, wide as tf.Tensor2D).reshape([n, b, out]).transpose([1, 0, 2]).add(stacked[1]!.expandDims(1)) as tf.Tensor3D
      return this.afterFirstLayer(h, stacked.slice(2))
    })
  }

  /**
   * The rest of the network for B stacked parameter sets, from the first layer's pre-activations h [B, N, h1]:
   * activation, then one batched matmul per later layer with `tail` = the stacked [W2, b2, W3, b3, …]. Returns the
   * logits [B, N, outputs] (for a network without hidden layers, h itself). Shared by logitsBatched and the
   * affine-plane evaluator (src/tensor/landscape/planeEvaluator.ts), which gets h without a first-layer matmul.
   */
  afterFirstLayer(h: tf.Tensor3D, tail: readonly tf.Tensor[]): tf.Tensor3D {
    if (tail.length !== 2 * (this.layers - 1)) throw new RangeError(`expected ${2 * (this.layers - 1)} stacked tensors after the first layer, got ${tail.length}`)
    return tf.tidy(() => {
      let out = h
      for (let l = 1; l < this.layers; l++) {
        out = this.act(out) as tf.Tensor3D
        out = tf.matMul(out, tail[2 * l - 2] as tf.Tensor3D).add(tail[2 * l - 1]!.expandDims(1))
      }
      return out
    })
  }
}
