// Shared types of the optimizers. Every optimizer updates θ in place from the gradient at θ and exposes its internal
// state (velocity, accumulators, bias-corrected moments, the step it took) so the lab can draw it.
import type { LrSchedule } from './schedules.ts'

export type OptimizerName = 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam' | 'adamw'

/** PyTorch's hyperparameter names in camelCase. Each optimizer reads the ones it knows; defaults are PyTorch's. */
export interface OptimizerOptions {
  readonly lr?: number
  readonly momentum?: number
  readonly dampening?: number
  readonly alpha?: number
  readonly eps?: number
  readonly beta1?: number
  readonly beta2?: number
  readonly weightDecay?: number
  readonly centered?: boolean
  readonly amsgrad?: boolean
  readonly initialAccumulatorValue?: number
  readonly lrDecay?: number
  /** Learning-rate schedule applied on top of `lr` (constant when absent). */
  readonly schedule?: LrSchedule
}

/** What an optimizer exposes for drawing. Arrays have θ's length; absent ones do not apply to that optimizer. */
export interface OptimizerState {
  /** Number of steps taken so far (PyTorch's t after the step). */
  t: number
  /** Learning rate used by the last step (after schedule and lr decay). */
  lr: number
  /** The gradient passed to the last step (before weight decay). */
  readonly grad: Float64Array
  /** θ_new − θ_old of the last step. */
  readonly lastStep: Float64Array
  /** Per-coordinate effective learning rate of the last step: |Δθ_i| / |g_i| (NaN where g_i = 0). Adam's "effective step". */
  readonly effectiveLr: Float64Array
  /** Momentum buffer b (SGD family, RMSProp with momentum). */
  readonly velocity?: Float64Array
  /** Nesterov: the look-ahead point θ − lr·μ·b where the next gradient is effectively taken. */
  readonly lookahead?: Float64Array
  /** AdaGrad: the running sum of squared gradients. */
  readonly sumSquares?: Float64Array
  /** RMSProp: the running average of squared gradients v; centered: the running mean gradient. */
  readonly squareAvg?: Float64Array
  readonly gradAvg?: Float64Array
  /** Adam/AdamW: first and second moments, their bias-corrected versions, and AMSGrad's running max of v. */
  readonly m?: Float64Array
  readonly v?: Float64Array
  readonly mHat?: Float64Array
  readonly vHat?: Float64Array
  readonly vMax?: Float64Array
}

export interface Optimizer {
  readonly name: OptimizerName
  /** The options in force, defaults filled in. */
  readonly options: Required<Omit<OptimizerOptions, 'schedule'>> & { readonly schedule: LrSchedule }
  readonly state: OptimizerState
  /** Updates θ in place given ∇f(θ). */
  step(theta: Float64Array, grad: Float64Array): void
  /** Forgets all internal state (t = 0). */
  reset(): void
}
