// Chapter 2 · The tangent plane and the Hessian. At the picked point: the tangent plane z = f(p) + ∇f(p)·d (the
// best linear model), the quadratic model that adds ½ dᵀ H d (the best quadratic one), and the principal directions,
// the eigenvectors of H, along which the surface bends the most and the least; each is drawn as the curve of the
// surface in that direction, coloured by the sign of its eigenvalue (its curvature). The side panel gives H as
// formulas and as numbers, its eigenvalues and the second-derivative test.
import { useMemo } from 'react'
import { InstrumentPlot, LocalModelPatch, SliceWithTangent, INSTRUMENT_ORDER } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { SymbolicHessian } from '../../src/ui/instruments/SymbolicHessian.tsx'
import { classifyHessian } from '../../src/math/instruments/classifyHessian.ts'
import { quadraticModelAt, tangentPlaneAt } from '../../src/math/instruments/localModels.ts'
import { isSecondOrderDefined } from '../../src/math/instruments/surfaceCalculus.ts'
import { curvatureScale } from '../../src/math/instruments/curvatureScale.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { instrumentPlotProps, instrumentScene } from '../shared/surfaceScene.ts'
import { useSurfaceModel, type SurfaceModel } from '../shared/useSurfaceModel.ts'

const PLANE_COLOR = '#e8e8ff'
const QUADRATIC_COLOR = '#ff9f43'
/** Principal directions: curving up (λ > 0) in cyan, down (λ < 0) in pink, flat (λ = 0) in grey. */
const curvatureColor = (lambda: number) => (Math.abs(lambda) < 1e-9 ? '#b0b0b0' : lambda > 0 ? '#38d9ff' : '#ff5fa2')

// Critical points at (1, 0) (a minimum: H = diag(2, 1)) and (−1, 0) (a saddle: H = diag(−2, 1)).
const surface = instrumentScene({ f: 'x^3/3 - x + y^2/2', x: [-2.5, 2.5], y: [-2.5, 2.5], point: [0.4, 0.8] })

const params = sceneParams({
  ...surface.params,
  plane: { kind: 'boolean', label: 'tangent plane', default: true, folder: 'instruments' },
  quadratic: { kind: 'boolean', label: 'quadratic model', default: false, folder: 'instruments' },
  principal: { kind: 'boolean', label: 'principal directions', default: true, folder: 'instruments' },
  patch: { kind: 'number', label: 'patch size', min: 0.05, max: 1, step: 0.01, default: 0.3, folder: 'instruments' },
  curvature: { kind: 'boolean', label: 'colour by curvature (Hessian)', default: false, folder: 'instruments' },
})

interface TangentPlaneModel extends SurfaceModel {
  readonly plane: ReturnType<typeof tangentPlaneAt>
  readonly quadratic: ReturnType<typeof quadraticModelAt>
  readonly classification: ReturnType<typeof classifyHessian>
}

function useTangentPlaneModel(input: SceneInput<typeof params>): TangentPlaneModel {
  const surfaceModel = useSurfaceModel(input)
  const { point } = surfaceModel
  return useMemo(
    () => ({ ...surfaceModel, plane: tangentPlaneAt(point), quadratic: quadraticModelAt(point), classification: classifyHessian(point) }),
    [surfaceModel, point],
  )
}

type Props = SceneProps<typeof params, TangentPlaneModel>

function TangentPlaneView(props: Props) {
  const { values, model } = props
  const { point, plane, quadratic, classification } = model
  const halfSize = values.patch
  const secondOrder = isSecondOrderDefined(point)
  // Curvature colouring recolours the one surface (no second mesh); its saturation scale follows f over the domain.
  const byCurvature = values.curvature
  const scale = useMemo(
    () => (byCurvature ? curvatureScale(model.calculus, model.params, model.domain) : 1),
    [byCurvature, model.calculus, model.params, model.domain],
  )
  return (
    <InstrumentPlot {...instrumentPlotProps(props)} colouring={byCurvature ? 'curvature' : 'height'} curvatureScale={scale}>
      {values.plane && Number.isFinite(point.fx) && (
        <LocalModelPatch model={plane} x0={point.x} y0={point.y} halfSize={halfSize} color={PLANE_COLOR} opacity={0.32} renderOrder={INSTRUMENT_ORDER.tangentPlane} name="tangent-plane" />
      )}
      {values.quadratic && secondOrder && (
        <LocalModelPatch model={quadratic} x0={point.x} y0={point.y} halfSize={halfSize} segments={40} color={QUADRATIC_COLOR} opacity={0.4} renderOrder={INSTRUMENT_ORDER.quadraticModel} name="quadratic-model" />
      )}
      {values.principal &&
        secondOrder &&
        classification.eigen.vectors.map(([vx, vy], i) => (
          <SliceWithTangent
            key={i}
            value={model.value}
            x0={point.x}
            y0={point.y}
            f0={point.f}
            ux={vx}
            uy={vy}
            slope={point.fx * vx + point.fy * vy}
            color={curvatureColor(classification.eigen.values[i]!)}
            showPlane={false}
            showTangent={false}
            name={`principal-${i + 1}`}
          />
        ))}
    </InstrumentPlot>
  )
}

function TangentPlanePanel({ values, model }: Props) {
  return (
    <>
      <h3>Hessian</h3>
      <SymbolicHessian calculus={model.calculus} />
      <h3>At the picked point</h3>
      <p className="muted" style={{ fontSize: 12, margin: '0 0 6px' }}>
        {/* Name only what is drawn: each overlay is described while its box is ticked. */}
        {values.plane && <>Pale: the tangent plane. </>}
        {values.quadratic && (
          <>
            <span style={{ color: QUADRATIC_COLOR }} data-testid="quadratic-key">Orange</span>: the quadratic model.{' '}
          </>
        )}
        Curves: the principal
        directions (eigenvectors of H), <span style={{ color: '#38d9ff' }}>cyan</span> where the surface curves up (λ &gt; 0),{' '}
        <span style={{ color: '#ff5fa2' }}>pink</span> where it curves down (λ &lt; 0).
      </p>
      <PointReadouts point={model.point} showHessian />
      {values.curvature && (
        <p className="muted" style={{ fontSize: 12 }} data-testid="curvature-key">
          Surface colour = the second-derivative test at every point: <span style={{ color: '#388cf2' }}>blue</span> bowl (det H &gt; 0,
          tr H &gt; 0), <span style={{ color: '#f58033' }}>orange</span> cap (det H &gt; 0, tr H &lt; 0),{' '}
          <span style={{ color: '#4dcc73' }}>green</span> saddle (det H &lt; 0), grey where det H ≈ 0. (The height legend does not
          apply in this mode.)
        </p>
      )}
    </>
  )
}

export default defineScene({
  howTo:
    "Pick a point on the surface (click, drag or arrow keys): the tangent plane, the quadratic model from the Hessian and its eigenvectors are drawn there, and the panel classifies the point. Tick curvature colouring to colour the surface by the Hessian's signs.",
  ...surface.keys,
  params,
  // In curvature mode the colours mean the Hessian's signs (explained in the panel), not height: no height legend.
  colouredByHeight: (values) => !values.curvature,
  useModel: useTangentPlaneModel,
  View: TangentPlaneView,
  Panel: TangentPlanePanel,
})
