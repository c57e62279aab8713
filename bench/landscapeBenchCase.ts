// Shared by the landscape benches (Node and Chromium): a briefly trained model, two filter-normalized directions, and
// the measurements the README quotes, all on one backend:
//  - interleaved, round by round: one ordinary forward pass per point (the baseline a per-point grid would run, with
//    its read-back), the stacked batched pass (B whole parameter sets through DenseModel.logitsBatched) and the
//    affine-plane batched pass (PlaneEvaluator: first layer P0 + α·P1 + β·P2 precomputed), in ms per grid point;
//  - whole 51×51 grids (plane, and stacked where it takes less than a minute), optionally a 201×201 plane grid;
//  - the Hessian's top eigenvalue by power iteration.
// The per-point pass is timed on a sample of grid points (a whole 51×51 grid of single passes takes minutes on a
// software backend) and reported per point.
import * as tf from '@tensorflow/tfjs'
import { Trainer, dataTensors, disposeData, makeProblem, type DatasetName, type ModelKind } from '../src/tensor/models/index.ts'
import {
  PlaneEvaluator, chooseBatchSize, choosePlaneBatchSize, computeLossGrid, lossAtPoint, lossesAt, planePoints,
  randomFilterNormalizedDirection, topHessianEigenvalue, type LandscapeInputs,
} from '../src/tensor/landscape/index.ts'
import type { Activation } from '../src/tensor/models/denseModel.ts'
import { median } from './timing.ts'

export interface LandscapeBenchOptions {
  /** tanh by default (the scene's default); its per-activation cost is the same in all three passes. */
  readonly activation?: Activation
  /** Points of the per-point pass per round. */
  readonly samples?: number
  readonly rounds?: number
  /** Time a whole 51×51 grid with the stacked pass too (skip where it takes minutes). */
  readonly stackedGrid?: boolean
  readonly with201?: boolean
}

export interface LandscapeBenchResult {
  readonly label: string
  readonly params: number
  readonly perPointMs: number
  readonly stackedMsPerPoint: number
  readonly planeMsPerPoint: number
  readonly stackedBatch: number
  readonly planeBatch: number
  /** Building P0, P1, P2 (once per grid). */
  readonly planeSetupMs: number
  readonly grid51PlaneMs: number
  readonly grid51StackedMs?: number
  readonly grid201PlaneMs?: number
  readonly powerMs: number
  readonly powerIterations: number
  readonly sharpness: number
  /** Largest relative difference of either batched pass from the per-point pass on the sampled points. */
  readonly worstDifference: number
  readonly totalMs: number
}

