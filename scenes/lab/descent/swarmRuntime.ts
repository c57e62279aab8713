// Swarm mode: K particles of one optimizer, started on a grid over the domain, stepped together on the GPU by the
// tfjs Swarm (src/tensor/swarm.ts). Positions come back in chunks (one GPU read-back per chunk, never per frame)
// into one Float32Array that the particle cloud draws from; when the run ends, each START point is labelled with the
// known minimum its particle reached (classifyBasins): the basins of attraction.
import { classifyBasins, gridStarts, type OptimizerName, type OptimizerOptions } from '../../../src/math/optim/index.ts'
import type { Domain } from '../../../src/math/plot/index.ts'
import { createStore, type Store } from '../../../src/state/store.ts'
import type { LabSurface } from './raceSurface.ts'

export interface SwarmRunConfig {
  readonly surface: LabSurface
  readonly optimizer: OptimizerName
  readonly options: OptimizerOptions
  readonly count: number
  readonly steps: number
}

export interface SwarmStatus {
  /** idle: swarm mode off; ready: the grid of starts is shown and waits for play; then loading → running → done. */
  readonly phase: 'idle' | 'ready' | 'loading' | 'running' | 'done' | 'error'
  readonly step: number
  readonly total: number
  readonly backend: string
  readonly message: string
  /** Particles per known minimum (same order as the minima), then the unresolved count. */
  readonly basinCounts: readonly number[]
}

const IDLE: SwarmStatus = { phase: 'idle', step: 0, total: 0, backend: '', message: '', basinCounts: [] }

/** Steps between read-backs: a read-back stalls the GPU pipeline, so it is paid once per chunk, not per step. */
export const SWARM_CHUNK = 25

/** A particle within this fraction of the domain's longer side from a minimum counts as having reached it. */
export const BASIN_RADIUS_FRACTION = 0.03

export class SwarmRuntime {
  readonly status: Store<SwarmStatus> = createStore<SwarmStatus>(IDLE)
  /** Bumped whenever positions or basins change; the particle cloud and the inset redraw on it. */
  readonly version: Store<number> = createStore(0)
  starts: Float64Array = new Float64Array(0)
  positions: Float32Array = new Float32Array(0)
  /** Per start point: index of the minimum reached, or −1. Valid when status.phase is 'done'. */
  basins: Int32Array = new Int32Array(0)
  private runId = 0
  private config: SwarmRunConfig | null = null

  /**
   * Shows the grid of starts for `config` and waits for play (run). Cancels a run of the previous settings: swarm mode
   * runs from the play button like the race, never by itself when a setting changes.
   */
  prepare(config: SwarmRunConfig): void {
    this.runId++
    this.config = config
    this.reset(config)
    this.status.set({ ...IDLE, phase: 'ready', total: config.steps })
    this.version.set((v) => v + 1)
  }

  /** Back to the prepared grid of starts (stopping a run). */
  stop(): void {
    if (this.config) this.prepare(this.config)
  }

  /** Runs the prepared swarm (a new run, cancelling any other). Resolves when it has finished, failed or been cancelled. */
  run(yieldToRenderer: () => Promise<void>): Promise<void> {
    return this.config ? this.start(this.config, yieldToRenderer) : Promise.resolve()
  }

  private reset(config: SwarmRunConfig): void {
    this.starts = gridStarts(config.count, config.surface.domain)
    this.positions = Float32Array.from(this.starts)
    this.basins = new Int32Array(this.starts.length / 2).fill(-1)
  }

  /** Starts a new run of `config` (cancelling any other). Resolves when it has finished, failed or been cancelled. */
  async start(config: SwarmRunConfig, yieldToRenderer: () => Promise<void>): Promise<void> {
    const run = ++this.runId
    const live = () => run === this.runId
    const { domain, minima } = config.surface
    this.reset(config)
    this.status.set({ ...IDLE, phase: 'loading', total: config.steps, message: 'loading TF.js…' })
    this.version.set((v) => v + 1)
    let swarm: { step(n?: number): void; positions(): Promise<Float32Array>; dispose(): void } | null = null
    try {
      const { startSwarm } = await import('../../../src/tensor/swarmSession.ts')
      if (!live()) return
      const session = await startSwarm(
        { gradient: config.surface.gradientExprs, params: config.surface.params, optimizer: config.optimizer, options: config.options },
        this.starts,
      )
      swarm = session.swarm
      for (let done = 0; done < config.steps && live(); ) {
        const n = Math.min(SWARM_CHUNK, config.steps - done)
        swarm.step(n)
        done += n
        const latest = await swarm.positions()
        // A run started meanwhile owns this.positions now: check before writing, not only after.
        if (!live()) break
        this.positions.set(latest)
        this.status.set({ ...IDLE, phase: 'running', step: done, total: config.steps, backend: session.backend, message: '' })
        this.version.set((v) => v + 1)
        await yieldToRenderer()
      }
      if (!live()) return
      classifyBasins(this.positions, minima, BASIN_RADIUS_FRACTION * longerSide(domain), this.basins)
      const basinCounts = new Array<number>(minima.length + 1).fill(0)
      for (const b of this.basins) basinCounts[b >= 0 ? b : minima.length]!++
      this.status.set({ phase: 'done', step: config.steps, total: config.steps, backend: session.backend, message: '', basinCounts })
      this.version.set((v) => v + 1)
    } catch (error) {
      if (live()) this.status.set({ ...IDLE, phase: 'error', message: error instanceof Error ? error.message : String(error) })
    } finally {
      swarm?.dispose()
    }
  }

  /** Stops the current run (it frees its tensors at its next await), forgets the settings and clears the cloud. */
  cancel(): void {
    this.runId++
    this.config = null
    this.positions = new Float32Array(0)
    this.starts = new Float64Array(0)
    this.basins = new Int32Array(0)
    this.status.set(IDLE)
    this.version.set((v) => v + 1)
  }
}

const longerSide = (d: Domain) => Math.max(d.xMax - d.xMin, d.yMax - d.yMin)
