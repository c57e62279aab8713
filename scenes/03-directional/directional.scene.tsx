// Chapter 3 · Directional derivatives and steepest ascent. At the picked point a direction u = (cos θ, sin θ): the
// vertical plane through the point along u, the curve where it cuts the surface, and that curve's tangent line, whose
// slope is D_u f = ∇f·u (from the symbolic gradient). Level curves are drawn on the surface and on the floor, evenly
// spaced or at levels the user lists; the one through the point is bold, and ∇f (red) crosses it at a right angle. The side panel plots D_u f against θ and shows
// the projection ∇f·u = |∇f| cos φ that proves the gradient is the direction of steepest ascent.
import { useMemo } from 'react'
import { usePlotTransform } from '../../src/render/index.ts'
import { ContourLines, DirectionDial, GradientField, InstrumentPlot, PointArrow, SliceWithTangent } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { DirectionalDerivativePlot } from '../../src/ui/instruments/DirectionalDerivativePlot.tsx'
import { ProjectionPicture } from '../../src/ui/instruments/ProjectionPicture.tsx'
import { directionalDerivative } from '../../src/math/instruments/directionalDerivative.ts'
import { CONTOUR_MAX_LEVELS } from '../../src/render/instruments/contourLevelList.ts'
import { sceneParams, type ValuesOf } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneProps } from '../sceneDefinition.ts'
import { instrumentPlotProps, instrumentScene } from '../shared/surfaceScene.ts'
import { useSurfaceModel, type SurfaceModel } from '../shared/useSurfaceModel.ts'

const U_COLOR = '#b18cff'
const GRADIENT_COLOR = '#ff3b3b'

const surface = instrumentScene({ f: '(x^2 + 3*y^2)*exp(-(x^2 + y^2)/4)', x: [-4, 4], y: [-4, 4], point: [1.2, 0.8] })

const params = sceneParams({
  ...surface.params,
  angle: { kind: 'number', label: 'direction θ of u (°)', min: 0, max: 360, step: 1, default: 200, folder: 'direction' },
  plane: { kind: 'boolean', label: 'slice plane along u', default: true, folder: 'direction' },
  gradient: { kind: 'boolean', label: '∇f at the point', default: true, folder: 'direction' },
  contours: {
    kind: 'choice',
    label: 'level curves',
    options: [
      { value: 'both', label: 'surface and floor' },
      { value: 'surface', label: 'surface' },
      { value: 'floor', label: 'floor' },
      { value: 'none', label: 'none' },
    ],
    default: 'both',
    folder: 'level curves',
  },
  levels: { kind: 'integer', label: 'levels (evenly spaced)', min: 2, max: 60, step: 1, default: 14, folder: 'level curves' },
  levelStep: { kind: 'number', label: 'level step (0: use count)', min: 0, max: 100, step: 0.01, default: 0, folder: 'level curves' },
  // Levels typed as a list ("0, 0.5, 2.25"); when any are set they replace the evenly spaced levels above.
  lv: { kind: 'numberList', label: 'levels at (e.g. 0, 0.5, 2)', min: -1e6, max: 1e6, maxLength: CONTOUR_MAX_LEVELS, default: [], folder: 'level curves' },
  field: { kind: 'boolean', label: 'gradient arrows on the floor', default: false, folder: 'level curves' },
})

type Props = SceneProps<typeof params, SurfaceModel>

