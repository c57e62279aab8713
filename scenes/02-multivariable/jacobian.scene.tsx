// Chapter 2 · The Jacobian of a map of the plane. Type F(x, y) = (u, v) as two expressions; the picture shows the
// domain grid and its image under F, a picked point p with a small square S of side ε, the true image F(S) and the
// parallelogram J·S of the linear approximation, and (bottom row, one shared zoom) how F(S) closes onto J·S as ε → 0.
// The side panel gives J symbolically and at p, det J, and area F(S)/area S beside it.
import { MAP_PRESETS, type MapPreset } from '../../src/math/jacobian/index.ts'
import { JacobianView } from '../../src/render/jacobian/JacobianView.tsx'
import { JacobianPanel } from '../../src/ui/jacobian/JacobianPanel.tsx'
import { useJacobianScene, type JacobianScene } from '../../src/ui/jacobian/useJacobianScene.ts'
import type { CameraPose } from '../../src/state/cameraPose.ts'
import { sceneParams, type StatePatch } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'

/** Straight down on the flat picture (a hair off the vertical: lookAt with z up needs a direction not along z). */
export const JACOBIAN_CAMERA: CameraPose = { position: [0, -0.001, 3.1], target: [0, 0, 0] }

const LIMIT = 50

const presetPatch = (p: MapPreset): StatePatch => ({
  values: { u: p.u, v: p.v, xr: p.x, yr: p.y, px: p.point[0], py: p.point[1] },
  dynamic: p.dynamic ?? {},
  camera: JACOBIAN_CAMERA,
})

const DEFAULT = MAP_PRESETS.complexSquare

const params = sceneParams({
  preset: {
    kind: 'choice',
    label: 'map',
    options: [...Object.entries(MAP_PRESETS).map(([value, p]) => ({ value, label: p.label })), { value: 'custom', label: 'Custom' }],
    default: 'complexSquare',
    applies: Object.fromEntries(Object.entries(MAP_PRESETS).map(([value, p]) => [value, presetPatch(p)])),
    detachOn: ['u', 'v'],
    detachValue: 'custom',
  },
  u: { kind: 'expression', label: 'u(x, y)', default: DEFAULT.u },
  v: { kind: 'expression', label: 'v(x, y)', default: DEFAULT.v },
  eps: { kind: 'number', label: 'ε (square side)', min: 0.001, max: 1, step: 0.001, default: 0.2, log: true },
  px: { kind: 'number', label: 'x₀', min: -LIMIT, max: LIMIT, step: 0.001, default: DEFAULT.point[0], folder: 'picked point' },
  py: { kind: 'number', label: 'y₀', min: -LIMIT, max: LIMIT, step: 0.001, default: DEFAULT.point[1], folder: 'picked point' },
  xr: { kind: 'interval', label: 'x', min: -LIMIT, max: LIMIT, step: 0.1, default: DEFAULT.x, folder: 'domain' },
  yr: { kind: 'interval', label: 'y', min: -LIMIT, max: LIMIT, step: 0.1, default: DEFAULT.y, folder: 'domain' },
  lines: { kind: 'integer', label: 'grid lines', min: 2, max: 41, step: 1, default: 13, folder: 'view' },
  ghost: { kind: 'boolean', label: 'original grid under image', default: true, folder: 'view' },
})

function useModel({ values, expressions, dynamic }: SceneInput<typeof params>): JacobianScene {
  return useJacobianScene({
    u: expressions.u,
    v: expressions.v,
    params: dynamic,
    xRange: values.xr,
    yRange: values.yr,
    point: [values.px, values.py],
    epsilon: values.eps,
  })
}

type Props = SceneProps<typeof params, JacobianScene>

function View({ values, model, setValues, endDrag }: Props) {
  return (
    <JacobianView
      map={model.map}
      domain={model.domain}
      point={model.point}
      epsilon={model.epsilon}
      square={model.square}
      lines={values.lines}
      ghost={values.ghost}
      onMove={(p, phase) => setValues({ px: p.x, py: p.y }, phase)}
      onEnd={endDrag}
    />
  )
}

function Panel({ model }: Props) {
  return <JacobianPanel scene={model} />
}

export default defineScene({
  howTo:
    'Type the two components of the map F(x, y) and click a point of the domain (or use the arrow keys). The right panels show the warped grid, the image F(S) of a small square beside J·S, and det J as area scale and orientation.',
  params,
  camera: JACOBIAN_CAMERA,
  functions: ['u', 'v'],
  domain: { x: 'xr', y: 'yr' },
  useModel,
  View,
  Panel,
})
