// Chapter 2 · The gradient field. ∇f = (∂f/∂x, ∂f/∂y) at every point of the domain, drawn as arrows on the floor
// (or floating over the surface): each points uphill, and its length and colour grow with the slope |∇f|. At the
// picked point the gradient is drawn at the surface, where it points the way up the hill.
import { useMemo } from 'react'
import { ContourLines, GradientField, InstrumentPlot, PointArrow } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { INSTRUMENT_CAMERA, instrumentPlotProps, surfaceSceneParams } from '../../src/ui/instruments/instrumentSchema.ts'
import { useSurfacePoint } from '../../src/ui/instruments/useSurfacePoint.ts'
import type { ArrowPlacement } from '../../src/math/instruments/arrowInstances.ts'
import type { SceneSchema } from '../../src/state/paramSpec.ts'
import type { SceneDefinition, SceneViewProps } from '../sceneDefinition.ts'

const GRADIENT_COLOR = '#ff3b3b'

const schema: SceneSchema = {
  params: {
    ...surfaceSceneParams({ f: 'exp(-(x^2 + y^2)/2)*x + y^2/10', x: [-3, 3], y: [-3, 3], point: [-0.8, 0.6] }),
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
  },
  camera: INSTRUMENT_CAMERA,
}

function GradientFieldView({ state, expressions, onZRange, setValues, endDrag }: SceneViewProps) {
  const s = useSurfacePoint(state, expressions)
  const { x, y, f, fx, fy } = s.point
  // The arrow at the point, in the tangent plane: a horizontal run along ∇f/|∇f| climbs |∇f| per unit, so the arrow
  // lies on the surface, pointing straight up the hill. Its run is a fifth of the domain per unit of |∇f|, at most a quarter.
  const tip = useMemo(() => {
    const norm = Math.hypot(fx, fy)
    const span = Math.max(s.domain.xMax - s.domain.xMin, s.domain.yMax - s.domain.yMin)
    const run = Math.min(0.25 * span, 0.2 * span * norm)
    return [x + (fx / norm) * run, y + (fy / norm) * run, f + norm * run] as const
  }, [x, y, f, fx, fy, s.domain])
  return (
    <InstrumentPlot {...instrumentPlotProps({ state, onZRange, setValues, endDrag }, s)}>
      {/* Level curves under the arrows: every arrow crosses them at a right angle. */}
      {Boolean(state.values.contours) && <ContourLines f={s.f} params={s.params} resolution={state.values.res as number} placement="floor" count={14} />}
      <GradientField f={s.f} params={s.params} n={state.values.arrows as number} placement={state.values.place as ArrowPlacement} />
      {Boolean(state.values.pointArrow) && <PointArrow from={[x, y, f]} to={tip} color={GRADIENT_COLOR} name="gradient-at-point" />}
    </InstrumentPlot>
  )
}

function GradientFieldPanel({ state, expressions }: SceneViewProps) {
  const { point } = useSurfacePoint(state, expressions)
  return (
    <>
      <h3>At the picked point</h3>
      <p className="muted" style={{ fontSize: 12, margin: '0 0 6px' }}>
        Arrows: ∇f on a grid, pale and short where the surface is flat, long and red where it is steep; each crosses the level
        curves on the floor at a right angle. The{' '}
        <span style={{ color: GRADIENT_COLOR }}>red arrow</span> at the dot is ∇f there: the direction of steepest ascent.
      </p>
      <PointReadouts point={point} />
    </>
  )
}

const gradientField: SceneDefinition = {
  id: 'gradient-field',
  chapter: 2,
  title: 'The gradient field',
  section: '2.2 The gradient',
  functions: ['f'],
  domain: { x: 'xr', y: 'yr' },
  zRange: { auto: 'zauto', fixed: 'zr' },
  schema,
  View: GradientFieldView,
  Panel: GradientFieldPanel,
}

export default gradientField
