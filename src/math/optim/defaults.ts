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

export { validateOptions } from './validateOptions.ts'
