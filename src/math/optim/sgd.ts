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
import type { Optimizer, OptimizerName, OptimizerOptions, OptimizerState } from './types.ts'
import { withDefaults, validateOptions } from './defaults.ts'
import { scheduledLr } from './schedules.ts'
import { baseState, recordStep, assertSameLength } from './stateArrays.ts'

type SgdName = Extract<OptimizerName, 'gd' | 'momentum' | 'nesterov'>

export function createSgd(name: SgdName, options: OptimizerOptions): Optimizer {
  const o = withDefaults(name, options)
  validateOptions(name, o)
  const useMomentum = name !== 'gd' && o.momentum !== 0
  const nesterov = name === 'nesterov'
  let n = -1
  let state: OptimizerState = baseState(0)
  let velocity = new Float64Array(0)
  let lookahead = new Float64Array(0)
  let before = new Float64Array(0)
  let g = new Float64Array(0)

  const allocate = (size: number): void => {
    n = size
    velocity = new Float64Array(n)
    lookahead = new Float64Array(n)
    before = new Float64Array(n)
    g = new Float64Array(n)
    state = useMomentum ? { ...baseState(n), velocity, ...(nesterov ? { lookahead } : {}) } : baseState(n)
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
      const lr = scheduledLr(o.schedule, o.lr, state.t)
      const first = state.t === 0
      before.set(theta)
      for (let i = 0; i < n; i++) {
        let gi = grad[i]! + o.weightDecay * theta[i]!
        if (useMomentum) {
          velocity[i] = first ? gi : o.momentum * velocity[i]! + (1 - o.dampening) * gi
          gi = nesterov ? gi + o.momentum * velocity[i]! : velocity[i]!
        }
        g[i] = gi
        theta[i] = theta[i]! - lr * gi
        if (nesterov) lookahead[i] = theta[i]! - lr * o.momentum * velocity[i]!
      }
      state.t += 1
      state.lr = lr
      recordStep(state, before, theta, grad)
    },
  }
}
