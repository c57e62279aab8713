// The landscape lab's pipeline on an open LandscapeLab: train every chosen optimizer from one seeded initialisation,
// choose the plane (PCA of the paths around θ*, or two random filter-normalized directions), compute the loss grid
// progressively, then the curvature at θ*, the 1D interpolation and the model's own picture. It speaks only in
// protocol events (numbers), so the same code runs in the worker and, as a fallback, on the main thread.
import type { OptimizerName } from '../math/optim/index.ts'
import type { LandscapeLab, TrainRun } from './landscapeLab.ts'
import { pcaDirections } from './landscape/pcaDirections.ts'
import { projectOntoPlane } from './landscape/projectOntoPlane.ts'
import { fillProgressive } from './landscape/gridOrder.ts'
import { REGION_SIZE, untrainedReferenceMessage, type Box, type CurvePoint, type LandscapeConfig, type LandscapeEvent, type Phase, type TrailData } from './landscapeProtocol.ts'

/** An event without its run id and tensor count (the host adds them). */
export type PipelineEvent = LandscapeEvent extends infer E ? (E extends LandscapeEvent ? Omit<E, 'runId' | 'liveTensors'> : never) : never

export interface PipelineRun {
  readonly signal: AbortSignal
  /** Between chunks of work: lets cancel messages in (worker) or frames be drawn (main thread). */
  readonly yieldToPage: () => Promise<void>
  readonly emit: (event: PipelineEvent) => void
  /** Target milliseconds per grid chunk (50 by default). */
  readonly targetChunkMs?: number
}

// Shares of the overall progress bar: training, the grid, curvature and the model's picture.
const SHARE = { train: 0.3, grid: 0.62, curvature: 0.08 }
/** Grid values and training curves are sent at most this often (and whenever a grid level completes). */
const SEND_EVERY_MS = 150

