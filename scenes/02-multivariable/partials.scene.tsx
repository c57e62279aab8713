// Chapter 2 · Partial derivatives. Through the picked point (x₀, y₀) run the planes x = x₀ and y = y₀; each cuts the
// surface in a curve of one variable, and the tangent lines of those curves have slopes ∂f/∂y and ∂f/∂x. The slopes
// are the symbolic partial derivatives at the point (see the derivation in the side panel).
import { InstrumentPlot, SliceWithTangent } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneProps } from '../sceneDefinition.ts'
import { instrumentPlotProps, instrumentScene } from '../shared/surfaceScene.ts'
import { useSurfaceModel, type SurfaceModel } from '../shared/useSurfaceModel.ts'

/** Colours of the two slices (and their curves): x = x₀ in blue, y = y₀ in orange, as in the readouts' text. */
const SLICE_X_COLOR = '#4aa3ff'
const SLICE_Y_COLOR = '#ff9f43'

const surface = instrumentScene({ f: 'sin(x)*cos(y) + x^2/8', x: [-3, 3], y: [-3, 3], point: [1, 0.5] })

const params = sceneParams({
  ...surface.params,
  sliceX: { kind: 'boolean', label: 'slice y = y₀ (∂f/∂x)', default: true, folder: 'instruments' },
  sliceY: { kind: 'boolean', label: 'slice x = x₀ (∂f/∂y)', default: true, folder: 'instruments' },
  planes: { kind: 'boolean', label: 'show slice planes', default: true, folder: 'instruments' },
})

type Props = SceneProps<typeof params, SurfaceModel>

function PartialsView(props: Props) {
  const { values, model } = props
  const { x, y, f, fx, fy } = model.point
  return (
    <InstrumentPlot {...instrumentPlotProps(props)}>
      {/* The slice y = y₀ runs along x: its tangent's slope is ∂f/∂x. */}
      {values.sliceX && (
        <SliceWithTangent value={model.value} x0={x} y0={y} f0={f} ux={1} uy={0} slope={fx} color={SLICE_Y_COLOR} showPlane={values.planes} label={`∂f/∂x = ${formatNumber(fx)}`} name="slice-y0" />
      )}
      {values.sliceY && (
        <SliceWithTangent value={model.value} x0={x} y0={y} f0={f} ux={0} uy={1} slope={fy} color={SLICE_X_COLOR} showPlane={values.planes} label={`∂f/∂y = ${formatNumber(fy)}`} name="slice-x0" />
      )}
    </InstrumentPlot>
  )
}

function PartialsPanel({ model }: Props) {
  return (
    <>
      <h3>At the picked point</h3>
      <p className="muted" style={{ fontSize: 12, margin: '0 0 6px' }}>
        Click the surface or drag the dot; arrow keys move it (Shift: fine). <span style={{ color: SLICE_Y_COLOR }}>Orange</span>: the
        slice y = y₀, tangent slope ∂f/∂x. <span style={{ color: SLICE_X_COLOR }}>Blue</span>: the slice x = x₀, tangent slope ∂f/∂y.
      </p>
      <PointReadouts point={model.point} />
    </>
  )
}

export default defineScene({
  howTo:
    "Click the surface or drag the dot to pick (x₀, y₀); the arrow keys move it (Shift: fine). Each slice plane cuts a curve of one variable, and its tangent's slope is ∂f/∂x or ∂f/∂y, read in the panel.",
  ...surface.keys,
  params,
  useModel: useSurfaceModel,
  View: PartialsView,
  Panel: PartialsPanel,
})
