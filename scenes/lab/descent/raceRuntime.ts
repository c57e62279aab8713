// The live race behind the lab: the Race (pure, deterministic, from src/math/optim), the play/pause state, and the
// fixed-step clock that turns frame time into whole steps. The 3D view drives it from its frame loop; the side panel
// (transport buttons, status, charts) reads it. Fast-changing data (trails, losses) stays in the Race's preallocated
// arrays; only the coarse summary (statuses, step counts) goes through a store React renders from.
import { Race, type RacerSpec, type RacerStatus } from '../../../src/math/optim/index.ts'
import { createStore, type Store } from '../../../src/state/store.ts'
import { FixedStepClock } from '../../../src/math/optim/fixedStepClock.ts'
import type { LabSurface } from './raceSurface.ts'

export interface RaceConfig {
  readonly surface: LabSurface
  readonly specs: readonly RacerSpec[]
  readonly start: readonly [number, number]
  readonly maxSteps: number
  readonly gradTol: number
}

export interface RacerSummary {
  readonly id: string
  readonly steps: number
  readonly status: RacerStatus
  readonly message: string
  readonly loss: number
}

export interface RaceSummary {
  readonly racers: readonly RacerSummary[]
  /** Why no race could be built (an invalid hyperparameter combination), or null. */
  readonly error: string | null
}

/** The side panel's text (status, step counts) refreshes at most this often while the race plays. */
export const SUMMARY_INTERVAL_MS = 100

export class RaceRuntime {
  readonly race: Store<Race | null> = createStore<Race | null>(null)
  readonly playing: Store<boolean> = createStore(false)
  readonly summary: Store<RaceSummary> = createStore<RaceSummary>({ racers: [], error: null })
  /** Incremented after every batch of steps and every rebuild; canvases redraw when it moves. */
  readonly version: Store<number> = createStore(0)
  private readonly clock = new FixedStepClock()
  private config: RaceConfig | null = null
  private lastSummaryMs = -Infinity

  /** Builds a fresh race (all racers at the start, step 0) for a new configuration. */
  configure(config: RaceConfig): void {
    this.config = config
    this.clock.reset()
    try {
      this.race.set(new Race(config.surface, config.specs, config.start, { maxSteps: config.maxSteps, gradTol: config.gradTol }))
      this.publish(null)
    } catch (error) {
      this.race.set(null)
      this.playing.set(false)
      this.publish(error instanceof Error ? error.message : String(error))
    }
  }

  play(): void {
    const race = this.race.get()
    if (!race) return
    if (!race.running) race.reset() // play after the finish starts over
    this.clock.reset()
    this.playing.set(true)
    this.publish(null)
  }

  pause(): void {
    if (!this.playing.get()) return
    this.playing.set(false)
    // The summary may be up to SUMMARY_INTERVAL_MS behind while playing: show the step the race stopped at.
    this.publish(null)
  }

  /** One optimizer step for every running racer (pauses first). */
  stepOnce(): void {
    this.pause()
    this.stepBy(1)
  }

  /** Back to step 0 at the start point, keeping the configuration. */
  reset(): void {
    this.pause()
    this.race.get()?.reset(this.config?.start)
    this.clock.reset()
    this.publish(null)
  }

  /** Takes `n` steps now (the step button, tests), and tells the panel at once. Returns the steps actually taken. */
  stepBy(n: number): number {
    return this.takeSteps(n, true)
  }

  /** Called once per rendered frame while playing: the fixed-step clock decides how many whole steps are due. */
  advance(dtSeconds: number, stepsPerSecond: number, maxStepsPerFrame: number): number {
    if (!this.playing.get()) return 0
    return this.takeSteps(this.clock.advance(dtSeconds, stepsPerSecond, maxStepsPerFrame), false)
  }

  /**
   * While playing, React hears about the steps at most every SUMMARY_INTERVAL_MS (a slow race takes one step in
   * most frames, and must not re-render the panel each time); a finish, or a step asked for outside play, at once.
   */
  private takeSteps(n: number, publishNow: boolean): number {
    const race = this.race.get()
    if (!race) return 0
    let taken = 0
    while (taken < n && race.running) {
      race.step()
      taken++
    }
    const finished = !race.running
    if (finished) this.playing.set(false)
    if (taken > 0) this.publish(null, finished || publishNow)
    return taken
  }

  private publish(error: string | null, force = true): void {
    this.version.set((v) => v + 1)
    const now = performance.now()
    if (!force && now - this.lastSummaryMs < SUMMARY_INTERVAL_MS) return
    this.lastSummaryMs = now
    const race = this.race.get()
    const racers = race
      ? race.racers.map((r) => ({ id: r.id, steps: r.steps, status: r.status, message: r.message, loss: r.loss[r.steps]! }))
      : []
    this.summary.set({ racers, error })
  }
}
