// Swarm mode: K optimizers of one kind, one per starting point, stepped together as a single [K, 2] tensor on the GPU.
// The update rules are those of src/math/optim (torch.optim), written with tf ops; the float64 path is the reference,
// and tests check that both agree within float32 tolerance. The gradient comes from the symbolic ∂f/∂x, ∂f/∂y compiled
// to tf ops (exact, and no nested tf.grad), evaluated for all K points at once.
import * as tf from '@tensorflow/tfjs'
import type { Expr } from '../math/expr/index.ts'
import type { OptimizerName, OptimizerOptions } from '../math/optim/index.ts'
import { scheduledLr } from '../math/optim/index.ts'
import { withDefaults, validateOptions } from '../math/optim/defaults.ts'
import { toTf } from './toTf.ts'

export interface SwarmConfig {
  /** [∂f/∂x, ∂f/∂y] as ASTs in x, y and the parameters. */
  readonly gradient: readonly [Expr, Expr]
  readonly params: Readonly<Record<string, number>>
  readonly optimizer: OptimizerName
  readonly options: OptimizerOptions
}

type Slots = { theta: tf.Tensor; a?: tf.Tensor; b?: tf.Tensor; c?: tf.Tensor }

export class Swarm {
  readonly count: number
  private slots: Slots
  private t = 0
  private readonly o: ReturnType<typeof withDefaults>
  private readonly paramScalars: Record<string, tf.Scalar>

  constructor(
    readonly config: SwarmConfig,
    starts: Float32Array | Float64Array,
  ) {
    if (starts.length % 2 !== 0) throw new RangeError('swarm starts must hold (x, y) pairs')
    this.count = starts.length / 2
    this.o = withDefaults(config.optimizer, config.options)
    validateOptions(config.optimizer, this.o)
    this.paramScalars = Object.fromEntries(Object.entries(config.params).map(([k, v]) => [k, tf.keep(tf.scalar(v))]))
    this.slots = { theta: tf.keep(tf.tensor2d(Float32Array.from(starts), [this.count, 2])) }
  }

  get steps(): number {
    return this.t
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
      const next = tf.tidy(() => this.update(this.slots))
      for (const key of ['theta', 'a', 'b', 'c'] as const) {
        const old = this.slots[key]
        if (old && old !== next[key]) old.dispose()
        if (next[key]) tf.keep(next[key]!)
      }
      this.slots = next
      this.t += 1
    }
  }

  /** Positions as [x0, y0, x1, y1, ...] (a GPU read-back; call sparingly, never per frame for big swarms). */
  async positions(): Promise<Float32Array> {
    return (await this.slots.theta.data()) as Float32Array
  }

  dispose(): void {
    for (const t of [this.slots.theta, this.slots.a, this.slots.b, this.slots.c]) t?.dispose()
    for (const s of Object.values(this.paramScalars)) s.dispose()
  }

  // One optimizer step in tf ops; mirrors src/math/optim/{sgd,adagrad,rmsprop,adam}.ts line by line.
  private update(s: Slots): Slots {
    const o = this.o
    const name = this.config.optimizer
    const t = this.t + 1
    let lr = scheduledLr(o.schedule, o.lr, this.t)
    const theta = s.theta
    let g = this.gradientAt(theta)
    if (o.weightDecay !== 0 && name !== 'adamw') g = g.add(theta.mul(o.weightDecay))
    switch (name) {
      case 'gd':
        return { theta: theta.sub(g.mul(lr)) }
      case 'momentum':
      case 'nesterov': {
        // μ = 0 means no buffer at all (PyTorch: `if momentum != 0`), so dampening must not scale g (sgd.ts agrees).
        if (o.momentum === 0) return { theta: theta.sub(g.mul(lr)) }
        // a = momentum buffer b
        const b = s.a ? s.a.mul(o.momentum).add(g.mul(1 - o.dampening)) : g
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
}
