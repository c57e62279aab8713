// 1.4 · The chain rule as two rates that multiply. Three panels: the inner g(x), the outer f(u) around u = g(x₀), and
// the composite f(g(x)). A step Δx moves g by Δu ≈ g′(x₀)·Δx (first triangle); that Δu moves f by
// Δy ≈ f′(u₀)·Δu (second triangle); so the composite moves by f′(g(x₀))·g′(x₀)·Δx (third). The panel checks the
// product against d/dx f(g(x)) differentiated as one expression by the symbolic engine.
import { useCallback, useMemo } from 'react'
import { fitCurveWindow, function1d, substitute, tangentLine, type Function1d } from '../../src/math/calculus1d/index.ts'
import {
  CurvePanel, CURVE_COLORS, DraggablePoint, FunctionCurve, PanelLabel, PanelPath, PointMarker, StraightLine, usePanelRects,
} from '../../src/render/curves/index.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { toLatex } from '../../src/math/expr/index.ts'
import { Katex } from '../../src/ui/Katex.tsx'
import { ValueList } from '../../src/ui/chapter1/ValueList.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { CURVE_CAMERA, isFunction1d, useFunction1d, xRangeParam } from './chapter1Scene.ts'

const INNER_COLOR = '#a371f7'

const params = sceneParams({
  f: { kind: 'expression', label: 'outer f(x)', default: 'sin(x)' },
  g: { kind: 'expression', label: 'inner g(x)', default: 'x^2' },
  x0: { kind: 'number', label: 'point x₀', min: -100, max: 100, step: 0.001, default: 0.8 },
  dx: { kind: 'number', label: 'step Δx', min: 0.01, max: 1, step: 0.01, default: 0.3 },
  xr: xRangeParam(-2, 2),
})

interface ChainModel {
  readonly outer: Function1d
  readonly inner: Function1d
  readonly composite: Function1d
  readonly x0: number
  readonly u0: number
  readonly innerRate: number
  readonly outerRate: number
}

function useChainModel({ values, expressions, dynamic }: SceneInput<typeof params>): ChainModel | { error: string } {
  const outer = useFunction1d(expressions.f, 'x', dynamic)
  const inner = useFunction1d(expressions.g, 'x', dynamic)
  const { x0 } = values
  const composite = useMemo(() => {
    try {
      return function1d(substitute(expressions.f, 'x', expressions.g), 'x', dynamic)
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }, [expressions.f, expressions.g, dynamic])
  return useMemo(() => {
    if (!isFunction1d(outer)) return outer
    if (!isFunction1d(inner)) return inner
    if (!isFunction1d(composite)) return composite
    const u0 = inner.f(x0)
    return { outer, inner, composite, x0, u0, innerRate: inner.df(x0), outerRate: outer.df(u0) }
  }, [outer, inner, composite, x0])
}

type Props = SceneProps<typeof params, ChainModel | { error: string }>

/** The u range the outer panel shows: the values g takes on the x range, padded (at least one unit wide). */
function uRange(inner: Function1d, xMin: number, xMax: number): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (let i = 0; i <= 200; i++) {
    const u = inner.f(xMin + ((xMax - xMin) * i) / 200)
    if (Number.isFinite(u)) {
      lo = Math.min(lo, u)
      hi = Math.max(hi, u)
    }
  }
  if (!(hi >= lo)) return [-1, 1]
  const pad = Math.max(0.5, (hi - lo) * 0.1)
  return [lo - pad, hi + pad]
}

