// 1.4 · The product rule as the area of a rectangle, and the quotient rule as the same picture read backwards.
// Product: a rectangle with sides u(x₀) and v(x₀) has area u·v. A step Δx grows the sides by Δu ≈ u′Δx and
// Δv ≈ v′Δx, which adds two strips, u′v·Δx on the right and uv′·Δx on top, plus a corner Δu·Δv that is second order
// in Δx and vanishes from the rate: (uv)′ = u′v + uv′. Quotient: with q = u/v the rectangle q × v has area u; its
// strips q′v·Δx and qv′·Δx add up to u′Δx, so q′ = (u′ − qv′)/v = (u′v − uv′)/v².
import { useCallback, useMemo } from 'react'
import { div, mul, toLatex } from '../../src/math/expr/index.ts'
import { fitCurveWindow, function1d, type CurveWindow, type Function1d } from '../../src/math/calculus1d/index.ts'
import {
  CurvePanel, CURVE_COLORS, DraggablePoint, FillRect, FunctionCurve, PanelLabel, PanelPath, PointMarker, usePanelRects,
} from '../../src/render/curves/index.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { Katex } from '../../src/ui/Katex.tsx'
import { ValueList } from '../../src/ui/chapter1/ValueList.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { CURVE_CAMERA, isFunction1d, useFunction1d, xRangeParam } from './chapter1Scene.ts'

const U_COLOR = '#a371f7'
const V_COLOR = '#7ee787'

const params = sceneParams({
  rule: {
    kind: 'choice',
    label: 'rule',
    options: [
      { value: 'product', label: 'product (u·v)′' },
      { value: 'quotient', label: 'quotient (u/v)′' },
    ],
    default: 'product',
  },
  u: { kind: 'expression', label: 'u(x)', default: '1 + x^2/2' },
  v: { kind: 'expression', label: 'v(x)', default: '2 + sin(2*x)/2' },
  x0: { kind: 'number', label: 'point x₀', min: -100, max: 100, step: 0.001, default: 1 },
  dx: { kind: 'number', label: 'step Δx', min: 0.01, max: 1, step: 0.01, default: 0.25 },
  xr: xRangeParam(0, 2.5),
})

interface RuleModel {
  readonly u: Function1d
  readonly v: Function1d
  /** u·v or u/v, differentiated as one expression by the symbolic engine. */
  readonly combined: Function1d
  readonly quotient: boolean
  readonly x0: number
}

function useRuleModel({ values, expressions, dynamic }: SceneInput<typeof params>): RuleModel | { error: string } {
  const u = useFunction1d(expressions.u, 'x', dynamic)
  const v = useFunction1d(expressions.v, 'x', dynamic)
  const quotient = values.rule === 'quotient'
  const combined = useMemo(() => {
    try {
      const expr = quotient ? div(expressions.u, expressions.v) : mul(expressions.u, expressions.v)
      return function1d(expr, 'x', dynamic)
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }, [expressions.u, expressions.v, quotient, dynamic])
  const { x0 } = values
  return useMemo(() => {
    if (!isFunction1d(u)) return u
    if (!isFunction1d(v)) return v
    if (!isFunction1d(combined)) return combined
    return { u, v, combined, quotient, x0 }
  }, [u, v, combined, quotient, x0])
}

type Props = SceneProps<typeof params, RuleModel | { error: string }>

/** The rectangle's sides a (horizontal) × b (vertical) and their growth over Δx along the tangents. */
function rectangleOf(model: RuleModel, dx: number) {
  const { u, v, combined, quotient, x0 } = model
  const a = quotient ? combined.f(x0) : u.f(x0)
  const da = (quotient ? combined.df(x0) : u.df(x0)) * dx
  const b = v.f(x0)
  const db = v.df(x0) * dx
  return { a, da, b, db }
}

function rectangleWindow(a: number, da: number, b: number, db: number): CurveWindow | null {
  if (![a, da, b, db].every(Number.isFinite)) return null
  const xs = [0, a, a + da]
  const ys = [0, b, b + db]
  const pad = (lo: number, hi: number) => Math.max(0.15 * (hi - lo), 1e-3)
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)]
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)]
  return { xMin: x0 - pad(x0, x1), xMax: x1 + pad(x0, x1), yMin: y0 - pad(y0, y1), yMax: y1 + pad(y0, y1) }
}

