// Chapter 4 · Scalar by vector. f(x) = xᵀAx + bᵀx on R², with A edited as a 2×2 grid of sliders: the surface, its
// gradient field, the gradient (A + Aᵀ)x + b at the picked point (from the matrix core, checked against the surface's
// own partial derivatives), and what happens when A is not symmetric: only S = (A + Aᵀ)/2 matters.
import { ContourLines, GradientField, InstrumentPlot, PointArrow } from '../../src/render/instruments/index.ts'
import { formatNumber, formatPair } from '../../src/math/format/formatNumber.ts'
import { relativeDifference } from '../../src/math/matrix/index.ts'
import { Katex } from '../../src/ui/Katex.tsx'
import { MatrixDisplay } from '../../src/ui/instruments/MatrixDisplay.tsx'
import { MatrixSliders } from '../../src/ui/matrix/MatrixSliders.tsx'
import { useQuadraticForm, type QuadraticModel } from '../../src/ui/matrix/useQuadraticForm.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { SURFACE_CAMERA, zRangeOf } from '../shared/surfaceScene.ts'

const entry = (label: string, value: number) => ({ kind: 'number', label, min: -3, max: 3, step: 0.01, default: value, folder: 'A and b' }) as const
const params = sceneParams({
  a11: entry('a₁₁', 1), a12: entry('a₁₂', 1.5), a21: entry('a₂₁', -0.5), a22: entry('a₂₂', 0.6),
  b1: entry('b₁', 0), b2: entry('b₂', -0.5),
  px: { kind: 'number', label: 'x₀', min: -50, max: 50, step: 0.001, default: 0.8, folder: 'picked point' },
  py: { kind: 'number', label: 'y₀', min: -50, max: 50, step: 0.001, default: -0.6, folder: 'picked point' },
  xr: { kind: 'interval', label: 'x', min: -50, max: 50, step: 0.1, default: [-2, 2], folder: 'domain' },
  yr: { kind: 'interval', label: 'y', min: -50, max: 50, step: 0.1, default: [-2, 2], folder: 'domain' },
  arrows: { kind: 'integer', label: 'arrows per side', min: 4, max: 64, step: 1, default: 16, folder: 'view' },
  contours: { kind: 'boolean', label: 'level curves', default: true, folder: 'view' },
  res: { kind: 'integer', label: 'grid resolution', min: 16, max: 1024, step: 1, default: 128, log: true, folder: 'view' },
  zauto: { kind: 'boolean', label: 'fit z to f', default: true, folder: 'view' },
  zr: { kind: 'interval', label: 'z range (fixed)', min: -1000, max: 1000, step: 0.01, default: [-1, 1], folder: 'view' },
  grid: { kind: 'boolean', label: 'grid lines', default: true, folder: 'view' },
})

function useModel({ values: v }: SceneInput<typeof params>): QuadraticModel {
  return useQuadraticForm({ A: [v.a11, v.a12, v.a21, v.a22], b: [v.b1, v.b2], point: [v.px, v.py], xRange: v.xr, yRange: v.yr })
}

type Props = SceneProps<typeof params, QuadraticModel>

function View({ values, model, onZRange, setValues, endDrag }: Props) {
  const { x, y, f, fx, fy } = model.point
  const norm = Math.hypot(fx, fy)
  const span = Math.max(model.domain.xMax - model.domain.xMin, model.domain.yMax - model.domain.yMin)
  const run = norm > 0 ? Math.min(0.25 * span, 0.2 * span * norm) : 0
  const tip = [x + (fx / (norm || 1)) * run, y + (fy / (norm || 1)) * run, f + norm * run] as const
  return (
    <InstrumentPlot
      f={model.f} params={model.params} domain={model.domain} resolution={values.res} zRange={zRangeOf(values)} showGrid={values.grid}
      onZRange={onZRange} value={model.value} point={model.point}
      onPointMove={(p, phase) => setValues({ px: p.x, py: p.y }, phase)} onPointEnd={endDrag}
    >
      {values.contours && <ContourLines f={model.f} params={model.params} resolution={values.res} placement="floor" count={14} />}
      <GradientField f={model.f} params={model.params} n={values.arrows} placement="floor" />
      {norm > 0 && <PointArrow from={[x, y, f]} to={tip} color="#ff3b3b" name="gradient-at-point" />}
    </InstrumentPlot>
  )
}

