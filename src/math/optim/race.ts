// A deterministic race of several optimizers on one surface. The simulation advances in whole steps (never by frame time),
// so a recording or a test gives the same trails every run; the UI decides how many steps to take per frame.
// Everything a frame reads (trails, losses) is preallocated: stepping allocates nothing.
import type { Optimizer, OptimizerName, OptimizerOptions } from './types.ts'
import { createOptimizer } from './createOptimizer.ts'

export interface RaceSurface {
  /** f(x, y) in float64. */
  readonly f: (x: number, y: number) => number
  /** Writes ∇f(x, y) into out[0], out[1]. */
  readonly grad: (x: number, y: number, out: Float64Array) => void
  readonly domain: { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number }
  readonly minima: readonly (readonly [number, number])[]
}

export interface RacerSpec {
  readonly id: string
  readonly optimizer: OptimizerName
  readonly options: OptimizerOptions
}

export type RacerStatus = 'running' | 'converged' | 'diverged' | 'max-steps'

export interface Racer {
  readonly id: string
  readonly optimizer: Optimizer
  readonly theta: Float64Array
  /** θ after each step: trail[2k], trail[2k+1] for k = 0..steps (k = 0 is the start). */
  readonly trail: Float64Array
  /** f after each step, same indexing as trail. */
  readonly loss: Float64Array
  /** Distance to the nearest known minimum after each step (NaN when the surface lists none). */
  readonly distance: Float64Array
  steps: number
  status: RacerStatus
  /** Human-readable reason when not running, e.g. "diverged at step 12 (θ left the domain)". */
  message: string
}

export interface RaceOptions {
  readonly maxSteps: number
  /** Stop a racer when |∇f| falls below this. */
  readonly gradTol: number
  /** A racer farther than this many domain widths from the domain's centre has diverged. */
  readonly escapeFactor?: number
}

export class Race {
  readonly racers: Racer[]
  private readonly g = new Float64Array(2)

  constructor(
    readonly surface: RaceSurface,
    specs: readonly RacerSpec[],
    readonly start: readonly [number, number],
    readonly options: RaceOptions,
  ) {
    const n = options.maxSteps + 1
    this.racers = specs.map((s) => ({
      id: s.id,
      optimizer: createOptimizer(s.optimizer, s.options),
      theta: new Float64Array(2),
      trail: new Float64Array(2 * n),
      loss: new Float64Array(n),
      distance: new Float64Array(n),
      steps: 0,
      status: 'running' as RacerStatus,
      message: '',
    }))
    this.reset(start)
  }

  /** Puts every racer back at `start` with fresh optimizer state. */
  reset(start: readonly [number, number] = this.start): void {
    for (const r of this.racers) {
      r.optimizer.reset()
      r.theta[0] = start[0]
      r.theta[1] = start[1]
      r.steps = 0
      r.status = 'running'
      r.message = ''
      this.record(r)
      this.checkStop(r)
    }
  }

  get running(): boolean {
    return this.racers.some((r) => r.status === 'running')
  }

  /** Advances every running racer by one optimizer step. */
  step(): void {
    for (const r of this.racers) {
      if (r.status !== 'running') continue
      this.surface.grad(r.theta[0]!, r.theta[1]!, this.g)
      r.optimizer.step(r.theta, this.g)
      r.steps += 1
      this.record(r)
      this.checkStop(r)
    }
  }

  private record(r: Racer): void {
    const k = r.steps
    const x = r.theta[0]!
    const y = r.theta[1]!
    r.trail[2 * k] = x
    r.trail[2 * k + 1] = y
    r.loss[k] = this.surface.f(x, y)
    r.distance[k] = nearestMinimumDistance(this.surface.minima, x, y)
  }

  private checkStop(r: Racer): void {
    const k = r.steps
    const x = r.theta[0]!
    const y = r.theta[1]!
    const { xMin, xMax, yMin, yMax } = this.surface.domain
    const size = Math.max(xMax - xMin, yMax - yMin)
    const far = Math.hypot(x - (xMin + xMax) / 2, y - (yMin + yMax) / 2) > (this.options.escapeFactor ?? 10) * size
    if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(r.loss[k]!)) {
      this.stop(r, 'diverged', `diverged at step ${k} (θ or f is not a finite number)`)
      return
    }
    if (far) {
      this.stop(r, 'diverged', `diverged at step ${k} (θ ran far off the domain)`)
      return
    }
    this.surface.grad(x, y, this.g)
    const gradNorm = Math.hypot(this.g[0]!, this.g[1]!)
    if (!Number.isFinite(gradNorm)) this.stop(r, 'diverged', `diverged at step ${k} (∇f is not finite here)`)
    else if (gradNorm < this.options.gradTol) this.stop(r, 'converged', `converged at step ${k} (|∇f| = ${gradNorm.toExponential(2)})`)
    else if (k >= this.options.maxSteps) this.stop(r, 'max-steps', `stopped after ${k} steps (maximum)`)
  }

  private stop(r: Racer, status: RacerStatus, message: string): void {
    r.status = status
    r.message = message
  }
}

export function nearestMinimumDistance(minima: readonly (readonly [number, number])[], x: number, y: number): number {
  let best = NaN
  for (const [mx, my] of minima) {
    const d = Math.hypot(x - mx, y - my)
    if (!(d >= best)) best = d
  }
  return best
}
