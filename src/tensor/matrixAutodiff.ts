// ∂f/∂(wrt) of a matrix expression by TF.js autodiff (tf.grad), in the same layout as matrixDerivative: the variable's
// shape for a scalar f, m×n (row-major) for a vector f by a vector, f's shape by a scalar. A vector f takes one
// tf.grad per entry (its rows of the Jacobian), which is fine at the sizes a learner types.
import * as tf from '@tensorflow/tfjs'
import { sizeOf, type MatrixExpr } from '../math/matrix/index.ts'
import { matrixToTf, type TfMatrixScope } from './matrixToTf.ts'

/** Float32 values of f at env. */
export function evaluateWithTf(f: MatrixExpr, env: TfMatrixScope): Float32Array {
  return tf.tidy(() => matrixToTf(f, env).dataSync() as Float32Array)
}

export function autodiffMatrix(f: MatrixExpr, wrt: string, env: TfMatrixScope): Float32Array {
  const raw = env[wrt]
  if (raw === undefined) throw new Error(`no value for ${wrt}`)
  return tf.tidy(() => {
    const x0 = typeof raw === 'number' ? tf.tensor1d([raw]) : raw instanceof tf.Tensor ? raw.reshape([-1]) : tf.tensor1d(Array.from(raw))
    const m = sizeOf(f.shape)
    const n = x0.size
    const out = new Float32Array(m * n)
    for (let i = 0; i < m; i++) {
      const g = tf.grad((x: tf.Tensor) => matrixToTf(f, { ...env, [wrt]: x }).reshape([-1]).slice([i], [1]).sum())(x0)
      out.set(g.dataSync() as Float32Array, i * n)
    }
    return out
  })
}
