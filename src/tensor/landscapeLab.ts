// The landscape scene's one entry into TF.js, loaded with a dynamic import() so tfjs stays out of the first paint.
// It owns a problem's data tensors on the chosen backend (webgl, then wasm, then cpu) and offers the scene's steps on
// plain arrays: train an optimizer from a shared initialisation, random directions, the batched grid, the 1D
// interpolation, curvature, and the model's own picture (decision regions, image predictions). Long loops yield
// between chunks through the `yieldToPage` the caller passes: a macrotask in the worker (so a cancel message gets in),
// a requestAnimationFrame on the main thread. landscapePipeline.ts runs the scene's steps on it.
import * as tf from '@tensorflow/tfjs'
import type { OptimizerName, OptimizerOptions } from '../math/optim/index.ts'
import { useFirstBackend, type BackendName, type BackendOptions } from './backend.ts'
import { Trainer, dataTensors, disposeData, makeProblem, type DataTensors, type Problem, type ProblemSpec, type TrainRecord } from './models/index.ts'
import {
  computeLossGrid, curvatureAlong, interpolate1d, randomFilterNormalizedDirection, topHessianEigenvalue,
  type GridRunOptions, type GridSpec, type Interpolation, type LossGrid, type TopEigen,
} from './landscape/index.ts'

export type { ProblemSpec, TrainRecord, LossGrid, GridProgress, Interpolation, TopEigen }
import type { GridProgress } from './landscape/index.ts'

export interface TrainRun {
  readonly records: TrainRecord[]
  readonly final: Float32Array
  readonly heldOut: { loss: number; accuracy: number }
}

export class LandscapeLab {
  private constructor(
    readonly backend: string,
    readonly problem: Problem,
    private readonly train: DataTensors,
    private readonly test: DataTensors,
  ) {}

  static async open(spec: ProblemSpec, backends: readonly BackendName[] = ['webgl', 'wasm', 'cpu'], options: BackendOptions = {}): Promise<LandscapeLab> {
    const current = tf.getBackend()
    const backend = backends.includes(current as BackendName) && current === backends[0] ? current : await useFirstBackend(backends, options)
    const problem = makeProblem(spec)
    return new LandscapeLab(backend, problem, dataTensors(problem.train, problem.model), dataTensors(problem.test, problem.model))
  }

  get model() {
    return this.problem.model
  }

  /** Seeded initial weights, shared by every optimizer of a comparison. */
  init(seed: number): Float32Array {
    return this.model.init(seed)
  }

  /** Full-batch training from `init`; records every `recordEvery` steps; yields to the page every `chunk` steps. */
  async trainOptimizer(
    optimizer: OptimizerName,
    options: OptimizerOptions,
    init: Float32Array,
    steps: number,
    run: { recordEvery?: number; chunk?: number; signal?: AbortSignal; yieldToPage: () => Promise<void>; onStep?: (done: number, records: readonly TrainRecord[]) => void },
  ): Promise<TrainRun> {
    const trainer = new Trainer(this.model, this.train, optimizer, options, init, run.recordEvery ?? Math.max(1, Math.round(steps / 60)))
    try {
      const chunk = run.chunk ?? 10
      for (let done = 0; done < steps; ) {
        run.signal?.throwIfAborted()
        const n = Math.min(chunk, steps - done)
        trainer.step(n)
        done += n
        run.onStep?.(done, trainer.records)
        await run.yieldToPage()
      }
      const final = trainer.flatParams()
      const last = trainer.records.at(-1)
      if (!last || last.step !== steps) trainer.records.push({ ...trainer.evaluate(this.train), step: steps, params: final })
      return { records: trainer.records, final, heldOut: trainer.evaluate(this.test) }
    } finally {
      trainer.dispose()
    }
  }

  /** A seeded Gaussian direction, filter-normalized against the weights at `center` (biases zeroed). */
  randomDirection(center: Float32Array, seed: number): Float32Array {
    const weights = tf.tidy(() => this.model.unflatten(tf.tensor1d(center)))
    try {
      return randomFilterNormalizedDirection(weights, seed)
    } finally {
      tf.dispose(weights)
    }
  }

  grid(center: Float32Array, d1: Float32Array, d2: Float32Array, spec: GridSpec, run: GridRunOptions): Promise<LossGrid> {
    return computeLossGrid({ model: this.model, data: this.train, center, d1, d2 }, spec, run)
  }

  interpolate(from: Float32Array, to: Float32Array): Promise<Interpolation> {
    return interpolate1d(this.model, this.train, from, to)
  }

  sharpness(center: Float32Array, signal?: AbortSignal): Promise<TopEigen> {
    return topHessianEigenvalue(this.model, this.train, center, { iterations: 40, tol: 1e-3, signal })
  }

  curvatureAlong(center: Float32Array, d: ArrayLike<number>): Promise<number> {
    return curvatureAlong(this.model, this.train, center, d)
  }

  /** Class probabilities on an n×n lattice over the 2D box (row j = y): P(class 1) for binary models, else argmax. */
  decisionRegions(params: Float32Array, box: { xMin: number; xMax: number; yMin: number; yMax: number }, n: number): Float32Array {
    if (this.model.spec.inputs !== 2) throw new RangeError('decision regions need a model of two inputs')
    const points = new Float32Array(2 * n * n)
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        points[2 * (j * n + i)] = box.xMin + ((box.xMax - box.xMin) * (i + 0.5)) / n
        points[2 * (j * n + i) + 1] = box.yMin + ((box.yMax - box.yMin) * (j + 0.5)) / n
      }
    }
    return tf.tidy(() => {
      const z = this.model.logits(this.model.unflatten(tf.tensor1d(params)), tf.tensor2d(points, [n * n, 2]))
      return (this.model.spec.outputs === 1 ? tf.sigmoid(z).reshape([-1]) : z.argMax(-1).toFloat()).dataSync() as Float32Array
    }).slice()
  }

  /** Predicted class and its probability for the first `count` held-out examples. */
  predictHeldOut(params: Float32Array, count: number): { label: number; predicted: number; confidence: number }[] {
    const n = Math.min(count, this.problem.test.count)
    const { probs, argmax } = tf.tidy(() => {
      const x = this.test.x.slice([0, 0], [n, -1])
      const z = this.model.logits(this.model.unflatten(tf.tensor1d(params)), x)
      const p = this.model.spec.outputs === 1 ? tf.sigmoid(z).reshape([-1]) : tf.softmax(z).max(-1)
      const a = this.model.spec.outputs === 1 ? z.greater(0).reshape([-1]).toInt() : z.argMax(-1)
      return { probs: p.dataSync().slice(), argmax: a.dataSync().slice() }
    })
    return Array.from({ length: n }, (_, i) => {
      const predicted = argmax[i]!
      const p = probs[i]!
      return { label: this.problem.test.labels[i]!, predicted, confidence: this.model.spec.outputs === 1 ? (predicted === 1 ? p : 1 - p) : p }
    })
  }

  dispose(): void {
    disposeData(this.train)
    disposeData(this.test)
  }
}
