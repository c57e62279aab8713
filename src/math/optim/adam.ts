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
import type { Optimizer, OptimizerOptions } from './types.ts'
import { createStatefulOptimizer } from './optimizerShell.ts'

export function createAdam(name: 'adam' | 'adamw', options: OptimizerOptions): Optimizer {
  const decoupled = name === 'adamw'
  return createStatefulOptimizer(
    name,
    options,
    (n, o) => {
      const slots = { m: new Float64Array(n), v: new Float64Array(n), mHat: new Float64Array(n), vHat: new Float64Array(n), vMax: new Float64Array(n) }
      const { m, v, mHat, vHat, vMax } = slots
      return { slots, exposed: { m, v, mHat, vHat, ...(o.amsgrad ? { vMax } : {}) } }
    },
    ({ theta, grad, slots: { m, v, mHat, vHat, vMax }, lr, t, o }) => {
      const correction1 = 1 - o.beta1 ** t
      const correction2 = 1 - o.beta2 ** t
      for (let i = 0; i < theta.length; i++) {
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
      return lr
    },
  )
}
