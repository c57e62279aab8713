// What every optimizer shares: its state arrays are sized on the first step (θ's length), θ is updated in place,
// t counts steps, the scheduled learning rate is looked up, and the step just taken is recorded for drawing.
// Each optimizer file supplies only its arrays and its update rule.
import type { Optimizer, OptimizerName, OptimizerOptions, OptimizerState } from './types.ts'
import { withDefaults, validateOptions, type FilledOptions } from './defaults.ts'
import { scheduledLr } from './schedules.ts'
import { baseState, recordStep, assertSameLength } from './stateArrays.ts'

export interface UpdateContext<Slots> {
  readonly theta: Float64Array
  readonly grad: Float64Array
  readonly slots: Slots
  /** The scheduled learning rate for this step. */
  readonly lr: number
  /** This step's number, counting from 1 (PyTorch's t). */
  readonly t: number
  readonly o: FilledOptions
}

export function createStatefulOptimizer<Slots>(
  name: OptimizerName,
  options: OptimizerOptions,
  /** Fresh state arrays for n parameters, and which of them the state exposes for drawing. */
  allocate: (n: number, o: FilledOptions) => { slots: Slots; exposed: Partial<OptimizerState> },
  /** Applies one step to θ in place; returns the learning rate actually used (after any decay). */
  update: (ctx: UpdateContext<Slots>) => number,
): Optimizer {
  const o = withDefaults(name, options)
  validateOptions(name, o)
  let n = -1
  let state: OptimizerState = baseState(0)
  let slots: Slots | null = null
  let before = new Float64Array(0)
  return {
    name,
    options: o,
    get state() {
      return state
    },
    reset() {
      n = -1
      state = baseState(0)
      slots = null
    },
    step(theta, grad) {
      if (n !== theta.length || state.t === 0 || !slots) {
        n = theta.length
        const made = allocate(n, o)
        slots = made.slots
        state = { ...baseState(n), ...made.exposed }
        before = new Float64Array(n)
      }
      assertSameLength(theta, grad, n)
      before.set(theta)
      const t = state.t + 1
      state.lr = update({ theta, grad, slots, lr: scheduledLr(o.schedule, o.lr, state.t), t, o })
      state.t = t
      recordStep(state, before, theta, grad)
    },
  }
}
