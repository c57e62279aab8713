// The landscape lab's runtime on the page: it sends the configuration to the TF.js host (a module Web Worker, or the
// main-thread fallback where workers or OffscreenCanvas are missing) and turns the host's events into stores that the
// View and the Panel read: status (phase, progress, time left, backend, live tensors), the training curves as they
// grow, and the result (trails, the grid as it fills, curvature, the model's picture). Only numbers cross; the
// rendering stays here. A new configuration cancels the run in flight.
import { createStore, type Store } from '../../../src/state/store.ts'
import type { BackendName } from '../../../src/tensor/backend.ts'
import { openLandscapeChannel, workerSupported, type LandscapeChannel } from '../../../src/tensor/landscapeChannel.ts'
import type { Dataset } from '../../../src/tensor/models/datasets2d.ts'
import type {
  Box, CurvePoint, HostKind, LandscapeConfig, LandscapeEvent, Phase, Prediction, TrailData,
} from '../../../src/tensor/landscapeProtocol.ts'
import type { OptimizerName } from '../../../src/math/optim/index.ts'

export { REGION_SIZE } from '../../../src/tensor/landscapeProtocol.ts'
export type { LandscapeConfig, Phase }
export type Trail = TrailData

export interface LandscapeStatus {
  readonly phase: Phase
  readonly message: string
  /** Overall progress in [0, 1] and the estimated seconds left (NaN until there is a rate). */
  readonly progress: number
  readonly secondsLeft: number
  readonly backend: string
  /** Where TF.js runs: in a worker, or on the main thread (the fallback). */
  readonly host: HostKind | ''
  /** tf.memory().numTensors in the host's TF.js engine. */
  readonly liveTensors: number
}

export interface TrainingCurve {
  readonly name: OptimizerName
  readonly records: readonly CurvePoint[]
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
  readonly regionBox: Box | null
  readonly predictions: readonly Prediction[]
  /** The training and held-out sets (plain arrays), for the model's picture. */
  readonly train: Dataset
  readonly test: Dataset
}

export interface RuntimeOptions {
  /** Where TF.js runs; the worker wherever this browser supports it. */
  readonly host?: HostKind
  /** Backends to try in order (webgl → wasm → cpu by default). */
  readonly backends?: readonly BackendName[]
}

const IDLE: LandscapeStatus = { phase: 'idle', message: '', progress: 0, secondsLeft: NaN, backend: '', host: '', liveTensors: 0 }

export class LandscapeRuntime {
  readonly status: Store<LandscapeStatus> = createStore<LandscapeStatus>(IDLE)
  readonly result: Store<LandscapeResult | null> = createStore<LandscapeResult | null>(null)
  /** Training curves of the run in flight, one per optimizer, as they grow. */
  readonly curves: Store<readonly TrainingCurve[]> = createStore<readonly TrainingCurve[]>([])
  /** Bumped when grid values change (the height texture re-uploads on it, without a React render). */
  readonly gridVersion: Store<number> = createStore(0)
  private channel: LandscapeChannel | null = null
  private hostKind: HostKind
  private runId = 0
  private running = false
  private t0 = 0
  /** Settles each run's start() promise when its run ends (done, error or unwound after a cancel). */
  private readonly settle = new Map<number, () => void>()

  constructor(private readonly options: RuntimeOptions = {}) {
    this.hostKind = options.host ?? (workerSupported() ? 'worker' : 'main thread')
  }

  /** Stops the run in flight; its tensors are freed in the host, which then reports the live count. */
  cancel(): void {
    if (!this.running) return
    this.running = false
    this.channel?.send({ type: 'cancel', runId: this.runId })
  }

  /** The Cancel button: stops the run, frees its tensors, and says so; what was computed so far stays on screen. */
  cancelByUser(): void {
    if (!this.running) return
    this.cancel()
    this.status.set({ ...this.status.get(), phase: 'cancelled', message: 'cancelled: press Run to compute again', secondsLeft: NaN })
  }

  dispose(): void {
    this.running = false
    this.channel?.dispose()
    this.channel = null
    for (const done of this.settle.values()) done()
    this.settle.clear()
  }

