// Chapter 2 · The gradient field. ∇f = (∂f/∂x, ∂f/∂y) at every point of the domain, drawn as arrows on the floor
// (or floating over the surface): each points uphill, and its length and colour grow with the slope |∇f|. At the
// picked point the gradient is drawn at the surface, where it points the way up the hill.
import { useMemo } from 'react'
import { ContourLines, GradientField, InstrumentPlot, PointArrow } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneProps } from '../sceneDefinition.ts'
import { instrumentPlotProps, instrumentScene } from '../shared/surfaceScene.ts'
import { useSurfaceModel, type SurfaceModel } from '../shared/useSurfaceModel.ts'

const GRADIENT_COLOR = '#ff3b3b'

const surface = instrumentScene({ f: 'exp(-(x^2 + y^2)/2)*x + y^2/10', x: [-3, 3], y: [-3, 3], point: [-0.8, 0.6] })

const params = sceneParams({
  ...surface.params,
  arrows: { kind: 'integer', label: 'arrows per side', min: 4, max: 64, step: 1, default: 24, folder: 'instruments' },
  place: {
    kind: 'choice',
    label: 'arrows on',
    options: [
      { value: 'floor', label: 'the floor (the domain)' },
      { value: 'surface', label: 'the surface' },
    ],
    default: 'floor',
    folder: 'instruments',
  },
  pointArrow: { kind: 'boolean', label: '∇f at the picked point', default: true, folder: 'instruments' },
  contours: { kind: 'boolean', label: 'level curves on the floor', default: true, folder: 'instruments' },
})

type Props = SceneProps<typeof params, SurfaceModel>

function GradientFieldView(props: Props) {
  const { values, model } = props
  const { x, y, f, fx, fy } = model.point
  // The arrow at the point, in the tangent plane: a horizontal run along ∇f/|∇f| climbs |∇f| per unit, so the arrow
  // lies on the surface, pointing straight up the hill. Its run is a fifth of the domain per unit of |∇f|, at most a quarter.
  const tip = useMemo(() => {
    const norm = Math.hypot(fx, fy)
    const span = Math.max(model.domain.xMax - model.domain.xMin, model.domain.yMax - model.domain.yMin)
    const run = Math.min(0.25 * span, 0.2 * span * norm)
    return [x + (fx / norm) * run, y + (fy / norm) * run, f + norm * run] as const
  }, [x, y, f, fx, fy, model.domain])
  return (
    <InstrumentPlot {...instrumentPlotProps(props)}>
      {/* Level curves under the arrows: every arrow crosses them at a right angle. */}
      {values.contours && <ContourLines f={model.f} params={model.params} resolution={values.res} placement="floor" count={14} />}
      <GradientField f={model.f} params={model.params} n={values.arrows} placement={values.place} />
      {values.pointArrow && <PointArrow from={[x, y, f]} to={tip} color={GRADIENT_COLOR} name="gradient-at-point" />}
    </InstrumentPlot>
  )
}

function GradientFieldPanel({ model }: Props) {
  return (
    <>
      <h3>At the picked point</h3>
      <p className="muted" style={{ fontSize: 12, margin: '0 0 6px' }}>
        Arrows: ∇f on a grid, pale and short where the surface is flat, long and red where it is steep; each crosses the level
        curves on the floor at a right angle. The{' '}
        <span style={{ color: GRADIENT_COLOR }}>red arrow</span> at the dot is ∇f there: the direction of steepest ascent.
      </p>
      <PointReadouts point={model.point} />
    </>
  )
}

export default defineScene({
  howTo:
    'Drag to orbit, scroll to zoom. The arrows show ∇f at each point of a grid, on the floor or on the surface, coloured by |∇f|; they cross the level curves at right angles. Change the density and scale under “instruments”.',
  ...surface.keys,
  params,
  useModel: useSurfaceModel,
  View: GradientFieldView,
  Panel: GradientFieldPanel,
})
