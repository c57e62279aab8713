// A 2D loss landscape L(θ* + α·d1 + β·d2) on an n×n grid of (α, β), evaluated B points per forward pass (by default
// with the first layer affine in (α, β), see planeEvaluator.ts; `method: 'stacked'` stacks whole parameter sets), coarse
// levels first (gridOrder), with progress, a time-left estimate and cancellation. Each chunk's values are read back
// with the asynchronous data(), so the page keeps drawing while the GPU works; all tensors of a chunk are freed before
// the next, so tf.memory() returns to its level after a grid or a cancel.
import * as tf from '@tensorflow/tfjs'
import type { DenseModel } from '../models/denseModel.ts'
import type { DataTensors } from '../models/problems.ts'
import { chooseBatchSize, lossesAt, planePoints } from './batchedLoss.ts'
import { PlaneEvaluator, choosePlaneBatchSize } from './planeEvaluator.ts'
import { gridOrder, type GridOrder } from './gridOrder.ts'

export const MIN_GRID = 11
export const MAX_GRID = 201
export const MIN_ADAPTIVE_BATCH = 32

export interface LandscapeInputs {
  readonly model: DenseModel
  readonly data: DataTensors
  /** θ*, the centre of the plane, flat [P]. */
  readonly center: Float32Array
  readonly d1: Float32Array
  readonly d2: Float32Array
}

export interface GridSpec {
  /** Points per side, 11 to 201 (51 by default). */
  readonly resolution?: number
  /** α and β both run over [−extent, extent] (1 by default, as in Li et al.'s plots)… */
  readonly extent?: number
  /** …unless given their own ranges (e.g. fitted around a trajectory in the PCA plane). */
  readonly alpha?: readonly [number, number]
  readonly beta?: readonly [number, number]
}

export interface GridProgress {
  readonly done: number
  readonly total: number
  /** Raw values; entries not yet computed are NaN. Row j (β) holds columns i (α): values[j·n + i]. */
  readonly values: Float32Array
  readonly order: GridOrder
  readonly elapsedMs: number
  /** Estimated milliseconds left, from the rate so far. */
  readonly etaMs: number
  readonly batchSize: number
}

export interface GridRunOptions {
  /** Fixed points per pass; by default chosen from the model size and memory, then adapted to targetChunkMs. */
  readonly batchSize?: number
  /**
   * Aim for chunks of about this many milliseconds (keeps frames coming); adapts B between MIN_ADAPTIVE_BATCH and the
   * memory bound. The floor matters on a GPU shared with the renderer: a read-back then also waits for frames being
   * drawn, and chasing the target down to B = 1 would make the grid crawl.
   */
  readonly targetChunkMs?: number
  readonly signal?: AbortSignal
  readonly onProgress?: (p: GridProgress) => void
  /** Awaited after every chunk (e.g. the next animation frame), so the page draws even where data() resolves at once (cpu). */
  readonly yieldToPage?: () => Promise<void>
  /**
   * 'plane' (default): the first layer as P0 + α·P1 + β·P2 precomputed once (PlaneEvaluator), the later layers stacked.
   * 'stacked': B whole parameter sets θ* + α·d1 + β·d2 through DenseModel.logitsBatched (the reference; for benches).
   */
  readonly method?: 'plane' | 'stacked'
}

export interface LossGrid {
  readonly resolution: number
  /** The α coordinates of the columns and the β coordinates of the rows. */
  readonly alphas: Float32Array
  readonly betas: Float32Array
  readonly values: Float32Array
  readonly min: number
  readonly max: number
  readonly ms: number
  readonly batchSize: number
}

export function checkGridSpec(spec: GridSpec): { n: number; alpha: readonly [number, number]; beta: readonly [number, number] } {
  const n = spec.resolution ?? 51
  const extent = spec.extent ?? 1
  if (!Number.isInteger(n) || n < MIN_GRID || n > MAX_GRID) throw new RangeError(`grid resolution must be an integer from ${MIN_GRID} to ${MAX_GRID}, got ${n}`)
  if (!(extent > 0 && extent <= 1000)) throw new RangeError(`grid extent must be in (0, 1000], got ${extent}`)
  const alpha = spec.alpha ?? [-extent, extent]
  const beta = spec.beta ?? [-extent, extent]
  for (const [name, [lo, hi]] of [['α', alpha], ['β', beta]] as const) {
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) throw new RangeError(`the ${name} range must be finite and increasing, got [${lo}, ${hi}]`)
  }
  return { n, alpha, beta }
}

