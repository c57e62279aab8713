// 1.2 · The tangent line at a point you drag along the curve, with the derivative curve f′ drawn underneath on the
// same x axis: the slope of the tangent at x₀ is the height of f′ at x₀. The tangent's slope is the exact symbolic
// f′(x₀); at corners, jumps and domain edges no tangent is drawn and the panel says why (the one-sided tangents of a
// corner are drawn dashed instead).
import { useCallback, useMemo } from 'react'
import { derivativeVerdict, fitCurveWindow, tangentLine, type Function1d } from '../../src/math/calculus1d/index.ts'
import {
  CurvePanel, CURVE_COLORS, DraggablePoint, FunctionCurve, PanelLabel, PanelPath, PointMarker, StraightLine, usePanelRects,
} from '../../src/render/curves/index.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { toLatex } from '../../src/math/expr/index.ts'
import { Katex as KatexInline } from '../../src/ui/Katex.tsx'
import { DerivativeVerdictNote } from '../../src/ui/chapter1/DerivativeVerdictNote.tsx'
import { ValueList } from '../../src/ui/chapter1/ValueList.tsx'
import { formatNumber, formatNumberLatex } from '../../src/math/format/formatNumber.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { CURVE_CAMERA, isFunction1d, useFunction1d, xRangeParam } from './chapter1Scene.ts'

const params = sceneParams({
  f: { kind: 'expression', label: 'f(x)', default: 'sin(2*x) + x^2/4' },
  x0: { kind: 'number', label: 'point x₀', min: -100, max: 100, step: 0.001, default: 0.6 },
  deriv: { kind: 'boolean', label: "show f′ below", default: true, folder: 'view' },
  xr: xRangeParam(-3, 3),
})

function useTangentModel({ values, expressions, dynamic }: SceneInput<typeof params>) {
  const fn = useFunction1d(expressions.f, 'x', dynamic)
  const { x0 } = values
  const verdict = useMemo(() => (isFunction1d(fn) ? derivativeVerdict(fn.f, x0) : null), [fn, x0])
  return useMemo(() => ({ fn, x0, verdict }), [fn, x0, verdict])
}

type Props = SceneProps<typeof params, ReturnType<typeof useTangentModel>>

function TangentView({ values, model, setValues, endDrag }: Props) {
  const { fn, x0, verdict } = model
  const showDerivative = values.deriv
  const [xMin, xMax] = values.xr
  const rects = usePanelRects(showDerivative ? 2 : 1, 'column')
  const onMove = useCallback((x: number, phase: 'drag' | 'commit') => setValues({ x0: x }, phase), [setValues])
  const f1 = isFunction1d(fn) ? fn : null
  const windowF = useMemo(() => (f1 ? fitCurveWindow([f1.f], xMin, xMax) : null), [f1, xMin, xMax])
  const windowD = useMemo(() => (f1 ? fitCurveWindow([f1.df], xMin, xMax) : null), [f1, xMin, xMax])
  if (!f1 || !windowF || !windowD || !verdict) return null
  const fx0 = f1.f(x0)
  const slope = f1.df(x0)
  const tangent = verdict.kind === 'exists' ? tangentLine(f1.f, f1.df, x0) : null
  const corner = verdict.kind === 'corner' ? verdict : null
  return (
    <>
      <CurvePanel window={windowF} rect={rects[0]!} xLabel="x" yLabel="y = f(x)">
        <Guide x={x0} window={windowF} />
        <FunctionCurve fn={f1.f} color={CURVE_COLORS.f} width={3} name="curve:f" />
        <StraightLine line={tangent} color={CURVE_COLORS.tangent} width={2.5} name="line:tangent" />
        {corner && <StraightLine line={{ x0, y0: fx0, slope: corner.left }} color={CURVE_COLORS.tangent} width={2} dashed name="line:left" />}
        {corner && <StraightLine line={{ x0, y0: fx0, slope: corner.right }} color={CURVE_COLORS.secant} width={2} dashed name="line:right" />}
        {tangent && <PanelLabel text={`slope ${formatNumber(slope, 4)}`} x={x0} y={fx0} anchor={{ x: -0.15, y: -0.4 }} color={CURVE_COLORS.tangent} />}
        <DraggablePoint fn={f1.f} x={x0} color={CURVE_COLORS.tangent} onMove={onMove} onEnd={endDrag} />
      </CurvePanel>
      {showDerivative && (
        <CurvePanel window={windowD} rect={rects[1]!} xLabel="x" yLabel="y = f′(x)">
          <Guide x={x0} window={windowD} />
          <FunctionCurve fn={f1.df} color={CURVE_COLORS.derivative} width={3} name="curve:df" />
          {verdict.kind === 'exists' && <PointMarker x={x0} y={slope} color={CURVE_COLORS.tangent} name="point:df" />}
        </CurvePanel>
      )}
    </>
  )
}

/** A faint vertical line at x, so the eye can follow x₀ from f down to f′. */
function Guide({ x, window }: { x: number; window: { yMin: number; yMax: number } }) {
  return <PanelPath points={[x, window.yMin, x, window.yMax]} color={CURVE_COLORS.muted} width={1.2} dashed opacity={0.7} />
}

function TangentPanel({ model }: Props) {
  const { fn, x0, verdict } = model
  if (!isFunction1d(fn)) return <div className="derivation-error">f′ is not available: {fn.error}</div>
  return <TangentReadout fn={fn} x0={x0} verdict={verdict!} />
}

function TangentReadout({ fn, x0, verdict }: { fn: Function1d; x0: number; verdict: NonNullable<ReturnType<typeof derivativeVerdict>> }) {
  const fx0 = fn.f(x0)
  const slope = fn.df(x0)
  const exists = verdict.kind === 'exists'
  const equation = exists
    ? `y = ${formatNumberLatex(fx0, 5)} ${slope < 0 ? '-' : '+'} ${formatNumberLatex(Math.abs(slope), 5)}\\,(x ${x0 < 0 ? '+' : '-'} ${formatNumberLatex(Math.abs(x0), 5)})`
    : '\\text{no tangent here}'
  return (
    <>
      <h3>Tangent at x₀</h3>
      <ValueList
        rows={[
          { label: 'x_0', value: x0, id: 'x0' },
          { label: 'f(x_0)', value: fx0, color: CURVE_COLORS.f, id: 'fx0' },
          { label: "f'(x)", value: <KatexInline latex={toLatex(fn.derivative.result)} />, color: CURVE_COLORS.derivative },
          { label: "f'(x_0)", value: slope, color: CURVE_COLORS.tangent, id: 'slope' },
          { label: '\\text{tangent}', value: <KatexInline latex={equation} /> },
        ]}
      />
      <DerivativeVerdictNote verdict={verdict} formulaValue={slope} />
      <p className="c1-note">Drag the point along the curve, or click the plot and use ← → (Shift for fine steps).</p>
    </>
  )
}

export default defineScene({
  howTo:
    'Drag the point along f (or use the arrow keys, Shift: fine): the tangent line and its slope f′(x₀) follow, and f′ is drawn beside f. At a corner the two one-sided tangents are drawn instead.',
  params,
  coordinates: ['x'],
  camera: CURVE_CAMERA,
  functions: ['f'],
  // A one-variable scene has no y extent.
  domain: { x: 'xr' },
  useModel: useTangentModel,
  View: TangentView,
  Panel: TangentPanel,
})
