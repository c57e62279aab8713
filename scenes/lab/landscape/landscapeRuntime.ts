// The landscape lab's pipeline, run off the render loop in chunks: load TF.js (its own chunk), train every chosen
// optimizer from one seeded initialisation, choose the plane (PCA of the paths around θ*, or two random
// filter-normalized directions), compute the loss grid progressively, then the curvature at θ* and the model's own
// picture. Results land in stores; the View and the Panel read them. A new configuration cancels the run in flight.
import type { OptimizerName } from '../../../src/math/optim/index.ts'
import { createStore, type Store } from '../../../src/state/store.ts'
import type { LandscapeLab, ProblemSpec, TrainRecord } from '../../../src/tensor/landscapeLab.ts'
import type { Dataset } from '../../../src/tensor/models/datasets2d.ts'
import { pcaDirections } from '../../../src/tensor/landscape/pcaDirections.ts'
import { projectOntoPlane } from '../../../src/tensor/landscape/projectOntoPlane.ts'
import { fillProgressive, type GridOrder } from '../../../src/tensor/landscape/gridOrder.ts'

export interface LandscapeConfig {
  readonly problem: ProblemSpec
  readonly seed: number
  readonly steps: number
  readonly optimizers: readonly { readonly name: OptimizerName; readonly lr: number }[]
  readonly reference: OptimizerName
  readonly directions: 'pca' | 'random'
  readonly directionSeed: number
  readonly resolution: number
  /** Fit α, β to the projected paths (with a margin), or use the ranges below. */
  readonly fit: boolean
  readonly alpha: readonly [number, number]
  readonly beta: readonly [number, number]
}

export type Phase = 'idle' | 'loading' | 'training' | 'grid' | 'curvature' | 'done' | 'error' | 'cancelled'

export interface LandscapeStatus {
  readonly phase: Phase
  readonly message: string
  /** Overall progress in [0, 1] and the estimated seconds left (NaN until there is a rate). */
  readonly progress: number
  readonly secondsLeft: number
  readonly backend: string
  readonly liveTensors: number
}

export interface Trail {
  readonly name: OptimizerName
  readonly records: readonly TrainRecord[]
  /** (α, β) of every recorded parameter set, flat [α0, β0, α1, β1, …]. */
  readonly coords: Float32Array
  readonly heldOut: { loss: number; accuracy: number }
}

export interface LandscapeResult {
  readonly trails: readonly Trail[]
  readonly explained: readonly [number, number] | null
  readonly alpha: readonly [number, number]
  readonly beta: readonly [number, number]
  readonly resolution: number
  /** The loss grid as computed so far, shown progressively (coarse values stand in for missing ones). */
  readonly values: Float32Array
  readonly complete: boolean
  readonly min: number
  readonly max: number
  readonly sharpness: number
  readonly curvature: readonly [number, number]
  readonly interpolation: { ts: Float32Array; losses: Float32Array } | null
  /** 2D sets: P(class 1) on a REGION_SIZE² lattice over the data's box; images: predictions of held-out samples. */
  readonly regions: Float32Array | null
  readonly regionBox: { xMin: number; xMax: number; yMin: number; yMax: number } | null
  readonly predictions: readonly { label: number; predicted: number; confidence: number }[]
  /** The training and held-out sets (plain arrays), for the model's picture. */
  readonly train: Dataset
  readonly test: Dataset
}

export const REGION_SIZE = 64
const IDLE: LandscapeStatus = { phase: 'idle', message: '', progress: 0, secondsLeft: NaN, backend: '', liveTensors: 0 }
// Shares of the overall progress bar: training, the grid, curvature and the model's picture.
const SHARE = { train: 0.3, grid: 0.62, curvature: 0.08 }

export class LandscapeRuntime {
  readonly status: Store<LandscapeStatus> = createStore<LandscapeStatus>(IDLE)
  readonly result: Store<LandscapeResult | null> = createStore<LandscapeResult | null>(null)
  /** Bumped when grid values change (the height texture re-uploads on it, without a React render). */
  readonly gridVersion: Store<number> = createStore(0)
  private controller: AbortController | null = null
  private lab: LandscapeLab | null = null
  private labKey = ''

  cancel(): void {
    this.controller?.abort()
    this.controller = null
  }

  /** The Cancel button: stops the run, frees its tensors, and says so; what was computed so far stays on screen. */
  cancelByUser(): void {
    if (!this.controller) return
    this.cancel()
    const s = this.status.get()
    this.status.set({ ...s, phase: 'cancelled', message: 'cancelled: press Run to compute again', secondsLeft: NaN, liveTensors: this.lab?.liveTensors() ?? 0 })
  }

