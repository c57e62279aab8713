// Gradient descent, heavy-ball momentum and Nesterov momentum: torch.optim.SGD.
//
//   g ← ∇f(θ) + λθ                                   (weight decay λ, coupled: added to the gradient)
//   b ← g                       on the first step     (momentum buffer)
//   b ← μ b + (1 − τ) g         afterwards            (μ momentum, τ dampening)
//   g ← g + μ b  (Nesterov)   or   g ← b  (heavy ball)
//   θ ← θ − γ g
//
// tfjs: tf.train.sgd has no momentum; tf.train.momentum(lr, μ, useNesterov) keeps v ← μ v + g and θ ← θ − γ v (no
// dampening, no weight decay) and its Nesterov variant takes θ ← θ − γ(g + μ v), the same as PyTorch's with τ = 0.
import type { Optimizer, OptimizerName, OptimizerOptions } from './types.ts'
import { createStatefulOptimizer } from './optimizerShell.ts'

type SgdName = Extract<OptimizerName, 'gd' | 'momentum' | 'nesterov'>

export function createSgd(name: SgdName, options: OptimizerOptions): Optimizer {
  const nesterov = name === 'nesterov'
  return createStatefulOptimizer(
    name,
    options,
    (n, o) => {
      const slots = { velocity: new Float64Array(n), lookahead: new Float64Array(n) }
      const useMomentum = name !== 'gd' && o.momentum !== 0
      return { slots, exposed: useMomentum ? { velocity: slots.velocity, ...(nesterov ? { lookahead: slots.lookahead } : {}) } : {} }
    },
    ({ theta, grad, slots: { velocity, lookahead }, lr, t, o }) => {
      const useMomentum = name !== 'gd' && o.momentum !== 0
      for (let i = 0; i < theta.length; i++) {
        let gi = grad[i]! + o.weightDecay * theta[i]!
        if (useMomentum) {
          velocity[i] = t === 1 ? gi : o.momentum * velocity[i]! + (1 - o.dampening) * gi
          gi = nesterov ? gi + o.momentum * velocity[i]! : velocity[i]!
        }
        theta[i] = theta[i]! - lr * gi
        // The point where Nesterov's next gradient is effectively taken: one more momentum step ahead.
        if (nesterov) lookahead[i] = theta[i]! - lr * o.momentum * velocity[i]!
      }
      return lr
    },
  )
}