function ChainView({ values, model, setValues, endDrag }: Props) {
  const [xMin, xMax] = values.xr
  const { dx } = values
  const rects = usePanelRects(3)
  const onMove = useCallback((x: number, phase: 'drag' | 'commit') => setValues({ x0: x }, phase), [setValues])
  const ok = 'outer' in model ? model : null
  const windows = useMemo(() => {
    if (!ok) return null
    const [uMin, uMax] = uRange(ok.inner, xMin, xMax)
    return {
      inner: fitCurveWindow([ok.inner.f], xMin, xMax),
      outer: fitCurveWindow([ok.outer.f], uMin, uMax),
      composite: fitCurveWindow([ok.composite.f], xMin, xMax),
    }
  }, [ok, xMin, xMax])
  if (!ok || !windows) return null
  const { inner, outer, composite, x0, u0, innerRate, outerRate } = ok
  const du = innerRate * dx
  const g0 = inner.f(x0)
  const f0 = outer.f(u0)
  return (
    <>
      <CurvePanel window={windows.inner} rect={rects[0]!} xLabel="x" yLabel="u = g(x)" title="inner g">
        <FunctionCurve fn={inner.f} color={INNER_COLOR} width={2.5} name="curve:g" />
        <StraightLine line={tangentLine(inner.f, inner.df, x0)} color={CURVE_COLORS.tangent} width={1.5} opacity={0.7} />
        <RateTriangle x={x0} y={g0} run={dx} rise={du} color={INNER_COLOR} riseText={`Δu = ${formatNumber(du, 3)}`} />
        <DraggablePoint fn={inner.f} x={x0} color={CURVE_COLORS.tangent} onMove={onMove} onEnd={endDrag} />
      </CurvePanel>
      <CurvePanel window={windows.outer} rect={rects[1]!} xLabel="u" yLabel="y = f(u)" title="outer f">
        <FunctionCurve fn={outer.f} color={CURVE_COLORS.f} width={2.5} name="curve:f" />
        <StraightLine line={tangentLine(outer.f, outer.df, u0)} color={CURVE_COLORS.tangent} width={1.5} opacity={0.7} />
        <RateTriangle x={u0} y={f0} run={du} rise={outerRate * du} color={CURVE_COLORS.f} riseText={`Δy = ${formatNumber(outerRate * du, 3)}`} />
        <PointMarker x={u0} y={f0} color={CURVE_COLORS.tangent} />
      </CurvePanel>
      <CurvePanel window={windows.composite} rect={rects[2]!} xLabel="x" yLabel="y = f(g(x))" title="f∘g">
        <FunctionCurve fn={composite.f} color={CURVE_COLORS.derivative} width={2.5} name="curve:fg" />
        <StraightLine line={tangentLine(composite.f, composite.df, x0)} color={CURVE_COLORS.tangent} width={1.5} opacity={0.7} />
        <RateTriangle x={x0} y={composite.f(x0)} run={dx} rise={outerRate * du} color={CURVE_COLORS.derivative} riseText="Δy" />
        <PointMarker x={x0} y={composite.f(x0)} color={CURVE_COLORS.tangent} />
      </CurvePanel>
    </>
  )
}

/** Run along the bottom, rise up the far side: the tangent's slope as rise over run. */
function RateTriangle({ x, y, run, rise, color, riseText }: { x: number; y: number; run: number; rise: number; color: string; riseText: string }) {
  return (
    <>
      <PanelPath points={[x, y, x + run, y, x + run, y + rise]} color={color} width={2} />
      <PanelLabel text={riseText} x={x + run} y={y + rise / 2} anchor={{ x: -0.08, y: 0.5 }} color={color} height={0.045} />
    </>
  )
}

function ChainPanel({ model }: Props) {
  if (!('outer' in model)) return <div className="derivation-error">A derivative is not available: {model.error}</div>
  const { composite, x0, u0, innerRate, outerRate } = model
  const product = outerRate * innerRate
  const direct = composite.df(x0)
  const agree = Math.abs(product - direct) <= 1e-12 * Math.max(1, Math.abs(direct))
  return (
    <>
      <h3>Two rates that multiply</h3>
      <Katex latex={`\\frac{d}{dx} f(g(x)) = f'(g(x))\\cdot g'(x)`} display />
      <ValueList
        rows={[
          { label: 'u_0 = g(x_0)', value: u0, id: 'u0' },
          { label: "g'(x_0)", value: innerRate, color: INNER_COLOR, id: 'inner-rate' },
          { label: "f'(u_0)", value: outerRate, color: CURVE_COLORS.f, id: 'outer-rate' },
          { label: "f'(u_0)\\cdot g'(x_0)", value: product, color: CURVE_COLORS.derivative, id: 'product' },
          { label: "\\tfrac{d}{dx}f(g(x))\\big|_{x_0}", value: direct, id: 'direct' },
        ]}
      />
      <p className="c1-note" data-testid="chain-check" data-agree={String(agree)}>
        {agree
          ? 'The product of the two rates equals the derivative of the composite, differentiated as one expression:'
          : Number.isFinite(direct) ? 'The two disagree here (a point where one of the rules does not apply).' : 'Undefined at this point.'}
      </p>
      <Katex latex={`\\frac{d}{dx}\\left[${toLatex(composite.expr)}\\right] = ${toLatex(composite.derivative.result)}`} />
    </>
  )
}

export default defineScene({
  howTo:
    'Type the inner g and the outer f, then move x₀ with the slider, by dragging the point or with the arrow keys (Shift: fine). The three plots show g, f and f∘g with their rate triangles; the panel multiplies f′(g(x₀)) by g′(x₀) and compares it with the derivative of the composite.',
  params,
  coordinates: ['x'],
  camera: CURVE_CAMERA,
  functions: ['f', 'g'],
  // A one-variable scene has no y extent.
  domain: { x: 'xr' },
  useModel: useChainModel,
  View: ChainView,
  Panel: ChainPanel,
})
