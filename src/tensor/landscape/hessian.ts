// Curvature of the loss at θ*: Hessian-vector products by central differences of autodiff gradients,
//   H v ≈ (∇L(θ + εv) − ∇L(θ − εv)) / 2ε   (error O(ε²); tfjs cannot nest tf.grad through tanh, BROWSER.md),
// the top eigenvalue (sharpness) by power iteration on them, and the second derivative along a plotted direction
// dᵀHd / dᵀd. Both gradients of a product come from one batched pass (the two points stacked as [2, P]).
// ε = 5e-3 · max(1, rms(θ)) for a unit v: for float32 gradients (relative noise ~1e-7) a central difference's error
// is smallest near ε ≈ ∛(1e-7) ≈ 5e-3 relative to the scale of θ.
import * as tf from '@tensorflow/tfjs'
import { seededRandom } from '../../math/seededRandom.ts'
import type { DenseModel } from '../models/denseModel.ts'
import type { DataTensors } from '../models/problems.ts'
import { lossesAt } from './batchedLoss.ts'

const norm = (v: ArrayLike<number>) => {
  let s = 0
  for (let k = 0; k < v.length; k++) s += v[k]! * v[k]!
  return Math.sqrt(s)
}

export function hvpStep(theta: ArrayLike<number>): number {
  return 5e-3 * Math.max(1, norm(theta) / Math.sqrt(theta.length))
}

/** H·v at θ (v need not be unit; the difference is taken along v/‖v‖ and scaled back). */
export async function hessianVectorProduct(model: DenseModel, data: DataTensors, theta: Float32Array, v: ArrayLike<number>): Promise<Float64Array> {
  const length = norm(v)
  if (!(length > 0)) throw new RangeError('the vector of a Hessian-vector product must be nonzero')
  const eps = hvpStep(theta)
  const p = model.paramCount
  const grads = tf.tidy(() => {
    const t = tf.tensor1d(theta)
    const u = tf.tensor1d(Float32Array.from(v, (x) => x / length))
    const both = tf.stack([t.add(u.mul(eps)), t.sub(u.mul(eps))]) as tf.Tensor2D
    // ∂/∂θ_b of Σ_b L(θ_b) is ∇L(θ_b): one pass gives both gradients.
    return tf.grad((x: tf.Tensor) => lossesAt(model, data, x as tf.Tensor2D).sum())(both)
  })
  // An asynchronous read-back: on webgl the page keeps drawing while the GPU works.
  const g = await grads.data()
  grads.dispose()
  const out = new Float64Array(p)
  for (let k = 0; k < p; k++) out[k] = ((g[k]! - g[p + k]!) / (2 * eps)) * length
  return out
}

export interface TopEigen {
  readonly value: number
  readonly vector: Float64Array
  readonly iterations: number
  readonly converged: boolean
}

/**
 * The eigenvalue of largest magnitude of the Hessian at θ (at a minimum, the sharpness λ_max) by power iteration:
 * v ← Hv/‖Hv‖ from a seeded random start, stopping when the Rayleigh quotient changes by less than tol (relative).
 */
export async function topHessianEigenvalue(
  model: DenseModel,
  data: DataTensors,
  theta: Float32Array,
  options: { iterations?: number; tol?: number; seed?: number; signal?: AbortSignal } = {},
): Promise<TopEigen> {
  const maxIter = options.iterations ?? 50
  const tol = options.tol ?? 1e-4
  const r = seededRandom(options.seed ?? 1)
  let v = Float64Array.from({ length: model.paramCount }, () => r.normal())
  let vn = norm(v)
  v = v.map((x) => x / vn)
  let lambda = 0
  for (let it = 1; it <= maxIter; it++) {
    options.signal?.throwIfAborted()
    const hv = await hessianVectorProduct(model, data, theta, v)
    let rayleigh = 0
    for (let k = 0; k < v.length; k++) rayleigh += v[k]! * hv[k]!
    vn = norm(hv)
    if (!(vn > 0)) return { value: 0, vector: v, iterations: it, converged: true }
    const next = hv.map((x) => x / vn)
    const change = Math.abs(rayleigh - lambda)
    lambda = rayleigh
    v = next
    if (it > 1 && change <= tol * Math.abs(lambda)) return { value: lambda, vector: v, iterations: it, converged: true }
  }
  return { value: lambda, vector: v, iterations: maxIter, converged: false }
}

/** Second derivative of the loss along d at θ: dᵀHd / dᵀd (for the plotted directions). */
export async function curvatureAlong(model: DenseModel, data: DataTensors, theta: Float32Array, d: ArrayLike<number>): Promise<number> {
  const hd = await hessianVectorProduct(model, data, theta, d)
  let num = 0
  let den = 0
  for (let k = 0; k < d.length; k++) {
    num += d[k]! * hd[k]!
    den += d[k]! * d[k]!
  }
  return num / den
}