  dispose(): void {
    this.cancel()
    this.lab?.dispose()
    this.lab = null
  }

  /** Runs the whole pipeline for `config`, cancelling any run in flight. Resolves when done, failed or cancelled. */
  async start(config: LandscapeConfig, yieldToPage: () => Promise<void>): Promise<void> {
    this.cancel()
    const controller = new AbortController()
    this.controller = controller
    const signal = controller.signal
    const t0 = performance.now()
    const report = (phase: Phase, message: string, progress: number) => {
      // A chunk that was in flight when the run was cancelled still reports; it must not overwrite "cancelled".
      if (signal.aborted) return
      const elapsed = (performance.now() - t0) / 1000
      const secondsLeft = progress > 0.02 ? (elapsed / progress) * (1 - progress) : NaN
      this.status.set({ phase, message, progress, secondsLeft, backend: this.lab?.backend ?? '', liveTensors: this.lab?.liveTensors() ?? 0 })
    }
    try {
      if (config.optimizers.length === 0) throw new Error('Tick “train” for at least one optimizer: the landscape is drawn around a trained θ*.')
      if (!config.optimizers.some((o) => o.name === config.reference)) {
        throw new Error(`θ* comes from ${config.reference}, which is not being trained: tick it, or choose another optimizer for θ*.`)
      }
      report('loading', 'loading TF.js…', 0)
      const key = JSON.stringify(config.problem)
      if (!this.lab || this.labKey !== key) {
        const { LandscapeLab } = await import('../../../src/tensor/landscapeLab.ts')
        signal.throwIfAborted()
        this.lab?.dispose()
        this.lab = null
        this.lab = await LandscapeLab.open(config.problem)
        this.labKey = key
      }
      const lab = this.lab
      signal.throwIfAborted()

      // 1. Train every optimizer from the same initial weights.
      const init = lab.init(config.seed)
      const runs: { name: OptimizerName; run: Awaited<ReturnType<LandscapeLab['trainOptimizer']>> }[] = []
      const totalSteps = config.steps * config.optimizers.length
      for (const [k, o] of config.optimizers.entries()) {
        const run = await lab.trainOptimizer(o.name, { lr: o.lr }, init, config.steps, {
          signal,
          yieldToPage,
          onStep: (done) => report('training', `training ${o.name}: step ${done} of ${config.steps}`, (SHARE.train * (k * config.steps + done)) / totalSteps),
        })
        runs.push({ name: o.name, run })
      }
      const trainedAt = performance.now()
      const center = runs.find((r) => r.name === config.reference)!.run.final

      // 2. The plane: PCA of every path around θ*, or two seeded random filter-normalized directions.
      const paths = runs.flatMap((r) => r.run.records.map((rec) => rec.params))
      let d1: Float32Array, d2: Float32Array
      let explained: readonly [number, number] | null = null
      if (config.directions === 'pca') {
        const pca = pcaDirections(paths, center)
        d1 = Float32Array.from(pca.directions[0])
        d2 = Float32Array.from(pca.directions[1])
        explained = pca.explained
      } else {
        d1 = lab.randomDirection(center, config.directionSeed)
        d2 = lab.randomDirection(center, config.directionSeed + 1)
      }
      const trails: Trail[] = runs.map((r) => ({
        name: r.name,
        records: r.run.records,
        coords: Float32Array.from(projectOntoPlane(r.run.records.map((rec) => rec.params), center, d1, d2).flat()),
        heldOut: r.run.heldOut,
      }))
      const { alpha, beta } = config.fit ? fitRanges(trails) : { alpha: config.alpha, beta: config.beta }

      // 3. The grid, coarse to fine; the surface shows each level as it completes.
      const n = config.resolution
      const shown = new Float32Array(n * n)
      let base: LandscapeResult = {
        trails, explained, alpha, beta, resolution: n, values: shown, complete: false, min: NaN, max: NaN,
        sharpness: NaN, curvature: [NaN, NaN], interpolation: null, regions: null, regionBox: null, predictions: [],
        train: lab.problem.train, test: lab.problem.test,
      }
      this.result.set(base)
      let lastShown = 0
      const grid = await lab.grid(center, d1, d2, { resolution: n, alpha, beta }, {
        signal,
        targetChunkMs: 50,
        yieldToPage,
        onProgress: (p) => {
          if (signal.aborted) return
          report('grid', `loss grid ${n}×${n}: ${p.done} of ${p.total} points (B = ${p.batchSize})`, SHARE.train + (SHARE.grid * p.done) / p.total)
          // Re-upload at most every 150 ms, and always when a level completes or the grid is done.
          const now = performance.now()
          if (now - lastShown < 150 && !p.order.levelEnds.includes(p.done)) return
          if (!p.order.levelEnds.some((end) => end <= p.done)) return
          lastShown = now
          this.showGrid(p.values, n, p.order, p.done, shown)
          const { min, max } = finiteRange(shown)
          base = { ...base, min, max }
          this.result.set(base)
          this.gridVersion.set((v) => v + 1)
        },
      })
      const gridMs = grid.ms
      shown.set(grid.values)
      base = { ...base, values: shown, complete: true, min: grid.min, max: grid.max }
      this.result.set(base)
      this.gridVersion.set((v) => v + 1)

      // 4. Curvature at θ*, the 1D interpolation from θ0, and the model's own picture.
      report('curvature', 'Hessian at θ*: power iteration on Hessian-vector products…', SHARE.train + SHARE.grid)
      await yieldToPage()
      const top = await lab.sharpness(center, signal)
      signal.throwIfAborted()
      const curvature: [number, number] = [await lab.curvatureAlong(center, d1), await lab.curvatureAlong(center, d2)]
      const interpolation = await lab.interpolate(init, center)
      signal.throwIfAborted()
      let regions: Float32Array | null = null
      let regionBox: LandscapeResult['regionBox'] = null
      let predictions: LandscapeResult['predictions'] = []
      if (lab.model.spec.inputs === 2) {
        regionBox = dataBox(lab.problem.train.x)
        regions = lab.decisionRegions(center, regionBox, REGION_SIZE)
      } else {
        predictions = lab.predictHeldOut(center, 20)
      }
      this.result.set({ ...base, sharpness: top.value, curvature, interpolation, regions, regionBox, predictions })
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
      report('done', `done in ${seconds(performance.now() - t0)}: training ${seconds(trainedAt - t0)}, ${n}×${n} grid ${seconds(gridMs)}`, 1)
    } catch (e) {
      if (signal.aborted) {
        // The run has unwound and freed its tensors: show the count the user can now check against the start.
        const s = this.status.get()
        if (s.phase === 'cancelled') this.status.set({ ...s, liveTensors: this.lab?.liveTensors() ?? 0 })
        return
      }
      this.status.set({ ...IDLE, phase: 'error', message: e instanceof Error ? e.message : String(e), backend: this.lab?.backend ?? '' })
    } finally {
      if (this.controller === controller) this.controller = null
    }
  }

