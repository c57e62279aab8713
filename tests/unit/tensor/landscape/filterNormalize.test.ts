import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { filterNormalize, randomFilterNormalizedDirection } from '../../../../src/tensor/landscape/index.ts'
import { seededRandom } from '../../../../src/math/seededRandom.ts'

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await tf.setBackend('cpu')
})

const r = seededRandom(11)
const rand = (shape: number[]) => tf.tensor(Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => r.normal() * 3), shape)

/** Filter j of a rank ≥ 2 tensor: every entry whose last index is j, computed here by index arithmetic. */
function filters(t: tf.Tensor): number[][] {
  const out = t.shape.at(-1)!
  const data = t.dataSync()
  const f: number[][] = Array.from({ length: out }, () => [])
  data.forEach((v, k) => f[k % out]!.push(v))
  return f
}
const norm = (v: number[]) => Math.hypot(...v)

describe('filterNormalize (Li et al. 2018)', () => {
  it('gives each filter (slice along the last axis) the norm of the weights’ filter, and keeps its direction', () => {
    const weights = [rand([3, 5]), rand([5]), rand([2, 2, 3, 4])]
    const direction = [rand([3, 5]), rand([5]), rand([2, 2, 3, 4])]
    const out = filterNormalize(direction, weights)
    for (const t of [0, 2]) {
      const wf = filters(weights[t]!)
      const df = filters(direction[t]!)
      const of = filters(out[t]!)
      of.forEach((f, j) => {
        expect(norm(f)).toBeCloseTo(norm(wf[j]!), 4)
        // parallel to d_j: the cosine is 1
        const cos = f.reduce((s, v, k) => s + v * df[j]![k]!, 0) / (norm(f) * norm(df[j]!))
        expect(cos).toBeCloseTo(1, 5)
      })
    }
    // biases: zero direction by default
    expect(Array.from(out[1]!.dataSync())).toEqual([0, 0, 0, 0, 0])
    tf.dispose([...weights, ...direction, ...out])
  })

  it("biases: 'keep' scales a rank-1 direction as a whole to ‖w‖", () => {
    const w = tf.tensor1d([3, 4])
    const d = tf.tensor1d([1, 0])
    const [out] = filterNormalize([d], [w], { biases: 'keep' })
    expect(Array.from(out!.dataSync())).toEqual([5, 0])
    tf.dispose([w, d, out!])
  })

  it('rejects mismatched shapes and bad options with a specific message', () => {
    const w = tf.zeros([2, 3])
    const d = tf.zeros([3, 2])
    expect(() => filterNormalize([d], [w])).toThrow(/tensor 0: direction shape \[3,2\] ≠ weight shape \[2,3\]/)
    expect(() => filterNormalize([d], [])).toThrow(/direction has 1 tensors, weights have 0/)
    expect(() => filterNormalize([w], [w], { biases: 'drop' as never })).toThrow(/biases must be 'zero' or 'keep'/)
    tf.dispose([w, d])
  })

  it('randomFilterNormalizedDirection is seeded and filter-normalized', () => {
    const weights = [rand([2, 16]), rand([16])]
    const a = randomFilterNormalizedDirection(weights, 5)
    const b = randomFilterNormalizedDirection(weights, 5)
    const c = randomFilterNormalizedDirection(weights, 6)
    expect(Array.from(a)).toEqual(Array.from(b))
    expect(Array.from(a)).not.toEqual(Array.from(c))
    const wf = filters(weights[0]!)
    for (let j = 0; j < 16; j++) expect(Math.hypot(a[j]!, a[16 + j]!)).toBeCloseTo(norm(wf[j]!), 4)
    expect(Array.from(a.subarray(32))).toEqual(new Array(16).fill(0))
    tf.dispose(weights)
  })
})
