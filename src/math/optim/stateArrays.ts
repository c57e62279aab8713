// Bookkeeping shared by all optimizers: the always-present state arrays, and recording the step just taken.
import type { OptimizerState } from './types.ts'

export function baseState(n: number): OptimizerState {
  return { t: 0, lr: 0, grad: new Float64Array(n), lastStep: new Float64Array(n), effectiveLr: new Float64Array(n) }
}

/** Records Δθ_i and the effective per-coordinate learning rate |Δθ_i| / |g_i| of the step just taken. */
export function recordStep(state: OptimizerState, before: Float64Array, theta: Float64Array, grad: Float64Array): void {
  for (let i = 0; i < theta.length; i++) {
    const delta = theta[i]! - before[i]!
    state.lastStep[i] = delta
    state.grad[i] = grad[i]!
    state.effectiveLr[i] = grad[i] === 0 ? NaN : Math.abs(delta) / Math.abs(grad[i]!)
  }
}

export function assertSameLength(theta: Float64Array, grad: Float64Array, n: number): void {
  if (theta.length !== n || grad.length !== n) {
    throw new RangeError(`optimizer was created for ${n} parameters, got θ of length ${theta.length} and ∇ of length ${grad.length}`)
  }
}
