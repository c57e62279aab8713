// What the lab's 3D view and its side panel share. The shell mounts the View inside the canvas and the Panel in the
// side panel as two separate components with the same props; the View owns the runtime (it drives the race from the
// frame loop) and publishes it here for the Panel. The shell shows one scene at a time, so one slot is enough.
import { createStore, type Store } from '../../../src/state/store.ts'
import type { RaceRuntime } from './raceRuntime.ts'
import type { LabSurface } from './raceSurface.ts'
import type { SwarmRuntime } from './swarmRuntime.ts'

export interface LabRuntime {
  readonly race: RaceRuntime
  readonly swarm: SwarmRuntime
  /** The surface in use (f, exact gradient, domain, minima), or null while the expression cannot be raced. */
  readonly surface: Store<LabSurface | null>
}

export const labRuntimeSlot: Store<LabRuntime | null> = createStore<LabRuntime | null>(null)
