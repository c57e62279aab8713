// Adam and AdamW: torch.optim.Adam and torch.optim.AdamW.
//
//   Adam:   g ← ∇f(θ) + λθ                      (L2 penalty folded into the gradient)
//   AdamW:  θ ← θ − γ λ θ,  g ← ∇f(θ)           (decoupled weight decay, applied to θ before the moment update)
//   m ← β₁ m + (1 − β₁) g,    v ← β₂ v + (1 − β₂) g²
//   m̂ ← m / (1 − β₁ᵗ),        v̂ ← v / (1 − β₂ᵗ)       (bias correction: m and v start at 0)
//   AMSGrad: v_max ← max(v_max, v),  v̂ ← v_max / (1 − β₂ᵗ)
//   θ ← θ − γ m̂ / (√v̂ + ε)
//
// Per coordinate the step is γ m̂ᵢ/(√v̂ᵢ + ε): about γ whatever the gradient's scale, which is what the lab draws.
// tfjs: tf.train.adam matches Adam without weight decay (ε written as ε·√(1 − β₂ᵗ) inside its fused form); tfjs has no AdamW
// and no AMSGrad.
import type { Optimizer, OptimizerOptions, OptimizerState } from './types.ts'
import { withDefaults, validateOptions } from './defaults.ts'
import { scheduledLr } from './schedules.ts'
import { baseState, recordStep, assertSameLength } from './stateArrays.ts'

export function createAdam(name: 'adam' | 'adamw', options: OptimizerOptions): Optimizer {
  const o = withDefaults(name, options)
  validateOptions(name, o)
  const decoupled = name === 'adamw'
  let n = -1
  let state: OptimizerState = baseState(0)
  let m = new Float64Array(0)
  let v = new Float64Array(0)
  let mHat = new Float64Array(0)
  let vHat = new Float64Array(0)
  let vMax = new Float64Array(0)
  let before = new Float64Array(0)

  const allocate = (size: number): void => {
    n = size
    m = new Float64Array(n)
    v = new Float64Array(n)
    mHat = new Float64Array(n)
    vHat = new Float64Array(n)
    vMax = new Float64Array(n)
    before = new Float64Array(n)
    state = { ...baseState(n), m, v, mHat, vHat, ...(o.amsgrad ? { vMax } : {}) }
  }

  return {
    name,
    options: o,
    get state() {
      return state
    },
    reset() {
      n = -1
      state = baseState(0)
    },
    step(theta, grad) {
      if (n !== theta.length || state.t === 0) allocate(theta.length)
      assertSameLength(theta, grad, n)
      const t = state.t + 1
      const lr = scheduledLr(o.schedule, o.lr, state.t)
      const correction1 = 1 - o.beta1 ** t
      const correction2 = 1 - o.beta2 ** t
      before.set(theta)
      for (let i = 0; i < n; i++) {
        let gi = grad[i]!
        if (decoupled) theta[i] = theta[i]! * (1 - lr * o.weightDecay)
        else gi += o.weightDecay * theta[i]!
        m[i] = o.beta1 * m[i]! + (1 - o.beta1) * gi
        v[i] = o.beta2 * v[i]! + (1 - o.beta2) * gi * gi
        mHat[i] = m[i]! / correction1
        if (o.amsgrad) vMax[i] = Math.max(vMax[i]!, v[i]!)
        vHat[i] = (o.amsgrad ? vMax[i]! : v[i]!) / correction2
        theta[i] = theta[i]! - (lr * mHat[i]!) / (Math.sqrt(vHat[i]!) + o.eps)
      }
      state.t = t
      state.lr = lr
      recordStep(state, before, theta, grad)
    },
  }
}
