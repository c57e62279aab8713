// The note a surface scene shows when its mesh cannot draw f: "The surface oscillates faster than the mesh can show
// at 256×256: raise the resolution to 720 or lower b", with a button that raises it. Every scene that declares its
// resolution key (scenes/shared/surfaceScene.ts does, for all surface scenes) gets it from the host; the check is
// src/math/plot/surfaceAliasing.ts. It runs REFIT_DELAY_MS after the last change, like the z-range refit, so a drag
// of b is not slowed by it and the note appears once the slider rests.
import { useEffect, useMemo, useState } from 'react'
import type { Scene } from '../../scenes/sceneDefinition.ts'
import { aliasingAdvice, surfaceAliasing, type Interval, type SurfaceAliasing, type SurfaceAliasingCheck } from '../math/plot/index.ts'
import type { SceneState } from '../state/sceneState.ts'
import { REFIT_DELAY_MS } from '../render/useFittedZRange.ts'

export function AliasingNote({ definition, state, zRange, onRaise }: {
  definition: Scene
  state: SceneState
  /** The z range the surface is drawn in, as the plot reported it (null until it has). */
  zRange: Interval | null
  onRaise: (resolution: number) => void
}) {
  const key = definition.resolution
  const fKey = definition.functions[0]
  const spec = key ? definition.schema.params[key] : undefined
  const f = fKey ? state.expressions[fKey] : undefined
  const xr = state.values[definition.domain.x]
  const yr = definition.domain.y ? state.values[definition.domain.y] : undefined
  const resolution = key ? state.values[key] : undefined
  const zMin = zRange?.min ?? NaN
  const zMax = zRange?.max ?? NaN
  const check = useMemo((): SurfaceAliasingCheck | null => {
    if (!f || !isInterval(xr) || !isInterval(yr) || spec?.kind !== 'integer' || typeof resolution !== 'number' || !(zMax > zMin)) return null
    return {
      f, params: state.dynamic, resolution, maxResolution: spec.max,
      domain: { xMin: xr[0], xMax: xr[1], yMin: yr[0], yMax: yr[1] }, zRange: { min: zMin, max: zMax },
    }
  }, [f, state.dynamic, xr, yr, spec, resolution, zMin, zMax])

  const [verdict, setVerdict] = useState<{ readonly check: SurfaceAliasingCheck; readonly result: SurfaceAliasing | null } | null>(null)
  useEffect(() => {
    if (!check) return
    const timer = setTimeout(() => setVerdict({ check, result: surfaceAliasing(check) }), REFIT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [check])

  // A verdict on anything but what is on screen now is stale: show nothing until the new one lands.
  const result = verdict && verdict.check === check ? verdict.result : null
  if (!result) return null
  const n = result.resolution
  return (
    <div className="aliasing-note" role="status" data-testid="aliasing-note">
      <span>The surface oscillates faster than the mesh can show at {n}×{n}: {aliasingAdvice(result)}.</span>
      {result.raiseTo !== null && (
        <button type="button" data-testid="aliasing-raise" onClick={() => onRaise(result.raiseTo!)}>
          Raise to {result.raiseTo}×{result.raiseTo}
        </button>
      )}
    </div>
  )
}

function isInterval(v: unknown): v is readonly [number, number] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'number' && typeof v[1] === 'number'
}
