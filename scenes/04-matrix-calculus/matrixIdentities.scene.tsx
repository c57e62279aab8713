// Chapter 4 · The matrix differentiator. Type any expression in the matrix grammar with its shapes and get ∂f/∂x with
// the rule chain, every shape and LaTeX, checked three ways at seeded random values: central differences, TF.js
// autodiff and (for the gallery's identities) the textbook formula. The canvas shows the derivative and its central
// differences as heat maps on one colour scale: they should look the same.
import { useMemo } from 'react'
import { MATRIX_IDENTITIES, dims, maxAbsOf } from '../../src/math/matrix/index.ts'
import { MatrixHeatMap } from '../../src/render/matrix/MatrixHeatMap.tsx'
import { IdentityCheckerPanel } from '../../src/ui/matrix/IdentityCheckerPanel.tsx'
import { textsOf, useIdentityCheck, type IdentityCheck } from '../../src/ui/matrix/useIdentityCheck.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { FLAT_CAMERA } from './flatCamera.ts'

const params = sceneParams({
  identity: {
    kind: 'choice',
    label: 'identity',
    options: MATRIX_IDENTITIES.map((i) => ({ value: i.id, label: `${i.expr} by ${i.wrt}` })),
    default: 'xtax-btx',
  },
  seed: { kind: 'integer', label: 'random values (seed)', min: 1, max: 9999, step: 1, default: 1 },
  values: { kind: 'interval', label: 'values drawn from', min: -1000, max: 1000, step: 0.1, default: [-1, 1] },
})

function useModel({ values }: SceneInput<typeof params>): IdentityCheck {
  const initial = useMemo(() => textsOf(MATRIX_IDENTITIES.find((i) => i.id === values.identity) ?? MATRIX_IDENTITIES[0]!), [values.identity])
  return useIdentityCheck(initial, values.seed, values.values)
}

type Props = SceneProps<typeof params, IdentityCheck>

function View({ model }: Props) {
  const r = model.result
  if (r === null) return null
  const [rows, cols] = dims(r.derivative.shape)
  const scale = Math.max(maxAbsOf(r.symbolic), maxAbsOf(r.finiteDifferences))
  const wrt = r.texts.wrt.trim()
  return (
    <group name="identity-maps">
      <MatrixHeatMap values={r.symbolic} rows={rows} cols={cols} center={[-0.62, 0]} size={1.0} scale={scale} title={`∂f/∂${wrt} (symbolic)`} subtitle={`${rows}×${cols}`} name="heat-symbolic" />
      <MatrixHeatMap values={r.finiteDifferences} rows={rows} cols={cols} center={[0.62, 0]} size={1.0} scale={scale} title="central differences" subtitle={`max |entry| ${scale.toPrecision(3)}`} name="heat-fd" />
    </group>
  )
}

function Panel({ model, values, setValues }: Props) {
  return <IdentityCheckerPanel check={model} chosen={values.identity} onChoose={(id) => setValues({ identity: id }, 'commit')} />
}

export default defineScene({
  params, camera: FLAT_CAMERA, functions: [], domain: { x: 'values' }, readoutKeys: ['seed', 'values'],
  useModel,
  View,
  Panel,
  howTo: 'Type an expression, its shapes (x: 3, A: 3×3) and the variable, or click an identity in the gallery; read the derivative, its steps with shapes, and the three checks at random values.',
})
