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
import type { Optimizer, OptimizerOptions, OptimizerState } from './types.ts'
import { withDefaults, validateOptions } from './defaults.ts'
import { scheduledLr } from './schedules.ts'
import { baseState, recordStep, assertSameLength } from './stateArrays.ts'

export function createRmsprop(options: OptimizerOptions): Optimizer {
  const o = withDefaults('rmsprop', options)
  validateOptions('rmsprop', o)
  let n = -1
  let state: OptimizerState = baseState(0)
  let squareAvg = new Float64Array(0)
  let gradAvg = new Float64Array(0)
  let velocity = new Float64Array(0)
  let before = new Float64Array(0)

  const allocate = (size: number): void => {
    n = size
    squareAvg = new Float64Array(n)
    gradAvg = new Float64Array(n)
    velocity = new Float64Array(n)
    before = new Float64Array(n)
    state = {
      ...baseState(n),
      squareAvg,
      ...(o.centered ? { gradAvg } : {}),
      ...(o.momentum > 0 ? { velocity } : {}),
    }
  }

  return {
    name: 'rmsprop',
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
      before.set(theta)
      for (let i = 0; i < n; i++) {
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
      state.t += 1
      state.lr = lr
      recordStep(state, before, theta, grad)
    },
  }
}
