// The descent lab's model, computed once per render by the host and handed to the 3D view and the side panel: the
// surface being raced (f, its exact gradient, the domain, the known minima), and the runtime that owns the race and
// the swarm. The runtime lives as long as the scene; the race is rebuilt when the surface, the racers' settings, the
// start or the stopping rules change; in swarm mode the grid of starts is prepared and runs when play is pressed.
import { useEffect, useMemo, useState } from 'react'
import type { SceneInput } from '../../sceneDefinition.ts'
import { useStableValue } from '../../shared/useStableValue.ts'
import { knownMinima, type descentParams } from './descentSchema.ts'
import { optionsFrom, racerSpecsFrom } from './optimizerParams.ts'
import { RaceRuntime } from './raceRuntime.ts'
import { buildRaceSurface, minimaForParams, type LabSurface } from './raceSurface.ts'
import { SwarmRuntime } from './swarmRuntime.ts'

export interface LabRuntime {
  readonly race: RaceRuntime
  readonly swarm: SwarmRuntime
}

export interface LabModel {
  readonly runtime: LabRuntime
  readonly surface: LabSurface
}

export function useLabModel({ values, expressions, dynamic }: SceneInput<typeof descentParams>): LabModel {
  const { fn: fnId, sx, sy, maxsteps: maxSteps, gtol: gradTol } = values
  const [xMin, xMax] = values.xr
  const [yMin, yMax] = values.yr
  // A new surface (a new f, parameter value or domain) resets the race.
  const surface = useMemo(
    (): LabSurface =>
      buildRaceSurface(expressions.f, dynamic, { xMin, xMax, yMin, yMax }, minimaForParams(fnId, knownMinima(fnId), dynamic)),
    [expressions.f, dynamic, xMin, xMax, yMin, yMax, fnId],
  )

  const [runtime] = useState((): LabRuntime => ({ race: new RaceRuntime(), swarm: new SwarmRuntime() }))
  useEffect(
    () => () => {
      runtime.race.pause()
      runtime.swarm.cancel()
    },
    [runtime],
  )

  const specs = useStableValue(racerSpecsFrom(values))
  useEffect(() => {
    runtime.race.configure({ surface, specs, start: [sx, sy], maxSteps, gradTol })
  }, [runtime, surface, specs, sx, sy, maxSteps, gradTol])

  const swarm = useStableValue(
    values.swarm
      ? { optimizer: values.swopt, options: optionsFrom(values.swopt, values), count: values.swcount, steps: values.swsteps }
      : null,
  )
  useEffect(() => {
    if (!swarm) return
    // The grid of starts waits for play (DescentActions). tfjs-webgl and three share the one GPU, so the race pauses
    // while swarm mode is on (BROWSER.md).
    runtime.race.pause()
    runtime.swarm.prepare({ surface, ...swarm })
    return () => runtime.swarm.cancel()
  }, [runtime, surface, swarm])

  return useMemo(() => ({ runtime, surface }), [runtime, surface])
}
