// Full-batch training of a DenseModel with the lab's optimizers (torch.optim rules as tf ops, TfParamOptimizer).
// Gradients come from tf.grads (first order only, which tfjs handles for tanh and relu). Every `recordEvery` steps the
// flat parameters, loss and accuracy are read back and kept, so the whole path can be projected onto a landscape later.
import * as tf from '@tensorflow/tfjs'
import type { OptimizerName, OptimizerOptions } from '../../math/optim/index.ts'
import { TfParamOptimizer } from '../optim/TfParamOptimizer.ts'
import type { DenseModel } from './denseModel.ts'
import { accuracy, crossEntropy } from './classificationLoss.ts'
import type { DataTensors } from './problems.ts'

export interface TrainRecord {
  readonly step: number
  readonly loss: number
  readonly accuracy: number
  readonly params: Float32Array
}

export class Trainer {
  private params: tf.Tensor[]
  private readonly optimizer: TfParamOptimizer
  readonly records: TrainRecord[] = []

  constructor(
    readonly model: DenseModel,
    readonly data: DataTensors,
    optimizer: OptimizerName,
    options: OptimizerOptions,
    init: Float32Array,
    readonly recordEvery = 5,
  ) {
    if (init.length !== model.paramCount) throw new RangeError(`initial parameters have ${init.length} entries, the model needs ${model.paramCount}`)
    if (!Number.isInteger(recordEvery) || recordEvery < 1) throw new RangeError(`recordEvery must be a positive integer, got ${recordEvery}`)
    this.optimizer = new TfParamOptimizer(optimizer, options)
    this.params = tf.tidy(() => model.unflatten(tf.tensor1d(init))).map((t) => tf.keep(t))
    this.record()
  }

  get steps(): number {
    return this.optimizer.steps
  }

  /** The current parameters as one flat vector (a read-back). */
  flatParams(): Float32Array {
    return tf.tidy(() => this.model.flatten(this.params).dataSync() as Float32Array).slice()
  }

  /** Takes n optimizer steps on the whole training set. */
  step(n = 1): void {
    for (let i = 0; i < n; i++) {
      const grads = tf.tidy(() => {
        const lossOf = (...p: tf.Tensor[]) => crossEntropy(this.model.logits(p, this.data.x), this.data.y) as tf.Scalar
        return tf.grads(lossOf)(this.params)
      })
      const next = this.optimizer.apply(this.params, grads)
      tf.dispose(grads)
      tf.dispose(this.params)
      this.params = next
      if (this.steps % this.recordEvery === 0) this.record()
    }
  }

  /** Loss and accuracy of the current parameters on another data set (e.g. the held-out one). */
  evaluate(data: DataTensors): { loss: number; accuracy: number } {
    return tf.tidy(() => {
      const z = this.model.logits(this.params, data.x)
      return { loss: crossEntropy(z, data.y).dataSync()[0]!, accuracy: accuracy(z, data.y).dataSync()[0]! }
    })
  }

  private record(): void {
    const { loss, accuracy: acc } = this.evaluate(this.data)
    this.records.push({ step: this.steps, loss, accuracy: acc, params: this.flatParams() })
  }

  dispose(): void {
    tf.dispose(this.params)
    this.optimizer.dispose()
  }
}
