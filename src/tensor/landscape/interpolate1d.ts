// Goodfellow, Vinyals & Saxe 2015: the loss along the straight line from the initial weights θ0 (t = 0) to the trained
// weights θ* (t = 1), L((1 − t)·θ0 + t·θ*), a little beyond both ends; batched like the 2D grid.
import * as tf from '@tensorflow/tfjs'
import type { DenseModel } from '../models/denseModel.ts'
import type { DataTensors } from '../models/problems.ts'
import { chooseBatchSize, lossesAt } from './batchedLoss.ts'

export interface Interpolation {
  readonly ts: Float32Array
  readonly losses: Float32Array
}

export async function interpolate1d(
  model: DenseModel,
  data: DataTensors,
  from: Float32Array,
  to: Float32Array,
  options: { points?: number; range?: readonly [number, number] } = {},
): Promise<Interpolation> {
  const points = options.points ?? 51
  const [t0, t1] = options.range ?? [-0.25, 1.25]
  if (!Number.isInteger(points) || points < 2 || points > 2001) throw new RangeError(`points must be an integer from 2 to 2001, got ${points}`)
  if (!(t1 > t0)) throw new RangeError(`the range must run upward, got [${t0}, ${t1}]`)
  if (from.length !== model.paramCount || to.length !== model.paramCount) throw new RangeError(`both endpoints need ${model.paramCount} parameters`)
  const ts = Float32Array.from({ length: points }, (_, i) => t0 + ((t1 - t0) * i) / (points - 1))
  const losses = new Float32Array(points)
  const b = chooseBatchSize(model, data.x.shape[0])
  const a = tf.tensor1d(from)
  const delta = tf.tidy(() => tf.tensor1d(to).sub(a))
  try {
    for (let start = 0; start < points; start += b) {
      const part = ts.subarray(start, Math.min(points, start + b))
      const out = tf.tidy(() => {
        const thetas = a.expandDims(0).add(tf.tensor2d(part, [part.length, 1]).mul(delta.expandDims(0))) as tf.Tensor2D
        return lossesAt(model, data, thetas)
      })
      losses.set((await out.data()) as Float32Array, start)
      out.dispose()
    }
  } finally {
    a.dispose()
    delta.dispose()
  }
  return { ts, losses }
}
