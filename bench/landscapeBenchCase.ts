// Shared by the landscape benches (Node and Chromium): a trained model, two filter-normalized directions, and the
// three measurements the README quotes: a 51×51 grid batched vs one forward pass per point on the same backend, a
// 201×201 grid, and the Hessian's top eigenvalue by power iteration. The per-point path is timed on a sample of the
// grid's points (the same points a full grid would visit, evenly spread) and reported per point, because a whole
// 51×51 grid of single passes takes minutes on a software backend.
import * as tf from '@tensorflow/tfjs'
import { Trainer, dataTensors, disposeData, makeProblem, type DatasetName, type ModelKind } from '../src/tensor/models/index.ts'
import { computeLossGrid, lossAtPoint, lossesAt, planePoints, randomFilterNormalizedDirection, topHessianEigenvalue, type LandscapeInputs } from '../src/tensor/landscape/index.ts'
import { median } from './timing.ts'

export interface LandscapeBenchResult {
  readonly label: string
  readonly params: number
  readonly batchedMsPerPoint: number
  readonly perPointMsPerPoint: number
  readonly grid51Ms: number
  readonly grid201Ms?: number
  readonly powerMs: number
  readonly powerIterations: number
  readonly sharpness: number
  readonly worstDifference: number
  readonly batchSize: number
}

export async function landscapeBench(
  dataset: DatasetName,
  model: ModelKind,
  options: { samples?: number; rounds?: number; with201?: boolean } = {},
): Promise<LandscapeBenchResult> {
  const problem = makeProblem({ dataset, model, activation: 'tanh', dataSeed: 1 })
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

  await computeLossGrid(inputs, { resolution: 11 }) // warm-up: every kernel compiles on first use
  const grid = await computeLossGrid(inputs, { resolution: 51 })

  // Batched vs per point, interleaved round by round so that load on a shared machine hits both alike: each round
  // times one batched pass over B grid points and then one ordinary forward pass (with its read-back, as a per-point
  // grid must) for each of `samples` of those points. Medians over the rounds.
  const samples = Math.min(options.samples ?? 40, grid.batchSize)
  const c = tf.tensor1d(center), d1 = tf.tensor1d(inputs.d1), d2 = tf.tensor1d(inputs.d2)
  const b = grid.batchSize
  const alphas = Float32Array.from({ length: b }, (_, k) => grid.alphas[k % 51]!)
  const betas = Float32Array.from({ length: b }, (_, k) => grid.betas[Math.floor(k / 51) % 51]!)
  const batchedRound = () => {
    const out = tf.tidy(() => lossesAt(problem.model, data, planePoints(c, d1, d2, alphas, betas)))
    const v = out.dataSync().slice()
    out.dispose()
    return v
  }
  const pointLoss = (k: number) => {
    const loss = tf.tidy(() => lossAtPoint(problem.model, data, c.add(d1.mul(alphas[k]!)).add(d2.mul(betas[k]!)) as tf.Tensor1D))
    const v = loss.dataSync()[0]!
    loss.dispose()
    return v
  }
  batchedRound()
  pointLoss(0)
  const batchedMs: number[] = []
  const pointMs: number[] = []
  let worst = 0
  for (let round = 0; round < (options.rounds ?? 5); round++) {
    const t0 = performance.now()
    const values = batchedRound()
    batchedMs.push((performance.now() - t0) / b)
    const t1 = performance.now()
    for (let s = 0; s < samples; s++) {
      const k = Math.floor((s * b) / samples)
      const v = pointLoss(k)
      worst = Math.max(worst, Math.abs(v - values[k]!) / Math.max(1, Math.abs(v)))
    }
    pointMs.push((performance.now() - t1) / samples)
  }
  tf.dispose([c, d1, d2])

  const grid201 = options.with201 ? await computeLossGrid(inputs, { resolution: 201 }) : undefined
  await topHessianEigenvalue(problem.model, data, center, { iterations: 2 }) // warm-up
  const p0 = performance.now()
  const top = await topHessianEigenvalue(problem.model, data, center, { iterations: 100, tol: 1e-3 })
  const powerMs = performance.now() - p0
  disposeData(data)
  return {
    label: `${model} on ${dataset}`,
    params: problem.model.paramCount,
    batchedMsPerPoint: median(batchedMs),
    perPointMsPerPoint: median(pointMs),
    grid51Ms: grid.ms,
    grid201Ms: grid201?.ms,
    powerMs,
    powerIterations: top.iterations,
    sharpness: top.value,
    worstDifference: worst,
    batchSize: grid.batchSize,
  }
}

export function describeResult(backend: string, r: LandscapeBenchResult): string {
  return (
    `[landscape ${backend}] ${r.label} (${r.params} parameters): 51×51 grid batched (B = ${r.batchSize}) in ${(r.grid51Ms / 1000).toFixed(1)} s; ` +
    `interleaved: batched ${r.batchedMsPerPoint.toFixed(3)} ms/point, one pass per point ${r.perPointMsPerPoint.toFixed(2)} ms/point ` +
    `(a 51×51 grid ≈ ${((r.perPointMsPerPoint * 2601) / 1000).toFixed(1)} s); ratio per-point / batched = ` +
    `${(r.perPointMsPerPoint / r.batchedMsPerPoint).toFixed(1)}× (worst relative difference ${r.worstDifference.toExponential(1)})` +
    (r.grid201Ms !== undefined ? `; 201×201 ${(r.grid201Ms / 1000).toFixed(1)} s` : '') +
    `; Hessian top eigenvalue ${r.sharpness.toFixed(3)} in ${r.powerIterations} power iterations, ${r.powerMs.toFixed(0)} ms`
  )
}
