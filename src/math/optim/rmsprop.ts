// RMSProp: torch.optim.RMSprop.
//
//   g ← ∇f(θ) + λθ
//   v ← α v + (1 − α) g²                      (α = 0.99, v starts at 0)
//   ṽ ← v;   centered:  ḡ ← α ḡ + (1 − α) g,  ṽ ← v − ḡ²      (the variance instead of the raw second moment)
//   μ > 0:   b ← μ b + g / (√ṽ + ε),  θ ← θ − γ b
//   else:    θ ← θ − γ g / (√ṽ + ε)              (ε = 1e-8, outside the root)
//
// tfjs: tf.train.rmsprop defaults to decay ρ = 0.9 and puts ε inside the root (√(ṽ + ε)); its centered variant computes
// √(v − ḡ² + ε) and can take the root of a negative number (NaN) for small gradients, where PyTorch's ε outside cannot.
import type { Optimizer, OptimizerOptions } from './types.ts'
import { createStatefulOptimizer } from './optimizerShell.ts'

export function createRmsprop(options: OptimizerOptions): Optimizer {
  return createStatefulOptimizer(
    'rmsprop',
    options,
    (n, o) => {
      const slots = { squareAvg: new Float64Array(n), gradAvg: new Float64Array(n), velocity: new Float64Array(n) }
      const exposed = {
        squareAvg: slots.squareAvg,
        ...(o.centered ? { gradAvg: slots.gradAvg } : {}),
        ...(o.momentum > 0 ? { velocity: slots.velocity } : {}),
      }
      return { slots, exposed }
    },
    ({ theta, grad, slots: { squareAvg, gradAvg, velocity }, lr, o }) => {
      for (let i = 0; i < theta.length; i++) {
        const gi = grad[i]! + o.weightDecay * theta[i]!
        squareAvg[i] = o.alpha * squareAvg[i]! + (1 - o.alpha) * gi * gi
        let variance = squareAvg[i]!
        if (o.centered) {
          gradAvg[i] = o.alpha * gradAvg[i]! + (1 - o.alpha) * gi
          variance -= gradAvg[i]! * gradAvg[i]!
        }
        const scaled = gi / (Math.sqrt(variance) + o.eps)
        if (o.momentum > 0) {
          velocity[i] = o.momentum * velocity[i]! + scaled
          theta[i] = theta[i]! - lr * velocity[i]!
        } else {
          theta[i] = theta[i]! - lr * scaled
        }
      }
      return lr
    },
  )
}
