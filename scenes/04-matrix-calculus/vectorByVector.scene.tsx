// Chapter 4 · Vector by vector. The plane warped by x ↦ Ax and by a layer x ↦ tanh(Wx + c): the grid and its image,
// a small square at the picked point and its image beside J·square (the chapter-2 Jacobian view), and the Jacobian as
// the matrix rules give it, A and then diag(1 − tanh²(Wx + c))W, with its shapes.
import { JacobianView } from '../../src/render/jacobian/JacobianView.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { JacobianPanel } from '../../src/ui/jacobian/JacobianPanel.tsx'
import { Katex } from '../../src/ui/Katex.tsx'
import { MatrixDisplay } from '../../src/ui/instruments/MatrixDisplay.tsx'
import { MatrixSliders } from '../../src/ui/matrix/MatrixSliders.tsx'
import { StepsTable } from '../../src/ui/matrix/StepsTable.tsx'
import { useLayerJacobian, type LayerJacobianModel } from '../../src/ui/matrix/useLayerJacobian.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { FLAT_CAMERA } from './flatCamera.ts'

const entry = (label: string, value: number) => ({ kind: 'number', label, min: -4, max: 4, step: 0.01, default: value, folder: 'W and c' }) as const
const params = sceneParams({
  map: { kind: 'choice', label: 'map', default: 'layer', options: [{ value: 'linear', label: 'x ↦ Wx (linear)' }, { value: 'layer', label: 'x ↦ tanh(Wx + c) (a layer)' }] },
  a11: entry('w₁₁', 1.2), a12: entry('w₁₂', -0.6), a21: entry('w₂₁', 0.4), a22: entry('w₂₂', 0.9),
  c1: entry('c₁', 0.2), c2: entry('c₂', -0.3),
  eps: { kind: 'number', label: 'ε (square side)', min: 0.001, max: 1, step: 0.001, default: 0.25, log: true },
  px: { kind: 'number', label: 'x₀', min: -50, max: 50, step: 0.001, default: 0.5, folder: 'picked point' },
  py: { kind: 'number', label: 'y₀', min: -50, max: 50, step: 0.001, default: 0.4, folder: 'picked point' },
  xr: { kind: 'interval', label: 'x', min: -50, max: 50, step: 0.1, default: [-2, 2], folder: 'domain' },
  yr: { kind: 'interval', label: 'y', min: -50, max: 50, step: 0.1, default: [-2, 2], folder: 'domain' },
  lines: { kind: 'integer', label: 'grid lines', min: 2, max: 41, step: 1, default: 13, folder: 'view' },
  ghost: { kind: 'boolean', label: 'original grid under image', default: true, folder: 'view' },
})

function useModel({ values: v }: SceneInput<typeof params>): LayerJacobianModel {
  return useLayerJacobian({ map: v.map, W: [v.a11, v.a12, v.a21, v.a22], c: [v.c1, v.c2], point: [v.px, v.py], epsilon: v.eps, xRange: v.xr, yRange: v.yr })
}

type Props = SceneProps<typeof params, LayerJacobianModel>

function View({ values, model: { scene }, setValues, endDrag }: Props) {
  return (
    <JacobianView
      map={scene.map} domain={scene.domain} point={scene.point} epsilon={scene.epsilon} square={scene.square}
      lines={values.lines} ghost={values.ghost} onMove={(p, phase) => setValues({ px: p.x, py: p.y }, phase)} onEnd={endDrag}
    />
  )
}

function Panel({ values: v, model, setValues }: Props) {
  const keys = ['a11', 'a12', 'a21', 'a22'] as const
  const J = model.matrixJ
  return (
    <section data-testid="vector-by-vector-panel">
      <MatrixSliders label="W" rows={2} cols={2} values={[v.a11, v.a12, v.a21, v.a22]} min={-4} max={4} step={0.01} onChange={(k, value) => setValues({ [keys[k]!]: value }, 'commit')} names={['w₁₁', 'w₁₂', 'w₂₁', 'w₂₂']} />
      <p style={{ fontSize: 13 }}>
        F(p) = <code>{model.mapText}</code>: p is a 2-vector, W is 2×2{v.map === 'layer' ? ', c a 2-vector' : ''}; F(p) is a 2-vector, so
        its Jacobian by p is 2×2 (the layout of a vector by a vector).
      </p>
      <div style={{ overflowX: 'auto' }}><Katex latex={`J = \\frac{\\partial F}{\\partial \\mathbf{p}} = ${model.jacobian.latex}`} display /></div>
      <div style={{ display: 'flex', gap: 10, alignItems: 'center', fontSize: 12 }}>
        <span>J(p) by the matrix rule</span>
        <MatrixDisplay rows={[[J[0]!, J[1]!], [J[2]!, J[3]!]]} label="J by the matrix rule" />
      </div>
      <p className="muted" style={{ fontSize: 12 }} data-testid="layer-agreement">
        against the entrywise partials below: relative difference {formatNumber(model.agreement, 2)}
      </p>
      <h3>Steps</h3>
      <StepsTable steps={model.jacobian.steps} testId="vector-by-vector-steps" />
      <JacobianPanel scene={model.scene} />
    </section>
  )
}

export default defineScene({
  params, camera: FLAT_CAMERA, functions: [], domain: { x: 'xr', y: 'yr' }, readoutKeys: ['px', 'py', 'eps'],
  useModel,
  View,
  Panel,
  howTo: "Pick a point in the domain panel and watch the small square and its image beside J·square; switch the map between x ↦ Wx and the tanh layer, and drag W's sliders to saturate it.",
})
