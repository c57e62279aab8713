// The batched tfjs swarm must follow the same trajectories as the float64 optimizers of src/math/optim,
// within float32 tolerance (tfjs computes in float32: ~1e-7 relative per op, accumulated over the steps).
import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { add, mul, num, pow, sub, variable } from '../../../src/math/expr/ast.ts'
import { createOptimizer, gridStarts, type OptimizerName, type OptimizerOptions } from '../../../src/math/optim/index.ts'
import { Swarm } from '../../../src/tensor/swarm.ts'

// Himmelblau's gradient, written by hand: f = (x² + y − 11)² + (x + y² − 7)².
const x = variable('x')
const y = variable('y')
const u = sub(add(pow(x, num(2)), y), num(11))
const w = sub(add(x, pow(y, num(2))), num(7))
const gradient = [add(mul(mul(num(4), x), u), mul(num(2), w)), add(mul(num(2), u), mul(mul(num(4), y), w))] as const
const gradJs = (px: number, py: number, out: Float64Array) => {
  const a = px * px + py - 11
  const b = px + py * py - 7
  out[0] = 4 * px * a + 2 * b
  out[1] = 2 * a + 4 * py * b
}

const CASES: [OptimizerName, OptimizerOptions][] = [
  ['gd', { lr: 0.005 }],
  ['momentum', { lr: 0.002, momentum: 0.9, dampening: 0.1 }],
  // μ = 0 switches the buffer off (PyTorch: `if momentum != 0`), so dampening must not scale the gradient.
  ['momentum', { lr: 0.002, momentum: 0, dampening: 0.5 }],
  ['nesterov', { lr: 0.002, momentum: 0.9 }],
  ['adagrad', { lr: 0.3, lrDecay: 0.01 }],
  ['rmsprop', { lr: 0.02, centered: true, momentum: 0.5 }],
  ['adam', { lr: 0.05, amsgrad: true, weightDecay: 0.01 }],
  ['adamw', { lr: 0.05, weightDecay: 0.1 }],
]

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await tf.setBackend('cpu')
  await tf.ready()
})

describe('tfjs swarm ≈ float64 optimizers', () => {
  for (const [name, options] of CASES) {
    it(`${name} ${JSON.stringify(options)}: 64 particles × 40 steps agree within float32 tolerance`, async () => {
      const starts = gridStarts(64, { xMin: -4.5, xMax: 4.5, yMin: -4.5, yMax: 4.5 })
      const swarm = new Swarm({ gradient, params: {}, optimizer: name, options }, starts)
      swarm.step(40)
      const got = await swarm.positions()
      swarm.dispose()
      const g = new Float64Array(2)
      for (let k = 0; k < 64; k++) {
        const opt = createOptimizer(name, options)
        const theta = Float64Array.of(starts[2 * k]!, starts[2 * k + 1]!)
        for (let s = 0; s < 40; s++) {
          gradJs(theta[0]!, theta[1]!, g)
          opt.step(theta, g)
        }
        for (let i = 0; i < 2; i++) {
          const tol = 2e-3 * Math.max(1, Math.abs(theta[i]!))
          expect(Math.abs(got[2 * k + i]! - theta[i]!), `${name} particle ${k} coord ${i}`).toBeLessThan(tol)
        }
      }
    })
  }

  it('keeps the number of live tensors constant while stepping', () => {
    const swarm = new Swarm({ gradient, params: {}, optimizer: 'adam', options: { lr: 0.01, amsgrad: true } }, gridStarts(16, {
      xMin: -1, xMax: 1, yMin: -1, yMax: 1,
    }))
    swarm.step(2)
    const before = tf.memory().numTensors
    swarm.step(20)
    expect(tf.memory().numTensors).toBe(before)
    swarm.dispose()
  })
})
