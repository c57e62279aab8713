// The one entry point: createOptimizer(name, options) → an Optimizer whose step(θ, ∇) updates θ in place.
import type { Optimizer, OptimizerName, OptimizerOptions } from './types.ts'
import { createSgd } from './sgd.ts'
import { createAdagrad } from './adagrad.ts'
import { createRmsprop } from './rmsprop.ts'
import { createAdam } from './adam.ts'

export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam', 'adamw']

export function createOptimizer(name: OptimizerName, options: OptimizerOptions = {}): Optimizer {
  switch (name) {
    case 'gd':
    case 'momentum':
    case 'nesterov':
      return createSgd(name, options)
    case 'adagrad':
      return createAdagrad(options)
    case 'rmsprop':
      return createRmsprop(options)
    case 'adam':
    case 'adamw':
      return createAdam(name, options)
    default:
      throw new RangeError(`unknown optimizer '${String(name)}'; expected one of ${OPTIMIZER_NAMES.join(', ')}`)
  }
}
