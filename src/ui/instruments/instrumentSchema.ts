// The parameters every instrument scene shares: f, the domain, the picked point (so it is in the URL and has GUI
// sliders as well as the mouse and keyboard), and the view settings of the surface. Scenes add their own instruments.
import type { CameraPose } from '../../state/cameraPose.ts'
import type { ParamSpec, ParamValue } from '../../state/paramSpec.ts'
import type { InstrumentPlotProps } from '../../render/instruments/InstrumentPlot.tsx'
import type { SurfacePoint } from './useSurfacePoint.ts'
import { defaultCameraPosition, type SurfaceZRange } from '../../math/plot/index.ts'

export interface SurfaceSceneDefaults {
  readonly f: string
  readonly x: readonly [number, number]
  readonly y: readonly [number, number]
  readonly point: readonly [number, number]
}

/** Domain bounds a link may ask for; the picked point may be anywhere in them. */
const LIMIT = 50

export function surfaceSceneParams(d: SurfaceSceneDefaults): Record<string, ParamSpec> {
  return {
    f: { kind: 'expression', label: 'f(x, y)', default: d.f },
    px: { kind: 'number', label: 'x₀', min: -LIMIT, max: LIMIT, step: 0.001, default: d.point[0], folder: 'picked point' },
    py: { kind: 'number', label: 'y₀', min: -LIMIT, max: LIMIT, step: 0.001, default: d.point[1], folder: 'picked point' },
    xr: { kind: 'interval', label: 'x', min: -LIMIT, max: LIMIT, step: 0.1, default: d.x, folder: 'domain' },
    yr: { kind: 'interval', label: 'y', min: -LIMIT, max: LIMIT, step: 0.1, default: d.y, folder: 'domain' },
    res: { kind: 'integer', label: 'grid resolution', min: 16, max: 1024, step: 1, default: 192, log: true, folder: 'view' },
    zauto: { kind: 'boolean', label: 'fit z to f', default: true, folder: 'view' },
    zr: { kind: 'interval', label: 'z range (fixed)', min: -1000, max: 1000, step: 0.01, default: [-1, 1], folder: 'view' },
    grid: { kind: 'boolean', label: 'grid lines', default: true, folder: 'view' },
  }
}

/** matplotlib's view (azimuth −60°, elevation 30°) of the unit plot box, as the Explore scene uses. */
export const INSTRUMENT_CAMERA: CameraPose = (() => {
  const p = defaultCameraPosition({ x: 1, y: 1, z: 0.8 }, 45, 1.6)
  const round = (v: number) => Math.round(v * 1000) / 1000
  return { position: [round(p.x), round(p.y), round(p.z)], target: [0, 0, 0] }
})()

/** What an instrument scene's view receives from the shell (the part of SceneViewProps the plot needs). */
export interface InstrumentViewContext {
  readonly state: { readonly values: Readonly<Record<string, ParamValue>> }
  readonly onZRange: (range: SurfaceZRange) => void
  readonly setValues?: (values: Readonly<Record<string, ParamValue>>, phase: 'commit' | 'drag') => void
  readonly endDrag?: () => void
}

/**
 * The InstrumentPlot props every instrument scene passes alike, read from the keys surfaceSceneParams defines
 * (res, zauto, zr, grid; px, py for the picked point). `movePatch` lets a scene change more than the point when it
 * moves (gradient descent restarts its run).
 */
export function instrumentPlotProps(
  { state, onZRange, setValues, endDrag }: InstrumentViewContext,
  s: SurfacePoint,
  movePatch: (p: { x: number; y: number }) => Readonly<Record<string, ParamValue>> = (p) => ({ px: p.x, py: p.y }),
): Omit<InstrumentPlotProps, 'children'> {
  const [zMin, zMax] = state.values.zr as readonly [number, number]
  return {
    f: s.f,
    params: s.params,
    domain: s.domain,
    resolution: state.values.res as number,
    zRange: state.values.zauto ? 'auto' : { min: zMin, max: zMax },
    showGrid: state.values.grid as boolean,
    onZRange,
    value: s.value,
    point: s.point,
    onPointMove: setValues && ((p, phase) => setValues(movePatch(p), phase)),
    onPointEnd: endDrag,
  }
}
