// PyTorch's defaults for each optimizer (torch.optim, 2.x documentation). `momentum` and `nesterov` are SGD with momentum
// switched on; PyTorch's SGD default momentum is 0, so for those two names we use the customary 0.9.
import type { OptimizerName, OptimizerOptions } from './types.ts'
import { CONSTANT_SCHEDULE } from './schedules.ts'

export type FilledOptions = Required<OptimizerOptions>
type Filled = FilledOptions

const BASE: Filled = {
  lr: 1e-3, momentum: 0, dampening: 0, alpha: 0.99, eps: 1e-8, beta1: 0.9, beta2: 0.999, weightDecay: 0,
  centered: false, amsgrad: false, initialAccumulatorValue: 0, lrDecay: 0, schedule: CONSTANT_SCHEDULE,
}

const PER_OPTIMIZER: Record<OptimizerName, Partial<Filled>> = {
  gd: { lr: 1e-3 },
  momentum: { lr: 1e-3, momentum: 0.9 },
  nesterov: { lr: 1e-3, momentum: 0.9 },
  adagrad: { lr: 1e-2, eps: 1e-10 },
  rmsprop: { lr: 1e-2, alpha: 0.99, eps: 1e-8 },
  adam: { lr: 1e-3 },
  adamw: { lr: 1e-3, weightDecay: 1e-2 },
}

export function withDefaults(name: OptimizerName, options: OptimizerOptions): Filled {
  const filled = { ...BASE, ...PER_OPTIMIZER[name] } as Filled
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) (filled as Record<string, unknown>)[key] = value
  }
  return filled
}

/** Rejects options PyTorch would reject, with a sentence saying what is wrong. */
export function validateOptions(name: OptimizerName, o: Filled): void {
  const fail = (msg: string): never => {
    throw new RangeError(`${name}: ${msg}`)
  }
  if (!(o.lr >= 0) || !Number.isFinite(o.lr)) fail(`learning rate must be a finite number ≥ 0, got ${o.lr}`)
  if (!(o.eps >= 0)) fail(`eps must be ≥ 0, got ${o.eps}`)
  if (!(o.momentum >= 0)) fail(`momentum must be ≥ 0, got ${o.momentum}`)
  if (!(o.weightDecay >= 0)) fail(`weightDecay must be ≥ 0, got ${o.weightDecay}`)
  if (!(o.beta1 >= 0 && o.beta1 < 1)) fail(`beta1 must be in [0, 1), got ${o.beta1}`)
  if (!(o.beta2 >= 0 && o.beta2 < 1)) fail(`beta2 must be in [0, 1), got ${o.beta2}`)
  if (!(o.alpha >= 0)) fail(`alpha must be ≥ 0, got ${o.alpha}`)
  if (!(o.lrDecay >= 0)) fail(`lrDecay must be ≥ 0, got ${o.lrDecay}`)
  if (!(o.initialAccumulatorValue >= 0)) fail(`initialAccumulatorValue must be ≥ 0, got ${o.initialAccumulatorValue}`)
  if (name === 'nesterov' && (o.momentum <= 0 || o.dampening !== 0)) {
    fail('Nesterov momentum requires a momentum > 0 and zero dampening (as in PyTorch)')
  }
}
