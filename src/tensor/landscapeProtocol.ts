// The messages between the landscape scene (main thread) and the TF.js host that computes it (a module Web Worker,
// or the same host on the main thread where workers are missing). Only plain numbers cross: configurations in, and
// progress, curves, trails and grid values out, the Float32Arrays transferred rather than copied. No tfjs here.
import type { OptimizerName } from '../math/optim/index.ts'
import type { BackendName } from './backend.ts'
import type { Dataset } from './models/datasets2d.ts'
import type { ProblemSpec } from './models/problems.ts'

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

/** One recorded training step (the flat parameters stay in the host: only their projection crosses). */
export interface CurvePoint {
  readonly step: number
  readonly loss: number
  readonly accuracy: number
}

export interface TrailData {
  readonly name: OptimizerName
  readonly records: readonly CurvePoint[]
  /** (α, β) of every recorded parameter set, flat [α0, β0, α1, β1, …]. */
  readonly coords: Float32Array
  readonly heldOut: { loss: number; accuracy: number }
}

export type Box = { xMin: number; xMax: number; yMin: number; yMax: number }
export type Prediction = { label: number; predicted: number; confidence: number }

/** Scene → host. A new `run` cancels the one in flight; `cancel` stops run `runId` and frees its tensors. */
export type LandscapeRequest =
  | { readonly type: 'run'; readonly runId: number; readonly config: LandscapeConfig; readonly backends?: readonly BackendName[] }
  | { readonly type: 'cancel'; readonly runId: number }

/** Host → scene. Every event names its run; `liveTensors` is tf.memory().numTensors in the host after the event. */
export type LandscapeEvent = { readonly runId: number; readonly liveTensors: number } & (
  | { readonly type: 'backend'; readonly backend: string; readonly host: HostKind }
  | { readonly type: 'progress'; readonly phase: Phase; readonly message: string; readonly progress: number }
  /** Training curves so far of optimizer `index` (sent while it trains, at most every 150 ms). */
  | { readonly type: 'curve'; readonly index: number; readonly name: OptimizerName; readonly records: readonly CurvePoint[] }
  | {
      readonly type: 'plane'
      readonly trails: readonly TrailData[]
      readonly explained: readonly [number, number] | null
      readonly alpha: readonly [number, number]
      readonly beta: readonly [number, number]
      readonly resolution: number
      readonly train: Dataset
      readonly test: Dataset
    }
  /** The grid as computed so far (coarse values stand in for missing ones), or the finished grid when `complete`. */
  | { readonly type: 'grid'; readonly values: Float32Array; readonly min: number; readonly max: number; readonly complete: boolean }
  | {
      readonly type: 'picture'
      readonly sharpness: number
      readonly curvature: readonly [number, number]
      readonly interpolation: { ts: Float32Array; losses: Float32Array }
      readonly regions: Float32Array | null
      readonly regionBox: Box | null
      readonly predictions: readonly Prediction[]
    }
  | { readonly type: 'done'; readonly message: string }
  | { readonly type: 'error'; readonly message: string }
  /** Run `runId` has unwound after a cancel and freed its tensors. */
  | { readonly type: 'cancelled' }
)

export type HostKind = 'worker' | 'main thread'

/** The side of the decision-region lattice (REGION_SIZE² cells over the data's box). */
export const REGION_SIZE = 64

/** The Float32Array buffers of an event, to transfer instead of copy. */
export function transferablesOf(event: LandscapeEvent): ArrayBuffer[] {
  const out: ArrayBuffer[] = []
  const add = (a: Float32Array | null | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer && !out.includes(a.buffer)) out.push(a.buffer)
  }
  if (event.type === 'grid') add(event.values)
  if (event.type === 'plane') for (const t of event.trails) add(t.coords)
  if (event.type === 'picture') {
    add(event.interpolation.ts)
    add(event.interpolation.losses)
    add(event.regions)
  }
  return out
}

/** The sentence for θ* taken from an optimizer that is not trained: the scene's rule and the pipeline's check say it alike. */
export function untrainedReferenceMessage(reference: string): string {
  return `θ* comes from ${reference}, which is not being trained: tick it, or choose another optimizer for θ*`
}
