// Every identity of the gallery against TF.js autodiff (tf.grad through matrixToTf, float32, cpu backend), and the
// forward values of matrixToTf against the float64 evaluator.
// Tolerance 1e-3 relative to max(1, max|value|): float32 carries ~6e-8 relative per op; the longest chains here
// (Gauss–Jordan inverses inside products, well-conditioned by construction) lose a few hundred ulps at most.
// A wrong rule misses by O(1).
import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { useBackend } from '../../../src/tensor/backend.ts'
import { autodiffMatrix, evaluateWithTf } from '../../../src/tensor/matrixAutodiff.ts'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr } from '../../../src/math/matrix/index.ts'
import { MATRIX_IDENTITIES } from '../../../src/math/matrix/identities.ts'
import { invertedNames, randomEnv } from '../../../src/math/matrix/random.ts'
import { relativeError } from '../math/matrix/centralDifference.ts'

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await useBackend('cpu')
})

describe('identity gallery vs tf.grad (float32)', () => {
  for (const identity of MATRIX_IDENTITIES) {
    it(identity.id, () => {
      const f = parseMatrixExpr(identity.expr, identity.shapes)
      const d = matrixDerivative(f, identity.wrt)
      const kinds = { ...Object.fromEntries([...invertedNames(f)].map((n) => [n, 'invertible' as const])), ...identity.kinds }
      const env = randomEnv(identity.shapes, 7, kinds)
      const before = tf.memory().numTensors
      const auto = autodiffMatrix(f, identity.wrt, env)
      expect(tf.memory().numTensors).toBe(before) // everything inside tf.tidy
      const symbolic = evaluateMatrixExpr(d.expr, env).data
      expect(relativeError(auto, symbolic), `${d.text} vs tf.grad`).toBeLessThan(1e-3)
      expect(relativeError(evaluateWithTf(f, env), evaluateMatrixExpr(f, env).data)).toBeLessThan(1e-4)
    })
  }
})

describe('matrixToTf', () => {
  it('det and inv by elimination with pivoting match float64, also when the first pivot is 0', () => {
    const sh = { X: [3, 3] }
    const env = { X: [0, 2, 1, 1, 0, 3, 4, 1, 0] } // det = 0·… : needs a row swap
    for (const t of ['det(X)', 'inv(X)', 'logdet(X)']) {
      const e = parseMatrixExpr(t, sh)
      expect(relativeError(evaluateWithTf(e, env), evaluateMatrixExpr(e, env).data), t).toBeLessThan(1e-5)
    }
    expect(evaluateWithTf(parseMatrixExpr('det(X)', sh), env)[0]).toBeCloseTo(0 * 0 * 0 - 2 * (0 - 12) + 1 * (1 - 0), 4)
  })
  it('a wrong symbolic rule would be caught: tf.grad of det differs from inv(X) alone', () => {
    const sh = { X: [2, 2] }
    const env = { X: [3, 1, 1, 2] }
    const auto = autodiffMatrix(parseMatrixExpr('det(X)', sh), 'X', env)
    const wrong = evaluateMatrixExpr(parseMatrixExpr("inv(X)'", sh), env).data
    expect(relativeError(auto, wrong)).toBeGreaterThan(0.5)
    expect([...auto]).toEqual([2, -1, -1, 3].map((v) => expect.closeTo(v, 5))) // det(X)·X⁻ᵀ = cofactors
  })
})
