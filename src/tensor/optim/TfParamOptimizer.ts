// An optimizer over a list of tensors (a swarm's one [K, 2] tensor, or a model's weights and biases): it owns the
// per-tensor state of tfOptimizerRule, keeps what the next step needs and frees the rest, so a long run stays flat in
// tf.memory().numTensors.
import * as tf from '@tensorflow/tfjs'
import type { OptimizerName, OptimizerOptions } from '../../math/optim/index.ts'
import { validateOptions, withDefaults, type FilledOptions } from '../../math/optim/defaults.ts'
import { tfOptimizerRule, type RuleSlots, type RuleResult } from './tfOptimizerRule.ts'

export class TfParamOptimizer {
  readonly options: FilledOptions
  private slots: RuleSlots[] = []
  private t = 0

  constructor(
    readonly name: OptimizerName,
    options: OptimizerOptions,
  ) {
    this.options = withDefaults(name, options)
    validateOptions(name, this.options)
  }

  /** Steps taken so far. */
  get steps(): number {
    return this.t
  }

  /**
   * Returns the stepped tensors (kept); the caller owns them and disposes the old ones it no longer needs.
   * `grads[i]` belongs to `params[i]`; both are left alone.
   */
  apply(params: readonly tf.Tensor[], grads: readonly tf.Tensor[]): tf.Tensor[] {
    if (params.length !== grads.length) throw new RangeError(`${params.length} parameters but ${grads.length} gradients`)
    const out: tf.Tensor[] = []
    const nextSlots: RuleSlots[] = []
    for (let i = 0; i < params.length; i++) {
      const old = this.slots[i] ?? {}
      // tidy frees the intermediates and keeps what the returned object holds.
      const step = () => tfOptimizerRule(this.name, this.options, this.t, params[i]!, grads[i]!, old) as unknown as tf.TensorContainer
      const next = tf.tidy(step) as unknown as RuleResult
      for (const key of ['a', 'b', 'c'] as const) {
        const prev = old[key]
        if (prev && prev !== next[key]) prev.dispose()
        if (next[key]) tf.keep(next[key]!)
      }
      tf.keep(next.theta)
      out.push(next.theta)
      nextSlots.push({ a: next.a, b: next.b, c: next.c })
    }
    this.slots = nextSlots
    this.t += 1
    return out
  }

  dispose(): void {
    for (const s of this.slots) for (const t of [s.a, s.b, s.c]) t?.dispose()
    this.slots = []
  }
}