  private showGrid(values: Float32Array, n: number, order: GridOrder, done: number, out: Float32Array): void {
    fillProgressive(values, n, order, done, out)
  }
}

/** α, β ranges that hold every projected path and θ* with a 15 % margin (at least ±0.1 around θ*). */
export function fitRanges(trails: readonly Trail[]): { alpha: [number, number]; beta: [number, number] } {
  let aMin = -0.1, aMax = 0.1, bMin = -0.1, bMax = 0.1
  for (const t of trails) {
    for (let k = 0; k < t.coords.length; k += 2) {
      aMin = Math.min(aMin, t.coords[k]!)
      aMax = Math.max(aMax, t.coords[k]!)
      bMin = Math.min(bMin, t.coords[k + 1]!)
      bMax = Math.max(bMax, t.coords[k + 1]!)
    }
  }
  const pad = (lo: number, hi: number): [number, number] => {
    const m = 0.15 * (hi - lo)
    return [round3(lo - m), round3(hi + m)]
  }
  return { alpha: pad(aMin, aMax), beta: pad(bMin, bMax) }
}

const round3 = (v: number) => Math.round(v * 1000) / 1000

function finiteRange(values: Float32Array): { min: number; max: number } {
  let min = Infinity, max = -Infinity
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    if (v < min) min = v
    if (v > max) max = v
  }
  return { min, max }
}

/** The 2D data's bounding box with a 10 % margin. */
function dataBox(x: ArrayLike<number>): { xMin: number; xMax: number; yMin: number; yMax: number } {
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity
  for (let i = 0; i < x.length; i += 2) {
    xMin = Math.min(xMin, x[i]!)
    xMax = Math.max(xMax, x[i]!)
    yMin = Math.min(yMin, x[i + 1]!)
    yMax = Math.max(yMax, x[i + 1]!)
  }
  const mx = 0.1 * (xMax - xMin), my = 0.1 * (yMax - yMin)
  return { xMin: xMin - mx, xMax: xMax + mx, yMin: yMin - my, yMax: yMax + my }
}
