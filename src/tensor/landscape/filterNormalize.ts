// Li et al. 2018's filter-wise normalization: a random direction d is rescaled filter by filter so that each filter of
// d has the norm of the same filter of the weights w, which makes plots of networks with different weight scales
// comparable (and removes the scale invariance of ReLU nets from the picture). In TF.js layouts a filter is a slice
// along the last axis (dense [in, out]: one output unit's incoming weights; conv [h, w, in, out]: one output channel),
// so filter j of the result is d_j · ‖w_j‖ / ‖d_j‖. Tensors of rank ≤ 1 (biases) get a zero direction by default
// (their ignore='biasbn'), or with biases: 'keep' are scaled as a whole to ‖w‖.
import * as tf from '@tensorflow/tfjs'
import { seededRandom } from '../../math/seededRandom.ts'

/** Guards the division for an all-zero filter of d, as the reference implementation does (‖d‖ + 1e-10). */
const TINY = 1e-10

export interface FilterNormalizeOptions {
  readonly biases?: 'zero' | 'keep'
}

export function filterNormalize(direction: tf.Tensor[], weights: tf.Tensor[], options: FilterNormalizeOptions = {}): tf.Tensor[] {
  if (direction.length !== weights.length) throw new RangeError(`direction has ${direction.length} tensors, weights have ${weights.length}`)
  const biases = options.biases ?? 'zero'
  if (biases !== 'zero' && biases !== 'keep') throw new RangeError(`biases must be 'zero' or 'keep', got '${String(biases)}'`)
  return direction.map((d, i) => {
    const w = weights[i]!
    if (d.shape.join() !== w.shape.join()) throw new RangeError(`tensor ${i}: direction shape [${d.shape}] ≠ weight shape [${w.shape}]`)
    return tf.tidy(() => {
      if (d.rank <= 1) {
        if (biases === 'zero') return tf.zerosLike(d)
        return d.mul(w.norm().div(d.norm().add(TINY)))
      }
      // Norms over every axis but the last: one per filter, kept as [1, …, 1, out] so they broadcast.
      const axes = Array.from({ length: d.rank - 1 }, (_, k) => k)
      const wNorm = w.square().sum(axes, true).sqrt()
      const dNorm = d.square().sum(axes, true).sqrt()
      return d.mul(wNorm.div(dNorm.add(TINY)))
    })
  })
}

/** A seeded Gaussian direction with the weights' shapes, filter-normalized against them, as one flat vector. */
export function randomFilterNormalizedDirection(
  weights: tf.Tensor[],
  seed: number,
  options: FilterNormalizeOptions = {},
): Float32Array {
  const r = seededRandom(seed)
  return tf.tidy(() => {
    const raw = weights.map((w) => tf.tensor(Float32Array.from({ length: w.size }, () => r.normal()), w.shape))
    const normalized = filterNormalize(raw, weights, options)
    return tf.concat(normalized.map((t) => t.reshape([-1]))).dataSync() as Float32Array
  }).slice()
}
