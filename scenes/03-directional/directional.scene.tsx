// Chapter 3 · Directional derivatives and steepest ascent. At the picked point a direction u = (cos θ, sin θ): the
// vertical plane through the point along u, the curve where it cuts the surface, and that curve's tangent line, whose
// slope is D_u f = ∇f·u (from the symbolic gradient). Level curves are drawn on the surface and on the floor, evenly
// spaced or at levels the user lists; the one through the point is bold, and ∇f (red) crosses it at a right angle. The side panel plots D_u f against θ and shows
// the projection ∇f·u = |∇f| cos φ that proves the gradient is the direction of steepest ascent.
import { useMemo } from 'react'
import { usePlotTransform } from '../../src/render/index.ts'
import { ContourLines, DirectionDial, GradientField, InstrumentPlot, PointArrow, SliceWithTangent } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { formatNumber } from '../../src/ui/instruments/formatNumber.ts'
import { DirectionalDerivativePlot } from '../../src/ui/instruments/DirectionalDerivativePlot.tsx'
import { ProjectionPicture } from '../../src/ui/instruments/ProjectionPicture.tsx'
import { INSTRUMENT_CAMERA, instrumentPlotProps, surfaceSceneParams } from '../../src/ui/instruments/instrumentSchema.ts'
import { useSurfacePoint } from '../../src/ui/instruments/useSurfacePoint.ts'
import { directionalDerivative } from '../../src/math/instruments/directionalDerivative.ts'
import { CONTOUR_MAX_LEVELS } from '../../src/render/instruments/contourLevelList.ts'
import type { SceneSchema } from '../../src/state/paramSpec.ts'
import type { SceneDefinition, SceneViewProps } from '../sceneDefinition.ts'

const U_COLOR = '#b18cff'
const GRADIENT_COLOR = '#ff3b3b'

const schema: SceneSchema = {
  params: {
    ...surfaceSceneParams({ f: '(x^2 + 3*y^2)*exp(-(x^2 + y^2)/4)', x: [-4, 4], y: [-4, 4], point: [1.2, 0.8] }),
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
  },
  camera: INSTRUMENT_CAMERA,
}

function DirectionalView({ state, expressions, onZRange, setValues, endDrag }: SceneViewProps) {
  const s = useSurfacePoint(state, expressions)
  const { x, y, f, fx, fy } = s.point
  const theta = ((state.values.angle as number) * Math.PI) / 180
  const ux = Math.cos(theta)
  const uy = Math.sin(theta)
  const contours = state.values.contours as string
  const resolution = state.values.res as number
  const span = Math.max(s.domain.xMax - s.domain.xMin, s.domain.yMax - s.domain.yMin)
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
    f: s.f,
    params: s.params,
    resolution,
    count: state.values.levels as number,
    step: state.values.levelStep as number,
    levels: state.values.lv as readonly number[],
    highlight: f,
  }
  return (
    <InstrumentPlot {...instrumentPlotProps({ state, onZRange, setValues, endDrag }, s)}>
      {(contours === 'both' || contours === 'surface') && <ContourLines {...levelProps} placement="surface" />}
      {(contours === 'both' || contours === 'floor') && <ContourLines {...levelProps} placement="floor" />}
      {Boolean(state.values.field) && <GradientField f={s.f} params={s.params} n={20} placement="floor" />}
      <SliceWithTangent
        value={s.value}
        x0={x}
        y0={y}
        f0={f}
        ux={ux}
        uy={uy}
        slope={directionalDerivative(fx, fy, theta)}
        color={U_COLOR}
        showPlane={state.values.plane as boolean}
        label={`D_u f = ${formatNumber(directionalDerivative(fx, fy, theta))}`}
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
        onAngle={setValues && ((degrees, phase) => setValues({ angle: degrees }, phase))}
        onEnd={endDrag}
      />
      {Boolean(state.values.gradient) && (
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

function DirectionalPanel({ state, expressions, setValues }: SceneViewProps) {
  const { point } = useSurfacePoint(state, expressions)
  const theta = ((state.values.angle as number) * Math.PI) / 180
  return (
    <>
      <h3>Direction u</h3>
      <DirectionalDerivativePlot fx={point.fx} fy={point.fy} angle={theta} onPickAngle={setValues && ((deg) => setValues({ angle: deg }, 'commit'))} />
      <ProjectionPicture fx={point.fx} fy={point.fy} angle={theta} />
      <h3>At the picked point</h3>
      <PointReadouts point={point} angle={theta} />
      <LevelCurvesSummary state={state} f={point.f} />
    </>
  )
}

/** Which level curves the picture draws, in words and numbers: the text alternative to the contour lines. */
function LevelCurvesSummary({ state, f }: { state: SceneViewProps['state']; f: number }) {
  const { contours, lv, levelStep, levels, zauto, zr } = state.values
  const listed = lv as readonly number[]
  const [zMin, zMax] = zr as readonly [number, number]
  // With a fixed z range the levels outside it are known not to be drawn; with "fit z" the range follows f.
  const hidden = zauto ? [] : listed.filter((c) => c < zMin || c > zMax)
  let which: string
  if (listed.length > 0) which = `At the levels you set: f = ${listed.join(', ')}.`
  else if ((levelStep as number) > 0) which = `At every multiple of ${levelStep as number}: f = k · ${levelStep as number}.`
  else which = `${levels as number} evenly spaced levels across the z range. Type levels under “level curves” to choose them.`
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

const directional: SceneDefinition = {
  id: 'directional-derivative',
  chapter: 3,
  title: 'Directional derivative',
  section: '3.1–3.4 Directional derivatives, steepest ascent, level curves',
  functions: ['f'],
  domain: { x: 'xr', y: 'yr' },
  zRange: { auto: 'zauto', fixed: 'zr' },
  schema,
  View: DirectionalView,
  Panel: DirectionalPanel,
}

export default directional