function Panel({ values: v, model, setValues }: Props) {
  const A = [v.a11, v.a12, v.a21, v.a22]
  const keys = ['a11', 'a12', 'a21', 'a22'] as const
  const surfaceGradient = [model.point.fx, model.point.fy]
  const agreement = relativeDifference(model.formulaGradient, surfaceGradient)
  const symmetric = v.a12 === v.a21
  const m2 = (a: readonly number[]) => [[a[0]!, a[1]!], [a[2]!, a[3]!]]
  return (
    <section data-testid="scalar-by-vector-panel">
      <MatrixSliders label="A" rows={2} cols={2} values={A} min={-3} max={3} step={0.01} onChange={(k, value) => setValues({ [keys[k]!]: value }, 'commit')} names={['a₁₁', 'a₁₂', 'a₂₁', 'a₂₂']} />
      <div style={{ overflowX: 'auto' }}><Katex latex={`\\begin{aligned} f(\\mathbf{x}) &= \\mathbf{x}^{\\top}\\mathbf{A}\\mathbf{x} + \\mathbf{b}^{\\top}\\mathbf{x} \\\\ \\nabla f &= ${model.gradient.latex} \\end{aligned}`} display /></div>
      <p className="muted" style={{ fontSize: 12 }}>
        Shapes: x and b are 2-vectors, A is 2×2, f is a scalar, so ∇f = <code>{model.gradient.text}</code> is a 2-vector (the
        shape of x) and the Hessian <code>{model.hessian.text}</code> is 2×2.
      </p>
      <dl className="readouts" data-testid="scalar-by-vector-readouts">
        <div className="readout" data-readout="formula"><dt>(A + Aᵀ)p + b</dt><dd>{formatPair(model.formulaGradient[0]!, model.formulaGradient[1]!)}</dd></div>
        <div className="readout" data-readout="partials"><dt>(∂f/∂x, ∂f/∂y) of the surface</dt><dd>{formatPair(model.point.fx, model.point.fy)}</dd></div>
        <div className="readout" data-readout="agreement"><dt>relative difference</dt><dd>{formatNumber(agreement, 2)}</dd></div>
        <div className="readout" data-readout="f-A"><dt>f(p) with A</dt><dd>{formatNumber(model.fWithA)}</dd></div>
        <div className="readout" data-readout="f-S"><dt>f(p) with S = (A + Aᵀ)/2</dt><dd>{formatNumber(model.fWithS)}</dd></div>
      </dl>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', margin: '6px 0', fontSize: 12 }}>
        <span>S =</span> <MatrixDisplay rows={m2(model.symmetric)} label="S" />
        <span>A − S =</span> <MatrixDisplay rows={m2(model.antisymmetric)} label="A − S" />
      </div>
      <p style={{ fontSize: 12 }} data-testid="symmetry-note">
        {symmetric
          ? 'A is symmetric: A = Aᵀ, so ∇f = 2Ax + b.'
          : 'A is not symmetric, but xᵀ(A − S)x = 0 for every x (A − S is antisymmetric): f, its gradient and its surface depend only on S. Move a₁₂ and a₂₁ in opposite directions and nothing changes.'}
      </p>
      <button type="button" onClick={() => setValues({ a12: (v.a12 + v.a21) / 2, a21: (v.a12 + v.a21) / 2 }, 'commit')}>replace A by S</button>
    </section>
  )
}

export default defineScene({
  params, camera: SURFACE_CAMERA, functions: [], domain: { x: 'xr', y: 'yr' }, zRange: { auto: 'zauto', fixed: 'zr' },
  readoutKeys: ['px', 'py'], useModel, View, Panel,
  howTo: "Drag the A sliders (a 2×2 grid) and b; click the surface to pick a point and compare (A + Aᵀ)p + b with the surface's own partials. Move a₁₂ and a₂₁ in opposite directions: nothing changes, only the symmetric part of A matters."
})