function DirectionalView(props: Props) {
  const { values, model, setValues, endDrag } = props
  const { x, y, f, fx, fy } = model.point
  const theta = (values.angle * Math.PI) / 180
  const ux = Math.cos(theta)
  const uy = Math.sin(theta)
  const contours = values.contours
  const resolution = values.res
  const span = Math.max(model.domain.xMax - model.domain.xMin, model.domain.yMax - model.domain.yMin)
  // Both vectors are drawn in the tangent plane at the point, so they lie on the surface instead of cutting into it:
  // a horizontal step (dx, dy) climbs ∇f·(dx, dy). Each is 0.18 of the domain long horizontally. u runs along the
  // tangent line of the slice (it climbs D_u f per unit); ∇f climbs |∇f| per unit, the most of any direction.
  const arrows = useMemo(() => {
    const norm = Math.hypot(fx, fy)
    const length = 0.18 * span
    const du = fx * ux + fy * uy
    return {
      u: [x + ux * length, y + uy * length, f + du * length] as const,
      gradient: [x + (fx / norm) * length, y + (fy / norm) * length, f + norm * length] as const,
    }
  }, [x, y, f, fx, fy, ux, uy, span])
  const levelProps = {
    f: model.f,
    params: model.params,
    resolution,
    count: values.levels,
    step: values.levelStep,
    levels: values.lv,
    highlight: f,
  }
  return (
    <InstrumentPlot {...instrumentPlotProps(props)}>
      {(contours === 'both' || contours === 'surface') && <ContourLines {...levelProps} placement="surface" />}
      {(contours === 'both' || contours === 'floor') && <ContourLines {...levelProps} placement="floor" />}
      {values.field && <GradientField f={model.f} params={model.params} n={20} placement="floor" />}
      <SliceWithTangent
        value={model.value}
        x0={x}
        y0={y}
        f0={f}
        ux={ux}
        uy={uy}
        slope={directionalDerivative(fx, fy, theta)}
        color={U_COLOR}
        showPlane={values.plane}
        label={`Dᵤf = ${formatNumber(directionalDerivative(fx, fy, theta))}`}
        name="slice-u"
      />
      <PointArrow from={[x, y, f]} to={arrows.u} color={U_COLOR} name="u-arrow" />
      {/* Drag the knob to turn u (the angle slider and the D_u f plot do the same). */}
      <DirectionDial
        x0={x}
        y0={y}
        z0={f}
        angle={theta}
        radius={0.12 * span}
        color={U_COLOR}
        onAngle={(degrees, phase) => setValues({ angle: degrees }, phase)}
        onEnd={endDrag}
      />
      {values.gradient && (
        <>
          <PointArrow from={[x, y, f]} to={arrows.gradient} color={GRADIENT_COLOR} name="gradient-at-point" />
          {/* The same ∇f on the floor, where it meets the bold level curve at a right angle. */}
          <FloorGradientArrow x={x} y={y} to={arrows.gradient} />
        </>
      )}
    </InstrumentPlot>
  )
}

/** ∇f at the point drawn on the floor of the plot box, where the bold level curve of the floor map passes. */
function FloorGradientArrow({ x, y, to }: { x: number; y: number; to: readonly [number, number, number] }) {
  const { zRange } = usePlotTransform()
  const z = zRange.min + 1e-3 * (zRange.max - zRange.min)
  return <PointArrow from={[x, y, z]} to={[to[0], to[1], z]} color={GRADIENT_COLOR} width={3} name="gradient-on-floor" />
}

function DirectionalPanel({ values, model, setValues }: Props) {
  const { point } = model
  const theta = (values.angle * Math.PI) / 180
  return (
    <>
      <h3>Direction u</h3>
      <DirectionalDerivativePlot fx={point.fx} fy={point.fy} angle={theta} onPickAngle={(deg) => setValues({ angle: deg }, 'commit')} />
      <ProjectionPicture fx={point.fx} fy={point.fy} angle={theta} />
      <h3>At the picked point</h3>
      <PointReadouts point={point} angle={theta} />
      <LevelCurvesSummary values={values} f={point.f} />
    </>
  )
}

/** Which level curves the picture draws, in words and numbers: the text alternative to the contour lines. */
function LevelCurvesSummary({ values, f }: { values: ValuesOf<typeof params>; f: number }) {
  const { contours, lv: listed, levelStep, levels, zauto, zr } = values
  const [zMin, zMax] = zr
  // With a fixed z range the levels outside it are known not to be drawn; with "fit z" the range follows f.
  const hidden = zauto ? [] : listed.filter((c) => c < zMin || c > zMax)
  let which: string
  if (listed.length > 0) which = `At the levels you set: f = ${listed.join(', ')}.`
  else if (levelStep > 0) which = `At every multiple of ${levelStep}: f = k · ${levelStep}.`
  else which = `${levels} evenly spaced levels across the z range. Type levels under “level curves” to choose them.`
  return (
    <section aria-label="level curves" data-testid="level-curves">
      <h3>Level curves</h3>
      {contours === 'none' ? (
        <p>Hidden (level curves: none).</p>
      ) : (
        <>
          <p data-testid="level-values">{which}</p>
          {hidden.length > 0 && (
            <p data-testid="levels-outside">
              Outside the z range [{formatNumber(zMin)}, {formatNumber(zMax)}], so not drawn: {hidden.join(', ')}.
            </p>
          )}
          <p data-testid="level-bold">
            {Number.isFinite(f) ? `Bold: the level through the picked point, f = ${formatNumber(f)}.` : 'No bold level: f is undefined at the picked point.'}
          </p>
        </>
      )}
    </section>
  )
}

export default defineScene({
  howTo:
    'Pick a point (click or arrow keys), then turn the direction dial: the vertical slice along u shows Dᵤf = ∇f·u as the slope of its tangent, and the chart traces Dᵤf over all angles. Type levels under “level curves” to draw your own.',
  ...surface.keys,
  params,
  useModel: useSurfaceModel,
  View: DirectionalView,
  Panel: DirectionalPanel,
})
