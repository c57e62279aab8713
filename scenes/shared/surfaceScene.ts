// The f(x, y) / domain / z-range block that every surface scene repeats, stated once: its parameters, the keys the
// shell reads (functions, domain, zRange), the camera, and the props of the plot that draws it. Instrument scenes add
// the picked point (px, py). A scene spreads `surface.keys` into defineScene and `surface.params` into its own params.
import type { CameraPose } from '../../src/state/cameraPose.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import type { InstrumentPlotProps } from '../../src/render/instruments/InstrumentPlot.tsx'
import type { ZRange } from '../../src/render/SurfacePlot.tsx'
import { defaultCameraPosition } from '../../src/math/plot/index.ts'
import type { SceneProps } from '../sceneDefinition.ts'
import type { SurfaceModel } from './useSurfaceModel.ts'

export interface SurfaceSceneDefaults {
  readonly f: string
  readonly x: readonly [number, number]
  readonly y: readonly [number, number]
  /** Grid resolution per side (default 192). */
  readonly resolution?: number
}

export interface InstrumentSceneDefaults extends SurfaceSceneDefaults {
  readonly point: readonly [number, number]
}

/** Domain bounds a link may ask for; the picked point may be anywhere in them. */
const LIMIT = 50

/** matplotlib's view (azimuth −60°, elevation 30°) of the unit plot box, framed for a 45° lens at 16:10. */
export const SURFACE_CAMERA: CameraPose = (() => {
  const p = defaultCameraPosition({ x: 1, y: 1, z: 0.8 }, 45, 1.6)
  const round = (v: number) => Math.round(v * 1000) / 1000
  return { position: [round(p.x), round(p.y), round(p.z)], target: [0, 0, 0] }
})()

/** The keys of the surface block, as defineScene wants them. */
const SURFACE_KEYS = {
  functions: ['f'],
  domain: { x: 'xr', y: 'yr' },
  zRange: { auto: 'zauto', fixed: 'zr' },
  resolution: 'res',
  camera: SURFACE_CAMERA,
} as const

/** f(x, y), its domain, and how it is drawn (resolution, fit z or a fixed z range, grid lines). */
export function surfaceParams(d: SurfaceSceneDefaults) {
  return sceneParams({
    f: { kind: 'expression', label: 'f(x, y)', default: d.f },
    xr: { kind: 'interval', label: 'x', min: -LIMIT, max: LIMIT, step: 0.1, default: d.x, folder: 'domain' },
    yr: { kind: 'interval', label: 'y', min: -LIMIT, max: LIMIT, step: 0.1, default: d.y, folder: 'domain' },
    res: { kind: 'integer', label: 'grid resolution', min: 16, max: 1024, step: 1, default: d.resolution ?? 192, log: true, folder: 'view' },
    zauto: { kind: 'boolean', label: 'fit z to f', default: true, folder: 'view' },
    zr: { kind: 'interval', label: 'z range (fixed)', min: -1000, max: 1000, step: 0.01, default: [-1, 1], folder: 'view' },
    grid: { kind: 'boolean', label: 'grid lines', default: true, folder: 'view' },
  })
}

/** The surface block plus the picked point (x₀, y₀), in the URL and with GUI sliders as well as mouse and keyboard. */
export function instrumentParams(d: InstrumentSceneDefaults) {
  const { f, ...rest } = surfaceParams(d)
  return sceneParams({
    f,
    px: { kind: 'number', label: 'x₀', min: -LIMIT, max: LIMIT, step: 0.001, default: d.point[0], folder: 'picked point' },
    py: { kind: 'number', label: 'y₀', min: -LIMIT, max: LIMIT, step: 0.001, default: d.point[1], folder: 'picked point' },
    ...rest,
  })
}

export type SurfaceParams = ReturnType<typeof surfaceParams>
export type InstrumentParams = ReturnType<typeof instrumentParams>

/** A surface scene: `params` to spread into the scene's own, `keys` (functions, domain, zRange, camera) for defineScene. */
export function surfaceScene(d: SurfaceSceneDefaults) {
  return { params: surfaceParams(d), keys: SURFACE_KEYS }
}

/** An instrument scene: the surface block with a picked point. */
export function instrumentScene(d: InstrumentSceneDefaults) {
  return { params: instrumentParams(d), keys: SURFACE_KEYS }
}

/** The z range the plot uses: fitted to f, or the fixed interval. */
export function zRangeOf(values: { readonly zauto: boolean; readonly zr: readonly [number, number] }): ZRange {
  return values.zauto ? 'auto' : { min: values.zr[0], max: values.zr[1] }
}

/**
 * The InstrumentPlot props every instrument scene passes alike: the surface from the model, how it is drawn from the
 * values, the picked point and its moves (a scene that changes more when the point moves, as gradient descent
 * restarting its run, passes its own onPointMove after these).
 */
export function instrumentPlotProps({
  values,
  model,
  onZRange,
  setValues,
  endDrag,
}: SceneProps<InstrumentParams, SurfaceModel>): Omit<InstrumentPlotProps, 'children'> {
  return {
    f: model.f,
    params: model.params,
    domain: model.domain,
    resolution: values.res,
    zRange: zRangeOf(values),
    showGrid: values.grid,
    onZRange,
    value: model.value,
    point: model.point,
    onPointMove: (p, phase) => setValues({ px: p.x, py: p.y }, phase),
    onPointEnd: endDrag,
  }
}