export async function landscapeBench(dataset: DatasetName, model: ModelKind, options: LandscapeBenchOptions = {}): Promise<LandscapeBenchResult> {
  const start = performance.now()
  const activation = options.activation ?? 'tanh'
  const problem = makeProblem({ dataset, model, activation, dataSeed: 1 })
  const data = dataTensors(problem.train, problem.model)
  const trainer = new Trainer(problem.model, data, 'adam', { lr: dataset === 'fashion' ? 0.01 : 0.05 }, problem.model.init(1), 50)
  trainer.step(dataset === 'fashion' ? 20 : 50)
  const center = trainer.flatParams()
  trainer.dispose()
  const weights = tf.tidy(() => problem.model.unflatten(tf.tensor1d(center)))
  const inputs: LandscapeInputs = {
    model: problem.model,
    data,
    center,
    d1: randomFilterNormalizedDirection(weights, 1),
    d2: randomFilterNormalizedDirection(weights, 2),
  }
  tf.dispose(weights)
  const n = data.x.shape[0]

  // Warm-up: every kernel compiles (webgl) or allocates on first use (the stacked pass warms up below, a whole stacked
  // 11×11 grid of the image model takes half a minute on the cpu backend).
  await computeLossGrid(inputs, { resolution: 11 })
  if (options.stackedGrid) await computeLossGrid(inputs, { resolution: 11 }, { method: 'stacked' })

  // The same grid points for all three passes: the first B points of a 51×51 grid over [−1, 1]², row by row.
  const stackedBatch = chooseBatchSize(problem.model, n)
  const planeBatch = choosePlaneBatchSize(problem.model, n)
  const pointsFor = (count: number) => ({
    alphas: Float32Array.from({ length: count }, (_, k) => -1 + (2 * (k % 51)) / 50),
    betas: Float32Array.from({ length: count }, (_, k) => -1 + (2 * (Math.floor(k / 51) % 51)) / 50),
  })
  const sp = pointsFor(stackedBatch)
  const pp = pointsFor(planeBatch)
  const c = tf.tensor1d(center), d1 = tf.tensor1d(inputs.d1), d2 = tf.tensor1d(inputs.d2)
  const s0 = performance.now()
  const plane = new PlaneEvaluator(problem.model, data, center, [inputs.d1, inputs.d2])
  await plane.losses(Float32Array.of(0), Float32Array.of(0)).data() // the setup's work is done once this has run
  const planeSetupMs = performance.now() - s0
  const read = (t: tf.Tensor) => {
    const v = t.dataSync().slice() as Float32Array
    t.dispose()
    return v
  }
  const passes = {
    stacked: () => read(tf.tidy(() => lossesAt(problem.model, data, planePoints(c, d1, d2, sp.alphas, sp.betas)))),
    plane: () => read(plane.losses(pp.alphas, pp.betas)),
  }
  // An ordinary forward pass at θ* + α·d1 + β·d2 and its read-back: what a grid without batching does per point.
  const pointLoss = (k: number) =>
    read(tf.tidy(() => lossAtPoint(problem.model, data, c.add(d1.mul(sp.alphas[k]!)).add(d2.mul(sp.betas[k]!)) as tf.Tensor1D)))[0]!
  passes.stacked()
  passes.plane()
  pointLoss(0)

  const samples = Math.min(options.samples ?? 40, stackedBatch, planeBatch)
  const ms = { point: [] as number[], stacked: [] as number[], plane: [] as number[] }
  let worst = 0
  const rounds = options.rounds ?? 5
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so that neither pass always runs first after the other's garbage.
    const order = (['point', 'stacked', 'plane'] as const).map((_, i, all) => all[(i + round) % 3]!)
    const got: { stacked?: Float32Array; plane?: Float32Array; point?: Float32Array } = {}
    for (const which of order) {
      const t0 = performance.now()
      if (which === 'point') {
        const v = new Float32Array(samples)
        for (let s = 0; s < samples; s++) v[s] = pointLoss(Math.floor((s * Math.min(stackedBatch, planeBatch)) / samples))
        got.point = v
        ms.point.push((performance.now() - t0) / samples)
      } else {
        got[which] = passes[which]()
        ms[which].push((performance.now() - t0) / (which === 'plane' ? planeBatch : stackedBatch))
      }
    }
    for (let s = 0; s < samples; s++) {
      const k = Math.floor((s * Math.min(stackedBatch, planeBatch)) / samples)
      const ref = got.point![s]!
      for (const v of [got.stacked![k]!, got.plane![k]!]) worst = Math.max(worst, Math.abs(v - ref) / Math.max(1, Math.abs(ref)))
    }
  }
  plane.dispose()
  tf.dispose([c, d1, d2])

  const grid51 = await computeLossGrid(inputs, { resolution: 51 })
  const grid51Stacked = options.stackedGrid ? await computeLossGrid(inputs, { resolution: 51 }, { method: 'stacked' }) : undefined
  const grid201 = options.with201 ? await computeLossGrid(inputs, { resolution: 201 }) : undefined
  await topHessianEigenvalue(problem.model, data, center, { iterations: 2 }) // warm-up
  const p0 = performance.now()
  const top = await topHessianEigenvalue(problem.model, data, center, { iterations: 100, tol: 1e-3 })
  const powerMs = performance.now() - p0
  disposeData(data)
  return {
    label: `${model} (${activation}) on ${dataset}`,
    params: problem.model.paramCount,
    perPointMs: median(ms.point),
    stackedMsPerPoint: median(ms.stacked),
    planeMsPerPoint: median(ms.plane),
    stackedBatch,
    planeBatch,
    planeSetupMs,
    grid51PlaneMs: grid51.ms,
    grid51StackedMs: grid51Stacked?.ms,
    grid201PlaneMs: grid201?.ms,
    powerMs,
    powerIterations: top.iterations,
    sharpness: top.value,
    worstDifference: worst,
    totalMs: performance.now() - start,
  }
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export function describeResult(backend: string, r: LandscapeBenchResult): string {
  const ratio = (x: number) => `${(r.perPointMs / x).toFixed(1)}×`
  return (
    `[landscape ${backend}] ${r.label} (${r.params} parameters), ms per grid point, interleaved: ` +
    `one pass per point ${r.perPointMs.toFixed(3)}; stacked batched (B = ${r.stackedBatch}) ${r.stackedMsPerPoint.toFixed(3)} = ${ratio(r.stackedMsPerPoint)}; ` +
    `affine plane (B = ${r.planeBatch}) ${r.planeMsPerPoint.toFixed(3)} = ${ratio(r.planeMsPerPoint)} vs per point ` +
    `(+ ${r.planeSetupMs.toFixed(0)} ms once per grid for P0, P1, P2; worst relative difference ${r.worstDifference.toExponential(1)}). ` +
    `51×51 grid: plane ${s(r.grid51PlaneMs)}` +
    (r.grid51StackedMs !== undefined ? `, stacked ${s(r.grid51StackedMs)}` : '') +
    `, one pass per point ≈ ${s(r.perPointMs * 2601)} (from the rate above)` +
    (r.grid201PlaneMs !== undefined ? `; 201×201 plane ${s(r.grid201PlaneMs)}` : '') +
    `; Hessian top eigenvalue ${r.sharpness.toFixed(3)} in ${r.powerIterations} power iterations, ${r.powerMs.toFixed(0)} ms` +
    `; this case took ${s(r.totalMs)}`
  )
}
