// AdaGrad: torch.optim.Adagrad.
//
//   g ← ∇f(θ) + λθ
//   γ̃ ← γ / (1 + (t − 1) η)          (η = lrDecay, t counts from 1)
//   s ← s + g²                        (s starts at initialAccumulatorValue, default 0)
//   θ ← θ − γ̃ g / (√s + ε)            (ε = 1e-10, outside the root)
//
// tfjs: tf.train.adagrad starts the accumulator at 0.1 and puts ε inside the root (√(s + ε)); it has no lr decay or weight decay.
import type { Optimizer, OptimizerOptions } from './types.ts'
import { createStatefulOptimizer } from './optimizerShell.ts'

export function createAdagrad(options: OptimizerOptions): Optimizer {
  return createStatefulOptimizer(
    'adagrad',
    options,
    (n, o) => {
      const sumSquares = new Float64Array(n).fill(o.initialAccumulatorValue)
      return { slots: { sumSquares }, exposed: { sumSquares } }
    },
    ({ theta, grad, slots: { sumSquares }, lr: scheduled, t, o }) => {
      const lr = scheduled / (1 + (t - 1) * o.lrDecay)
      for (let i = 0; i < theta.length; i++) {
        const gi = grad[i]! + o.weightDecay * theta[i]!
        sumSquares[i] = sumSquares[i]! + gi * gi
        theta[i] = theta[i]! - (lr * gi) / (Math.sqrt(sumSquares[i]!) + o.eps)
      }
      return lr
    },
  )
}
