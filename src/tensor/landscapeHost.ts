// The TF.js side of the landscape protocol: owns a LandscapeLab (data tensors on the first backend that works, webgl →
// wasm → cpu), runs one pipeline at a time, and answers in LandscapeEvents. The module worker (landscape.worker.ts)
// wraps it around postMessage; the main-thread fallback calls it directly. A run request cancels the run in flight
// and waits for it to unwind (its tensors freed) before it starts, so two runs never share the lab.
import * as tf from '@tensorflow/tfjs'
import type { BackendName, BackendOptions } from './backend.ts'
import { LandscapeLab } from './landscapeLab.ts'
import type { HostKind, LandscapeEvent, LandscapeRequest } from './landscapeProtocol.ts'
import { runLandscapePipeline, type PipelineEvent } from './landscapePipeline.ts'

export interface LandscapeHostOptions {
  readonly kind: HostKind
  readonly post: (event: LandscapeEvent) => void
  readonly yieldToPage: () => Promise<void>
  readonly backendOptions?: BackendOptions
  readonly backends?: readonly BackendName[]
}

export class LandscapeHost {
  private lab: LandscapeLab | null = null
  private labKey = ''
  private current: { runId: number; controller: AbortController; done: Promise<void> } | null = null

  constructor(private readonly options: LandscapeHostOptions) {}

  handle(request: LandscapeRequest): void {
    if (request.type === 'cancel') {
      if (this.current?.runId === request.runId) this.current.controller.abort()
      return
    }
    const previous = this.current
    previous?.controller.abort()
    const controller = new AbortController()
    const done = (async () => {
      await previous?.done
      await this.run(request, controller.signal)
    })()
    this.current = { runId: request.runId, controller, done }
    void done
      .finally(() => {
        if (this.current?.done === done) this.current = null
      })
      .catch(() => undefined)
  }

  /** Waits until no run is in flight (including runs requested while waiting). */
  async idle(): Promise<void> {
    while (this.current) await this.current.done.catch(() => undefined)
  }

  dispose(): void {
    this.current?.controller.abort()
    const last = this.current?.done ?? Promise.resolve()
    void last.finally(() => {
      this.lab?.dispose()
      this.lab = null
    })
  }

  private async run(request: Extract<LandscapeRequest, { type: 'run' }>, signal: AbortSignal): Promise<void> {
    const { runId } = request
    const post = (event: PipelineEvent) => this.options.post({ ...event, runId, liveTensors: tf.memory().numTensors } as LandscapeEvent)
    try {
      signal.throwIfAborted()
      post({ type: 'progress', phase: 'loading', message: 'loading TF.js…', progress: 0 })
      const backends = request.backends ?? this.options.backends ?? ['webgl', 'wasm', 'cpu']
      const key = JSON.stringify([request.config.problem, backends])
      if (!this.lab || this.labKey !== key) {
        this.lab?.dispose()
        this.lab = null
        this.lab = await LandscapeLab.open(request.config.problem, backends, this.options.backendOptions)
        this.labKey = key
      }
      post({ type: 'backend', backend: this.lab.backend, host: this.options.kind })
      signal.throwIfAborted()
      await runLandscapePipeline(this.lab, request.config, { signal, yieldToPage: this.options.yieldToPage, emit: post })
    } catch (e) {
      // Cancelled: the pipeline has unwound and freed its tensors (every chunk disposes in a finally).
      if (signal.aborted) post({ type: 'cancelled' })
      else post({ type: 'error', message: errorMessage(e) })
    }
  }
}

function errorMessage(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e)
  return text || 'the landscape computation failed without a message'
}
