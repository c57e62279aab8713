// Lab · Explore: type any f(x, y) and look at it. Presets load classic surfaces, each with a domain that shows
// its interesting feature (the minimum in Rosenbrock's curved valley, Himmelblau's four minima, the monkey saddle's
// three downhill directions …).
import { sceneParams, type StatePatch } from '../../src/state/paramSpec.ts'
import { SurfacePlot } from '../../src/render/SurfacePlot.tsx'
import { defineScene, type SceneProps } from '../sceneDefinition.ts'
import { SURFACE_CAMERA, surfaceScene, zRangeOf } from '../shared/surfaceScene.ts'

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
  camera: SURFACE_CAMERA,
})

const surface = surfaceScene({ f: PRESETS.ripples!.f, x: [-4, 4], y: [-4, 4], resolution: 256 })
const { f, ...surfaceRest } = surface.params

const params = sceneParams({
  preset: {
    kind: 'choice',
    label: 'preset',
    options: [...Object.entries(PRESETS).map(([value, p]) => ({ value, label: p.label })), { value: 'custom', label: 'Custom' }],
    default: 'ripples',
    applies: Object.fromEntries(Object.entries(PRESETS).map(([value, p]) => [value, presetPatch(p)])),
    detachOn: ['f'],
    detachValue: 'custom',
  },
  f,
  ...surfaceRest,
  wire: { kind: 'boolean', label: 'wireframe', default: false, folder: 'view' },
})

function ExploreView({ values, expressions, dynamic, onZRange }: SceneProps<typeof params>) {
  const [xMin, xMax] = values.xr
  const [yMin, yMax] = values.yr
  return (
    <SurfacePlot
      f={expressions.f}
      params={dynamic}
      domain={{ xMin, xMax, yMin, yMax }}
      resolution={values.res}
      zRange={zRangeOf(values)}
      showGrid={values.grid}
      wireframe={values.wire}
      onZRange={onZRange}
    />
  )
}

export default defineScene({
  howTo:
    'Type any f(x, y) or pick a preset; free names such as a and b become sliders. Drag to orbit, scroll to zoom; “fit z” frames the surface, and the side panel shows ∂f/∂x and ∂f/∂y with every rule step.',
  ...surface.keys,
  params,
  // b spans Rosenbrock's 100 and the ripples' 1 alike, so its slider moves in log(b).
  // One slider for the ripples' frequency (1) and Rosenbrock's valley weight (100): log scale over three decades, so a
  // short drag from 1 reaches 2 or 3, not 94 (where ripples alias into noise at the default grid).
  dynamic: { b: { min: 0.1, max: 200, step: 0.01, default: 1, log: true } },
  View: ExploreView,
})