export async function computeLossGrid(inputs: LandscapeInputs, spec: GridSpec = {}, run: GridRunOptions = {}): Promise<LossGrid> {
  const { n, alpha, beta } = checkGridSpec(spec)
  const { model, data } = inputs
  for (const [name, v] of [['center', inputs.center], ['d1', inputs.d1], ['d2', inputs.d2]] as const) {
    if (v.length !== model.paramCount) throw new RangeError(`${name} has ${v.length} entries, the model has ${model.paramCount} parameters`)
  }
  const method = run.method ?? 'plane'
  if (method !== 'plane' && method !== 'stacked') throw new RangeError(`method must be 'plane' or 'stacked', got '${String(method)}'`)
  const maxB = run.batchSize ?? (method === 'plane' ? choosePlaneBatchSize : chooseBatchSize)(model, data.x.shape[0])
  if (!Number.isInteger(maxB) || maxB < 1) throw new RangeError(`batchSize must be a positive integer, got ${maxB}`)
  const alphas = Float32Array.from({ length: n }, (_, i) => alpha[0] + ((alpha[1] - alpha[0]) * i) / (n - 1))
  const betas = Float32Array.from({ length: n }, (_, j) => beta[0] + ((beta[1] - beta[0]) * j) / (n - 1))
  const grid = gridOrder(n)
  const values = new Float32Array(n * n).fill(NaN)
  // Both ways own a few tensors for the whole grid, freed in the finally below (after the grid, an error or a cancel).
  const plane = method === 'plane' ? new PlaneEvaluator(model, data, inputs.center, [inputs.d1, inputs.d2]) : undefined
  const stacked = method === 'stacked' ? [tf.tensor1d(inputs.center), tf.tensor1d(inputs.d1), tf.tensor1d(inputs.d2)] as const : undefined
  const t0 = performance.now()
  const minB = Math.min(maxB, MIN_ADAPTIVE_BATCH)
  let b = run.targetChunkMs ? minB : maxB
  let lastYield = performance.now()
  let done = 0
  try {
    while (done < n * n) {
      run.signal?.throwIfAborted()
      const count = Math.min(b, n * n - done)
      const chunkAlphas = new Float32Array(count)
      const chunkBetas = new Float32Array(count)
      for (let k = 0; k < count; k++) {
        const flat = grid.order[done + k]!
        chunkAlphas[k] = alphas[flat % n]!
        chunkBetas[k] = betas[Math.floor(flat / n)]!
      }
      const c0 = performance.now()
      const losses = plane
        ? plane.losses(chunkAlphas, chunkBetas)
        : tf.tidy(() => lossesAt(model, data, planePoints(stacked![0], stacked![1], stacked![2], chunkAlphas, chunkBetas)))
      const chunk = (await losses.data()) as Float32Array
      losses.dispose()
      const chunkMs = performance.now() - c0
      for (let k = 0; k < count; k++) values[grid.order[done + k]!] = chunk[k]!
      done += count
      if (run.targetChunkMs && !run.batchSize) {
        // Grow or shrink B toward the target chunk time, at most ×2 per chunk so one slow chunk cannot swing it.
        const scaled = Math.round(b * Math.min(2, Math.max(0.5, run.targetChunkMs / Math.max(chunkMs, 1e-3))))
        b = Math.max(minB, Math.min(maxB, scaled))
      }
      const elapsedMs = performance.now() - t0
      run.onProgress?.({ done, total: n * n, values, order: grid, elapsedMs, etaMs: (elapsedMs / done) * (n * n - done), batchSize: b })
      // Give the page a frame at least every 50 ms (a yield per chunk would cost a frame's wait per chunk).
      if (run.yieldToPage && performance.now() - lastYield >= 50) {
        await run.yieldToPage()
        lastYield = performance.now()
      }
    }
  } finally {
    plane?.dispose()
    if (stacked) tf.dispose([...stacked])
  }
  let min = Infinity
  let max = -Infinity
  for (const v of values) {
    if (v < min) min = v
    if (v > max) max = v
  }
  return { resolution: n, alphas, betas, values, min, max, ms: performance.now() - t0, batchSize: maxB }
}
