// The page's side of the symbolic worker: one lane per expression input (a scene with f and g can compute both), at
// most one job per lane. A new job for a lane supersedes the running one: that worker is terminated (a JavaScript
// computation cannot be interrupted any other way) and its answer, if already on its way, is dropped by id. A lane
// keeps its idle worker for the next job, whose memo then already holds the sub-expressions typed before.
import type { SymbolicOutcome, SymbolicRequest, SymbolicResponse } from './symbolicProtocol.ts'

/** The part of Worker used here (tests pass a fake). */
export interface WorkerLike {
  postMessage(message: SymbolicRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<SymbolicResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

interface Lane {
  readonly worker: WorkerLike
  /** The job running on it, or null when idle. */
  job: { readonly id: number; readonly done: (outcome: SymbolicOutcome) => void } | null
}

export class SymbolicJobs {
  private readonly lanes = new Map<string, Lane>()
  private nextId = 1

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Differentiates `text` in `variables` off the thread; `done` is called once, unless the job is superseded or cancelled. */
  run(lane: string, text: string, variables: readonly string[], budget: number, done: (outcome: SymbolicOutcome) => void): void {
    this.cancel(lane)
    const current = this.lanes.get(lane) ?? this.open(lane)
    const id = this.nextId++
    current.job = { id, done }
    current.worker.postMessage({ id, text, variables, budget })
  }

  /** Abandons the lane's running job (its worker is terminated; `done` is never called). */
  cancel(lane: string): void {
    const current = this.lanes.get(lane)
    if (current?.job) {
      close(current)
      this.lanes.delete(lane)
    }
  }

  /** Whether a job is running on the lane. */
  busy(lane: string): boolean {
    return this.lanes.get(lane)?.job != null
  }

  /** Terminates every worker; the object stays usable (a later run opens new lanes). */
  dispose(): void {
    for (const lane of this.lanes.values()) close(lane)
    this.lanes.clear()
  }

  private open(name: string): Lane {
    const lane: Lane = { worker: this.spawn(), job: null }
    lane.worker.onmessage = (event) => {
      const job = lane.job
      // An answer to an older id belongs to a superseded job: drop it.
      if (job === null || event.data.id !== job.id) return
      lane.job = null
      const { id: _id, ...outcome } = event.data
      job.done(outcome)
    }
    lane.worker.onerror = (event) => {
      // The worker could not load or crashed (e.g. out of memory): report it at the input, start afresh next time.
      const job = lane.job
      close(lane)
      if (this.lanes.get(name) === lane) this.lanes.delete(name)
      job?.done({ ok: false, message: `the symbolic worker failed: ${event.message || 'unknown error'}`, budgetExceeded: false })
    }
    this.lanes.set(name, lane)
    return lane
  }
}

/** Terminates the lane's worker and forgets its job, so nothing it may still have sent is delivered. */
function close(lane: Lane): void {
  lane.worker.onmessage = null
  lane.worker.onerror = null
  lane.worker.terminate()
  lane.job = null
}