export async function runLandscapePipeline(lab: LandscapeLab, config: LandscapeConfig, run: PipelineRun): Promise<void> {
  const { signal, emit } = run
  const t0 = performance.now()
  const progress = (phase: Phase, message: string, fraction: number) => emit({ type: 'progress', phase, message, progress: fraction })
  if (config.optimizers.length === 0) throw new Error('Tick “train” for at least one optimizer: the landscape is drawn around a trained θ*.')
  if (!config.optimizers.some((o) => o.name === config.reference)) {
    throw new Error(`${untrainedReferenceMessage(config.reference)}.`)
  }

  // 1. Train every optimizer from the same initial weights; the curves go out as they grow.
  const init = lab.init(config.seed)
  const runs: { name: OptimizerName; run: TrainRun }[] = []
  const totalSteps = config.steps * config.optimizers.length
  for (const [k, o] of config.optimizers.entries()) {
    let lastCurve = -Infinity
    const result = await lab.trainOptimizer(o.name, { lr: o.lr }, init, config.steps, {
      signal,
      yieldToPage: run.yieldToPage,
      onStep: (done, records) => {
        progress('training', `training ${o.name}: step ${done} of ${config.steps}`, (SHARE.train * (k * config.steps + done)) / totalSteps)
        const now = performance.now()
        if (now - lastCurve < SEND_EVERY_MS && done < config.steps) return
        lastCurve = now
        emit({ type: 'curve', index: k, name: o.name, records: records.map(curvePoint) })
      },
    })
    runs.push({ name: o.name, run: result })
  }
  const trainedAt = performance.now()
  const center = runs.find((r) => r.name === config.reference)!.run.final

  // 2. The plane: PCA of every path around θ*, or two seeded random filter-normalized directions.
  let d1: Float32Array, d2: Float32Array
  let explained: readonly [number, number] | null = null
  if (config.directions === 'pca') {
    const pca = pcaDirections(runs.flatMap((r) => r.run.records.map((rec) => rec.params)), center)
    d1 = Float32Array.from(pca.directions[0])
    d2 = Float32Array.from(pca.directions[1])
    explained = pca.explained
  } else {
    d1 = lab.randomDirection(center, config.directionSeed)
    d2 = lab.randomDirection(center, config.directionSeed + 1)
  }
  const trails: TrailData[] = runs.map((r) => ({
    name: r.name,
    records: r.run.records.map(curvePoint),
    coords: Float32Array.from(projectOntoPlane(r.run.records.map((rec) => rec.params), center, d1, d2).flat()),
    heldOut: r.run.heldOut,
  }))
  const { alpha, beta } = config.fit ? fitRanges(trails) : { alpha: config.alpha, beta: config.beta }
  const n = config.resolution
  emit({ type: 'plane', trails, explained, alpha, beta, resolution: n, train: lab.problem.train, test: lab.problem.test })

  // 3. The grid, coarse to fine; each completed level (and at most every 150 ms, the progress so far) goes out.
  const shown = new Float32Array(n * n)
  let lastShown = -Infinity
  const grid = await lab.grid(center, d1, d2, { resolution: n, alpha, beta }, {
    signal,
    targetChunkMs: run.targetChunkMs ?? 50,
    yieldToPage: run.yieldToPage,
    onProgress: (p) => {
      if (signal.aborted) return
      progress('grid', `loss grid ${n}×${n}: ${p.done} of ${p.total} points (B = ${p.batchSize})`, SHARE.train + (SHARE.grid * p.done) / p.total)
      const now = performance.now()
      const levelDone = p.order.levelEnds.includes(p.done)
      if (now - lastShown < SEND_EVERY_MS && !levelDone) return
      if (!p.order.levelEnds.some((end) => end <= p.done)) return
      lastShown = now
      fillProgressive(p.values, n, p.order, p.done, shown)
      const { min, max } = finiteRange(shown)
      emit({ type: 'grid', values: shown.slice(), min, max, complete: false })
    },
  })
  emit({ type: 'grid', values: grid.values.slice(), min: grid.min, max: grid.max, complete: true })

  // 4. Curvature at θ*, the 1D interpolation from θ0, and the model's own picture.
  progress('curvature', 'Hessian at θ*: power iteration on Hessian-vector products…', SHARE.train + SHARE.grid)
  await run.yieldToPage()
  const top = await lab.sharpness(center, signal)
  signal.throwIfAborted()
  const curvature: [number, number] = [await lab.curvatureAlong(center, d1), await lab.curvatureAlong(center, d2)]
  const interpolation = await lab.interpolate(init, center)
  signal.throwIfAborted()
  const twoD = lab.model.spec.inputs === 2
  const regionBox = twoD ? dataBox(lab.problem.train.x) : null
  emit({
    type: 'picture',
    sharpness: top.value,
    curvature,
    interpolation: { ts: Float32Array.from(interpolation.ts), losses: Float32Array.from(interpolation.losses) },
    regions: regionBox ? lab.decisionRegions(center, regionBox, REGION_SIZE) : null,
    regionBox,
    predictions: twoD ? [] : lab.predictHeldOut(center, 20),
  })
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  emit({ type: 'done', message: `done in ${seconds(performance.now() - t0)}: training ${seconds(trainedAt - t0)}, ${n}×${n} grid ${seconds(grid.ms)}` })
}

const curvePoint = (r: CurvePoint): CurvePoint => ({ step: r.step, loss: r.loss, accuracy: r.accuracy })

/** α, β ranges that hold every projected path and θ* with a 15 % margin (at least ±0.1 around θ*). */
export function fitRanges(trails: readonly Pick<TrailData, 'coords'>[]): { alpha: [number, number]; beta: [number, number] } {
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

export function finiteRange(values: Float32Array): { min: number; max: number } {
  let min = Infinity, max = -Infinity
  for (const v of values) {
    if (!Number.isFinite(v)) continue
    if (v < min) min = v
    if (v > max) max = v
  }
  return { min, max }
}

/** The 2D data's bounding box with a 10 % margin. */
function dataBox(x: ArrayLike<number>): Box {
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
