// Lab · Explore: type any f(x, y) and look at it. Presets load classic surfaces, each with a domain that shows
// its interesting feature (the minimum in Rosenbrock's curved valley, Himmelblau's four minima, the monkey saddle's
// three downhill directions …).
import { defaultCameraPosition } from '../../src/math/plot/index.ts'
import type { CameraPose } from '../../src/state/cameraPose.ts'
import type { SceneSchema, StatePatch } from '../../src/state/paramSpec.ts'
import { SurfacePlot } from '../../src/render/SurfacePlot.tsx'
import type { SceneDefinition, SceneViewProps } from '../sceneDefinition.ts'

/** matplotlib's familiar view (azimuth −60°, elevation 30°) of the unit plot box, framed for a 45° lens at 16:10. */
const DEFAULT_CAMERA: CameraPose = poseLookingAtOrigin(defaultCameraPosition({ x: 1, y: 1, z: 0.8 }, 45, 1.6))

function poseLookingAtOrigin(p: { x: number; y: number; z: number }): CameraPose {
  const round = (v: number) => Math.round(v * 1000) / 1000
  return { position: [round(p.x), round(p.y), round(p.z)], target: [0, 0, 0] }
}

interface Preset {
  readonly label: string
  readonly f: string
  readonly x: readonly [number, number]
  readonly y: readonly [number, number]
  readonly dynamic?: Readonly<Record<string, number>>
}

const PRESETS: Readonly<Record<string, Preset>> = {
  paraboloid: { label: 'Paraboloid', f: 'x^2 + y^2', x: [-2, 2], y: [-2, 2] },
  saddle: { label: 'Saddle', f: 'x^2 - y^2', x: [-2, 2], y: [-2, 2] },
  ripples: { label: 'Ripples', f: 'a*sin(b*x)*cos(b*y)', x: [-4, 4], y: [-4, 4], dynamic: { a: 1, b: 1 } },
  // The global minimum (a, a²) = (1, 1) lies in a long, flat, curved valley: the classic trap for gradient descent.
  rosenbrock: { label: 'Rosenbrock', f: '(a - x)^2 + b*(y - x^2)^2', x: [-2, 2], y: [-1, 3], dynamic: { a: 1, b: 100 } },
  // Four minima of value 0, e.g. at (3, 2); a local maximum near (−0.27, −0.92) between them.
  himmelblau: { label: 'Himmelblau', f: '(x^2 + y - 11)^2 + (x + y^2 - 7)^2', x: [-5, 5], y: [-5, 5] },
  bumps: {
    label: 'Gaussian bumps',
    f: 'exp(-((x - 1)^2 + (y - 1)^2)) + 0.8*exp(-((x + 1)^2 + y^2)/0.5) - 0.6*exp(-(x^2 + (y + 1.2)^2)/0.3)',
    x: [-3, 3],
    y: [-3, 3],
  },
  // x³ − 3xy² = Re((x + iy)³): three valleys and three ridges meet at a flat critical point that is no saddle.
  monkey: { label: 'Monkey saddle', f: 'x^3 - 3*x*y^2', x: [-1.5, 1.5], y: [-1.5, 1.5] },
}

const presetPatch = (p: Preset): StatePatch => ({
  values: { f: p.f, xr: p.x, yr: p.y, zauto: true },
  dynamic: p.dynamic ?? {},
  camera: DEFAULT_CAMERA,
})

const schema: SceneSchema = {
  params: {
    preset: {
      kind: 'choice',
      label: 'preset',
      options: [...Object.entries(PRESETS).map(([value, p]) => ({ value, label: p.label })), { value: 'custom', label: 'Custom' }],
      default: 'ripples',
      applies: Object.fromEntries(Object.entries(PRESETS).map(([value, p]) => [value, presetPatch(p)])),
      detachOn: ['f'],
      detachValue: 'custom',
    },
    f: { kind: 'expression', label: 'f(x, y)', default: PRESETS.ripples!.f },
    xr: { kind: 'interval', label: 'x', min: -50, max: 50, step: 0.1, default: [-4, 4], folder: 'domain' },
    yr: { kind: 'interval', label: 'y', min: -50, max: 50, step: 0.1, default: [-4, 4], folder: 'domain' },
    res: { kind: 'integer', label: 'grid resolution', min: 16, max: 1024, step: 1, default: 256, log: true, folder: 'view' },
    zauto: { kind: 'boolean', label: 'fit z to f', default: true, folder: 'view' },
    zr: { kind: 'interval', label: 'z range (fixed)', min: -1000, max: 1000, step: 0.01, default: [-1, 1], folder: 'view' },
    grid: { kind: 'boolean', label: 'grid lines', default: true, folder: 'view' },
    wire: { kind: 'boolean', label: 'wireframe', default: false, folder: 'view' },
  },
  // b spans Rosenbrock's 100 and the ripples' 1 alike, so its slider moves in log(b).
  dynamic: { b: { min: 0.01, max: 1000, step: 0.01, default: 1, log: true } },
  camera: DEFAULT_CAMERA,
}

function ExploreView({ state, expressions, onZRange }: SceneViewProps) {
  const [xMin, xMax] = state.values.xr as readonly [number, number]
  const [yMin, yMax] = state.values.yr as readonly [number, number]
  const [zMin, zMax] = state.values.zr as readonly [number, number]
  return (
    <SurfacePlot
      f={expressions.f!}
      params={state.dynamic}
      domain={{ xMin, xMax, yMin, yMax }}
      resolution={state.values.res as number}
      zRange={state.values.zauto ? 'auto' : { min: zMin, max: zMax }}
      showGrid={state.values.grid as boolean}
      wireframe={state.values.wire as boolean}
      onZRange={onZRange}
    />
  )
}

const explore: SceneDefinition = {
  id: 'explore',
  chapter: 'lab',
  title: 'Explore f(x, y)',
  section: 'Lab: any surface',
  functions: ['f'],
  domain: { x: 'xr', y: 'yr' },
  zRange: { auto: 'zauto', fixed: 'zr' },
  schema,
  View: ExploreView,
}

export default explore
