// torch.optim's update rules written once as tf ops over one tensor of any shape. The swarm ([K, 2] positions) and the
// model trainer (a list of weight tensors) both step through this function, so there is one tf copy of each rule, and it
// mirrors the float64 reference in src/math/optim/{sgd,adagrad,rmsprop,adam}.ts line by line.
import * as tf from '@tensorflow/tfjs'
import type { OptimizerName } from '../../math/optim/index.ts'
import { scheduledLr } from '../../math/optim/index.ts'
import type { FilledOptions } from '../../math/optim/defaults.ts'

/** Per-tensor state: a = momentum buffer / AdaGrad sum / RMSProp v / Adam m; b = RMSProp mean grad / Adam v; c = RMSProp buffer / AMSGrad max. */
export interface RuleSlots {
  readonly a?: tf.Tensor
  readonly b?: tf.Tensor
  readonly c?: tf.Tensor
}

export interface RuleResult extends RuleSlots {
  readonly theta: tf.Tensor
}

/**
 * One optimizer step for one tensor. `step` is the number of steps already taken (PyTorch's t before the step), `g` the
 * gradient at θ. Returns new tensors (call inside tf.tidy and keep what you need).
 */
export function tfOptimizerRule(
  name: OptimizerName,
  o: FilledOptions,
  step: number,
  theta: tf.Tensor,
  gradient: tf.Tensor,
  s: RuleSlots,
): RuleResult {
  const t = step + 1
  let lr = scheduledLr(o.schedule, o.lr, step)
  let g = gradient
  // L2 penalty folded into the gradient (torch's weight_decay), except AdamW, which decays the weights directly.
  if (o.weightDecay !== 0 && name !== 'adamw') g = g.add(theta.mul(o.weightDecay))
  switch (name) {
    case 'gd':
      return { theta: theta.sub(g.mul(lr)) }
    case 'momentum':
    case 'nesterov': {
      // μ = 0 means no buffer at all (PyTorch: `if momentum != 0`), so dampening must not scale g (sgd.ts agrees).
      if (o.momentum === 0) return { theta: theta.sub(g.mul(lr)) }
      // The first buffer is g itself (torch clones it); clone, so the caller may free its gradient.
      const b = s.a ? s.a.mul(o.momentum).add(g.mul(1 - o.dampening)) : g.clone()
      const dir = name === 'nesterov' ? g.add(b.mul(o.momentum)) : b
      return { theta: theta.sub(dir.mul(lr)), a: b }
    }
    case 'adagrad': {
      lr = lr / (1 + (t - 1) * o.lrDecay)
      const sum = (s.a ?? tf.fill(theta.shape, o.initialAccumulatorValue)).add(g.square())
      return { theta: theta.sub(g.mul(lr).div(sum.sqrt().add(o.eps))), a: sum }
    }
    case 'rmsprop': {
      const v = (s.a ?? tf.zerosLike(theta)).mul(o.alpha).add(g.square().mul(1 - o.alpha))
      let variance: tf.Tensor = v
      let gAvg: tf.Tensor | undefined
      if (o.centered) {
        gAvg = (s.b ?? tf.zerosLike(theta)).mul(o.alpha).add(g.mul(1 - o.alpha))
        variance = v.sub(gAvg.square())
      }
      const scaled = g.div(variance.sqrt().add(o.eps))
      if (o.momentum > 0) {
        const buf = (s.c ?? tf.zerosLike(theta)).mul(o.momentum).add(scaled)
        return { theta: theta.sub(buf.mul(lr)), a: v, b: gAvg, c: buf }
      }
      return { theta: theta.sub(scaled.mul(lr)), a: v, b: gAvg }
    }
    case 'adam':
    case 'adamw': {
      const decayed = name === 'adamw' && o.weightDecay !== 0 ? theta.mul(1 - lr * o.weightDecay) : theta
      const m = (s.a ?? tf.zerosLike(theta)).mul(o.beta1).add(g.mul(1 - o.beta1))
      const v = (s.b ?? tf.zerosLike(theta)).mul(o.beta2).add(g.square().mul(1 - o.beta2))
      const vMax = o.amsgrad ? (s.c ? tf.maximum(s.c, v) : v) : undefined
      const mHat = m.div(1 - o.beta1 ** t)
      const vHat = (vMax ?? v).div(1 - o.beta2 ** t)
      const stepped = decayed.sub(mHat.mul(lr).div(vHat.sqrt().add(o.eps)))
      return { theta: stepped, a: m, b: v, c: vMax }
    }
  }
}
