// Goodfellow, Vinyals & Saxe 2015: the loss along the straight line from the initial weights θ0 (t = 0) to the trained
// weights θ* (t = 1), L((1 − t)·θ0 + t·θ*) = L(θ0 + t·(θ* − θ0)), a little beyond both ends; batched like the 2D
// grid, and with the same affine trick on a line: the first layer is P0 + t·P1 (PlaneEvaluator with one direction).
import * as tf from '@tensorflow/tfjs'
import type { DenseModel } from '../models/denseModel.ts'
import type { DataTensors } from '../models/problems.ts'
import { PlaneEvaluator, choosePlaneBatchSize } from './planeEvaluator.ts'

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
  const b = choosePlaneBatchSize(model, data.x.shape[0])
  const delta = to.map((v, k) => v - from[k]!)
  const line = new PlaneEvaluator(model, data, from, [delta])
  try {
    for (let start = 0; start < points; start += b) {
      const out = line.losses(ts.subarray(start, Math.min(points, start + b)))
      losses.set((await out.data()) as Float32Array, start)
      out.dispose()
    }
  } finally {
    line.dispose()
  }
  return { ts, losses }
}
