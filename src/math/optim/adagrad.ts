// AdaGrad: torch.optim.Adagrad.
//
//   g ← ∇f(θ) + λθ
//   γ̃ ← γ / (1 + (t − 1) η)          (η = lrDecay, t counts from 1)
//   s ← s + g²                        (s starts at initialAccumulatorValue, default 0)
//   θ ← θ − γ̃ g / (√s + ε)            (ε = 1e-10, outside the root)
//
// tfjs: tf.train.adagrad starts the accumulator at 0.1 and puts ε inside the root (√(s + ε)); it has no lr decay or weight decay.
import type { Optimizer, OptimizerOptions, OptimizerState } from './types.ts'
import { withDefaults, validateOptions } from './defaults.ts'
import { scheduledLr } from './schedules.ts'
import { baseState, recordStep, assertSameLength } from './stateArrays.ts'

export function createAdagrad(options: OptimizerOptions): Optimizer {
  const o = withDefaults('adagrad', options)
  validateOptions('adagrad', o)
  let n = -1
  let state: OptimizerState = baseState(0)
  let sumSquares = new Float64Array(0)
  let before = new Float64Array(0)

  const allocate = (size: number): void => {
    n = size
    sumSquares = new Float64Array(n).fill(o.initialAccumulatorValue)
    before = new Float64Array(n)
    state = { ...baseState(n), sumSquares }
  }

  return {
    name: 'adagrad',
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
      const lr = scheduledLr(o.schedule, o.lr, state.t) / (1 + (t - 1) * o.lrDecay)
      before.set(theta)
      for (let i = 0; i < n; i++) {
        const gi = grad[i]! + o.weightDecay * theta[i]!
        sumSquares[i] = sumSquares[i]! + gi * gi
        theta[i] = theta[i]! - (lr * gi) / (Math.sqrt(sumSquares[i]!) + o.eps)
      }
      state.t = t
      state.lr = lr
      recordStep(state, before, theta, grad)
    },
  }
}
