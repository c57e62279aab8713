// The tf rules over a list of differently shaped tensors must match the float64 optimizers of src/math/optim run on
// the same parameters flattened into one vector: the rules are elementwise, so splitting θ must not change anything.
import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { createOptimizer, OPTIMIZER_NAMES, type OptimizerOptions } from '../../../src/math/optim/index.ts'
import { TfParamOptimizer } from '../../../src/tensor/optim/TfParamOptimizer.ts'

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await tf.setBackend('cpu')
})

// L(θ) = Σ_k c_k (θ_k − 1)² + 0.1 Σ_k θ_k⁴, so ∇ is elementwise and easy to write in both worlds.
const C = Float64Array.from({ length: 10 }, (_, k) => 0.5 + k / 4)
const gradJs = (t: Float64Array) => t.map((v, k) => 2 * C[k]! * (v - 1) + 0.4 * v ** 3)
const OPTIONS: OptimizerOptions = { lr: 0.02, weightDecay: 0.01 }

describe('TfParamOptimizer over a parameter list ≈ float64 optimizer on the flat vector', () => {
  for (const name of OPTIMIZER_NAMES) {
    it(`${name}: a [2, 3] matrix, a [3] vector and a scalar-like [1] over 30 steps`, () => {
      const start = Float64Array.from({ length: 10 }, (_, k) => Math.sin(k + 1) * 2)
      const shapes = [[2, 3], [3], [1]]
      let offset = 0
      let params = shapes.map((s) => {
        const size = s.reduce((a, b) => a * b, 1)
        const t = tf.tensor(Float32Array.from(start.subarray(offset, offset + size)), s)
        offset += size
        return t
      })
      const c = tf.tensor1d(Float32Array.from(C))
      const opt = new TfParamOptimizer(name, OPTIONS)
      const ref = createOptimizer(name, OPTIONS)
      const theta = Float64Array.from(start)
      for (let step = 0; step < 30; step++) {
        const grads = tf.tidy(() => {
          const flat = tf.concat(params.map((p) => p.reshape([-1])))
          const g = c.mul(2).mul(flat.sub(1)).add(flat.pow(3).mul(0.4))
          return tf.split(g, [6, 3, 1]).map((t, i) => t.reshape(shapes[i]!))
        })
        const next = opt.apply(params, grads)
        tf.dispose([...grads, ...params])
        params = next
        ref.step(theta, gradJs(theta))
      }
      const got = tf.tidy(() => tf.concat(params.map((p) => p.reshape([-1]))).dataSync())
      for (let k = 0; k < 10; k++) expect(Math.abs(got[k]! - theta[k]!)).toBeLessThan(1e-4 * Math.max(1, Math.abs(theta[k]!)))
      tf.dispose([...params, c])
      opt.dispose()
    })
  }
})
