// Power iteration on finite-difference Hessian-vector products against the exact Hessian of logistic regression,
// H = (1/N) Σ p(1 − p) x̃ x̃ᵀ with x̃ = (x, y, 1), computed here in float64 and diagonalised with the Jacobi solver.
import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { curvatureAlong, hessianVectorProduct, topHessianEigenvalue } from '../../../../src/tensor/landscape/index.ts'
import { Trainer, dataTensors, makeProblem } from '../../../../src/tensor/models/index.ts'
import { symmetricEigenJacobi } from '../../../../src/math/linalg/index.ts'

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await tf.setBackend('cpu')
})

describe('Hessian of the loss', () => {
  it('logistic regression: top eigenvalue, Hv and curvature along a direction match the exact Hessian', async () => {
    const problem = makeProblem({ dataset: 'moons', model: 'logistic', activation: 'tanh', dataSeed: 1 })
    const data = dataTensors(problem.train, problem.model)
    const trainer = new Trainer(problem.model, data, 'adam', { lr: 0.1 }, problem.model.init(1))
    trainer.step(60)
    const theta = trainer.flatParams() // [w_x, w_y, b]
    trainer.dispose()
    const before = tf.memory().numTensors

    const H = new Float64Array(9)
    const { x, count } = problem.train
    for (let i = 0; i < count; i++) {
      const xt = [x[2 * i]!, x[2 * i + 1]!, 1]
      const z = theta[0]! * xt[0]! + theta[1]! * xt[1]! + theta[2]!
      const p = 1 / (1 + Math.exp(-z))
      for (let a = 0; a < 3; a++) for (let b = 0; b < 3; b++) H[a * 3 + b]! += (p * (1 - p) * xt[a]! * xt[b]!) / count
    }
    const exact = symmetricEigenJacobi(H, 3).values[0]!

    const top = await topHessianEigenvalue(problem.model, data, theta, { tol: 1e-6 })
    expect(top.converged).toBe(true)
    // float32 gradients differenced with ε ≈ 5e-3: agreement to ~1e-3 relative
    expect(Math.abs(top.value - exact) / exact).toBeLessThan(2e-3)

    const v = [0.3, -0.5, 0.8]
    const hv = await hessianVectorProduct(problem.model, data, theta, v)
    for (let a = 0; a < 3; a++) {
      const ref = H[a * 3]! * v[0]! + H[a * 3 + 1]! * v[1]! + H[a * 3 + 2]! * v[2]!
      expect(Math.abs(hv[a]! - ref)).toBeLessThan(2e-3 * exact)
    }
    const d = [1, 2, 0]
    const along = (H[0]! * 1 + H[1]! * 2 + H[3]! * 2 + H[4]! * 4) / 5
    expect(await curvatureAlong(problem.model, data, theta, d)).toBeCloseTo(along, 3)
    expect(tf.memory().numTensors).toBe(before)
    data.x.dispose()
    data.y.dispose()
  })
})