  /** Runs the whole pipeline for `config`, cancelling any run in flight. Resolves when done, failed or cancelled. */
  start(config: LandscapeConfig): Promise<void> {
    this.cancel()
    const runId = ++this.runId
    this.running = true
    this.t0 = performance.now()
    this.curves.set([])
    const s = this.status.get()
    this.status.set({ ...IDLE, phase: 'loading', message: 'loading TF.js…', backend: s.backend, host: s.host, liveTensors: s.liveTensors })
    const channel = (this.channel ??= openLandscapeChannel({ onEvent: (e) => this.onEvent(e), onFailure: (m) => this.onFailure(m) }, this.hostKind))
    const settled = new Promise<void>((resolve) => this.settle.set(runId, resolve))
    channel.send({ type: 'run', runId, config, ...(this.options.backends ? { backends: this.options.backends } : {}) })
    return settled
  }

  private finish(runId: number): void {
    this.settle.get(runId)?.()
    this.settle.delete(runId)
    if (runId === this.runId) this.running = false
  }

  private onFailure(message: string): void {
    // The host itself is gone (e.g. the worker script failed to load): say so, and let Run try the main thread.
    this.channel?.dispose()
    this.channel = null
    const wasWorker = this.hostKind === 'worker'
    this.hostKind = 'main thread'
    this.status.set({ ...IDLE, phase: 'error', message: wasWorker ? `${message}. Press Run to compute on the main thread instead.` : message })
    for (const id of [...this.settle.keys()]) this.finish(id)
  }

  private onEvent(e: LandscapeEvent): void {
    const current = e.runId === this.runId
    if (e.type === 'cancelled') {
      // The cancelled run has unwound: show the count the user can now check against the start.
      const s = this.status.get()
      if (current || s.phase === 'cancelled') this.status.set({ ...s, liveTensors: e.liveTensors })
      this.finish(e.runId)
      return
    }
    if (!current || !this.running) {
      if (e.type === 'done' || e.type === 'error') this.finish(e.runId)
      return
    }
    const s = this.status.get()
    switch (e.type) {
      case 'backend':
        this.status.set({ ...s, backend: e.backend, host: e.host, liveTensors: e.liveTensors })
        return
      case 'progress': {
        const elapsed = (performance.now() - this.t0) / 1000
        const secondsLeft = e.progress > 0.02 ? (elapsed / e.progress) * (1 - e.progress) : NaN
        this.status.set({ ...s, phase: e.phase, message: e.message, progress: e.progress, secondsLeft, liveTensors: e.liveTensors })
        return
      }
      case 'curve': {
        const curves = this.curves.get().slice()
        curves[e.index] = { name: e.name, records: e.records }
        this.curves.set(curves)
        return
      }
      case 'plane':
        this.result.set({
          trails: e.trails, explained: e.explained, alpha: e.alpha, beta: e.beta, resolution: e.resolution,
          values: new Float32Array(e.resolution * e.resolution), complete: false, min: NaN, max: NaN,
          sharpness: NaN, curvature: [NaN, NaN], interpolation: null, regions: null, regionBox: null, predictions: [],
          train: e.train, test: e.test,
        })
        this.gridVersion.set((v) => v + 1)
        return
      case 'grid': {
        const r = this.result.get()
        if (!r) return
        this.result.set({ ...r, values: e.values, min: e.min, max: e.max, complete: e.complete })
        this.gridVersion.set((v) => v + 1)
        return
      }
      case 'picture': {
        const r = this.result.get()
        if (!r) return
        const { sharpness, curvature, interpolation, regions, regionBox, predictions } = e
        this.result.set({ ...r, sharpness, curvature, interpolation, regions, regionBox, predictions })
        return
      }
      case 'done':
        this.status.set({ ...s, phase: 'done', message: e.message, progress: 1, secondsLeft: NaN, liveTensors: e.liveTensors })
        this.finish(e.runId)
        return
      case 'error':
        this.status.set({ ...IDLE, phase: 'error', message: e.message, backend: s.backend, host: s.host, liveTensors: e.liveTensors })
        this.finish(e.runId)
        return
    }
  }
}