function RuleView({ values, model, setValues, endDrag }: Props) {
  const [xMin, xMax] = values.xr
  const { dx } = values
  const rects = usePanelRects(2)
  const onMove = useCallback((x: number, phase: 'drag' | 'commit') => setValues({ x0: x }, phase), [setValues])
  const ok = 'u' in model ? model : null
  const curveWindow = useMemo(
    () => (ok ? fitCurveWindow([ok.u.f, ok.v.f, ok.combined.f], xMin, xMax) : null),
    [ok, xMin, xMax],
  )
  if (!ok || !curveWindow) return null
  const { a, da, b, db } = rectangleOf(ok, dx)
  const rectWindow = rectangleWindow(a, da, b, db)
  const q = ok.quotient
  return (
    <>
      <CurvePanel window={curveWindow} rect={rects[0]!} xLabel="x" title={q ? 'u, v and q = u/v' : 'u, v and u·v'}>
        <FunctionCurve fn={ok.u.f} color={U_COLOR} width={2.5} name="curve:u" />
        <FunctionCurve fn={ok.v.f} color={V_COLOR} width={2.5} name="curve:v" />
        <FunctionCurve fn={ok.combined.f} color={CURVE_COLORS.derivative} width={3} name="curve:combined" />
        <PanelLabel text="u" x={xMax} y={ok.u.f(xMax)} anchor={{ x: -0.3, y: 0.5 }} color={U_COLOR} />
        <PanelLabel text="v" x={xMax} y={ok.v.f(xMax)} anchor={{ x: -0.3, y: 0.5 }} color={V_COLOR} />
        <PanelLabel text={q ? 'u/v' : 'u·v'} x={xMax} y={ok.combined.f(xMax)} anchor={{ x: -0.15, y: 0.5 }} color={CURVE_COLORS.derivative} />
        <PointMarker x={ok.x0} y={ok.u.f(ok.x0)} color={U_COLOR} />
        <PointMarker x={ok.x0} y={ok.v.f(ok.x0)} color={V_COLOR} />
        <DraggablePoint fn={ok.combined.f} x={ok.x0} color={CURVE_COLORS.tangent} onMove={onMove} onEnd={endDrag} />
      </CurvePanel>
      {rectWindow && (
        <CurvePanel window={rectWindow} rect={rects[1]!} xLabel={q ? 'q = u/v' : 'u'} yLabel="v" title={q ? 'area q·v = u' : 'area u·v'}>
          <FillRect x0={0} y0={0} x1={a} y1={b} color={CURVE_COLORS.derivative} opacity={0.22} name="rect:area" />
          <FillRect x0={a} y0={0} x1={a + da} y1={b} color={U_COLOR} opacity={0.55} name="rect:right-strip" />
          <FillRect x0={0} y0={b} x1={a} y1={b + db} color={V_COLOR} opacity={0.55} name="rect:top-strip" />
          <FillRect x0={a} y0={b} x1={a + da} y1={b + db} color={CURVE_COLORS.muted} opacity={0.6} name="rect:corner" />
          <PanelPath points={[0, 0, a, 0, a, b, 0, b, 0, 0]} color={CURVE_COLORS.derivative} width={2} />
          <PanelLabel text={q ? `q′v·Δx` : `u′v·Δx`} x={a + da} y={b / 2} anchor={{ x: da >= 0 ? -0.08 : 1.08, y: 0.5 }} color={U_COLOR} height={0.05} />
          <PanelLabel text={q ? `q·v′Δx` : `u·v′Δx`} x={a / 2} y={b + db} anchor={{ x: 0.5, y: db >= 0 ? -0.25 : 1.25 }} color={V_COLOR} height={0.05} />
        </CurvePanel>
      )}
    </>
  )
}

function RulePanel({ model }: Props) {
  if (!('u' in model)) return <div className="derivation-error">A derivative is not available: {model.error}</div>
  const { u, v, combined, quotient, x0 } = model
  const u0 = u.f(x0), v0 = v.f(x0), du = u.df(x0), dv = v.df(x0)
  const byRule = quotient ? (du * v0 - u0 * dv) / (v0 * v0) : du * v0 + u0 * dv
  const direct = combined.df(x0)
  const agree = Math.abs(byRule - direct) <= 1e-12 * Math.max(1, Math.abs(direct))
  const rows = quotient
    ? [
        { label: "u'v", value: du * v0, color: U_COLOR, id: 'first' },
        { label: "uv'", value: u0 * dv, color: V_COLOR, id: 'second' },
        { label: "\\dfrac{u'v - uv'}{v^2}", value: byRule, color: CURVE_COLORS.derivative, id: 'by-rule' },
      ]
    : [
        { label: "u'v", value: du * v0, color: U_COLOR, id: 'first' },
        { label: "uv'", value: u0 * dv, color: V_COLOR, id: 'second' },
        { label: "u'v + uv'", value: byRule, color: CURVE_COLORS.derivative, id: 'by-rule' },
      ]
  return (
    <>
      <h3>{quotient ? 'Quotient rule' : 'Product rule'}</h3>
      <Katex latex={quotient ? "\\left(\\frac{u}{v}\\right)' = \\frac{u'v - uv'}{v^2}" : "(uv)' = u'v + uv'"} display />
      <ValueList
        rows={[
          { label: 'u(x_0),\\ v(x_0)', value: `${formatNumber(u0, 6)}, ${formatNumber(v0, 6)}` },
          { label: "u'(x_0),\\ v'(x_0)", value: `${formatNumber(du, 6)}, ${formatNumber(dv, 6)}` },
          ...rows,
          { label: quotient ? "(u/v)'\\ \\text{symbolic}" : "(uv)'\\ \\text{symbolic}", value: direct, id: 'direct' },
        ]}
      />
      <p className="c1-note" data-testid="rule-check" data-agree={String(agree)}>
        {agree ? 'The rule agrees with differentiating the whole expression:' : 'Undefined here (v = 0, or a point where u or v has no derivative).'}
      </p>
      <Katex latex={`\\frac{d}{dx}\\left[${toLatex(combined.expr)}\\right] = ${toLatex(combined.derivative.result)}`} />
      <p className="c1-note">
        The grey corner is Δu·Δv, of order Δx²: shrink Δx and it disappears faster than the strips, which is why it leaves no trace in the
        derivative.
      </p>
    </>
  )
}

export default defineScene({
  howTo:
    'Type u and v and move x: the left plot shows u, v and u·v (or u/v); the right one shows the product rule as a rectangle whose area grows by the strips u′v·Δx and uv′·Δx.',
  params,
  coordinates: ['x'],
  camera: CURVE_CAMERA,
  functions: ['u', 'v'],
  // A one-variable scene has no y extent.
  domain: { x: 'xr' },
  useModel: useRuleModel,
  View: RuleView,
  Panel: RulePanel,
})
