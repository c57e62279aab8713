// Swarm mode: K optimizers of one kind, one per starting point, stepped together as a single [K, 2] tensor on the GPU.
// The update rules are torch.optim's, written once as tf ops in ./optim/tfOptimizerRule.ts (shared with model training);
// the float64 path of src/math/optim is the reference, and tests check that both agree within float32 tolerance.
// The gradient comes from the symbolic ∂f/∂x, ∂f/∂y compiled to tf ops (exact, and no nested tf.grad), evaluated for all
// K points at once.
import * as tf from '@tensorflow/tfjs'
import type { Expr } from '../math/expr/index.ts'
import type { OptimizerName, OptimizerOptions } from '../math/optim/index.ts'
import { toTf } from './toTf.ts'
import { TfParamOptimizer } from './optim/TfParamOptimizer.ts'

export interface SwarmConfig {
  /** [∂f/∂x, ∂f/∂y] as ASTs in x, y and the parameters. */
  readonly gradient: readonly [Expr, Expr]
  readonly params: Readonly<Record<string, number>>
  readonly optimizer: OptimizerName
  readonly options: OptimizerOptions
}

export class Swarm {
  readonly count: number
  private theta: tf.Tensor
  private readonly optimizer: TfParamOptimizer
  private readonly paramScalars: Record<string, tf.Scalar>

  constructor(
    readonly config: SwarmConfig,
    starts: Float32Array | Float64Array,
  ) {
    if (starts.length % 2 !== 0) throw new RangeError('swarm starts must hold (x, y) pairs')
    this.count = starts.length / 2
    this.optimizer = new TfParamOptimizer(config.optimizer, config.options)
    this.paramScalars = Object.fromEntries(Object.entries(config.params).map(([k, v]) => [k, tf.keep(tf.scalar(v))]))
    this.theta = tf.keep(tf.tensor2d(Float32Array.from(starts), [this.count, 2]))
  }

  get steps(): number {
    return this.optimizer.steps
  }

  /** ∇f at every particle: [K, 2]. */
  gradientAt(theta: tf.Tensor): tf.Tensor {
    return tf.tidy(() => {
      const [x, y] = tf.split(theta, 2, 1) as [tf.Tensor2D, tf.Tensor2D]
      const scope = { ...this.paramScalars, x, y }
      const gx = tf.broadcastTo(toTf(this.config.gradient[0], scope), x.shape)
      const gy = tf.broadcastTo(toTf(this.config.gradient[1], scope), y.shape)
      return tf.concat([gx, gy], 1)
    })
  }

  /** Advances all particles by `n` steps. Intermediate tensors are freed; only the new state is kept. */
  step(n = 1): void {
    for (let i = 0; i < n; i++) {
      const g = this.gradientAt(this.theta)
      const [next] = this.optimizer.apply([this.theta], [g])
      g.dispose()
      this.theta.dispose()
      this.theta = next!
    }
  }

  /** Positions as [x0, y0, x1, y1, ...] (a GPU read-back; call sparingly, never per frame for big swarms). */
  async positions(): Promise<Float32Array> {
    return (await this.theta.data()) as Float32Array
  }

  dispose(): void {
    this.theta.dispose()
    this.optimizer.dispose()
    for (const s of Object.values(this.paramScalars)) s.dispose()
  }
}
