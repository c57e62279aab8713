// 1.1 · The derivative as a limit. The secant through (x₀, f(x₀)) and (x₀+h, f(x₀+h)) has slope
// (f(x₀+h) − f(x₀))/h; as h → 0 it turns into the tangent, when the limit exists. An h slider (log scale, either
// side), an animation of h → 0, and a table of quotients for h = 10⁻¹ … 10⁻ᵏ against the exact f′(x₀) that shows
// float64 round-off taking over for tiny h. Examples where the limit does not exist (|x|, relu, a step, cbrt at 0)
// compare the left and right quotients.
import { useCallback, useEffect, useEffectEvent, useMemo } from 'react'
import { derivativeVerdict, fitCurveWindow, quotientTable, secantLine, tangentLine, optimalStep } from '../../src/math/calculus1d/index.ts'
import {
  CurvePanel, CURVE_COLORS, DraggablePoint, FunctionCurve, PanelLabel, PanelPath, PointMarker, StraightLine, usePanelRects,
} from '../../src/render/curves/index.ts'
import { sceneParams, type StatePatch } from '../../src/state/paramSpec.ts'
import { DerivativeVerdictNote } from '../../src/ui/chapter1/DerivativeVerdictNote.tsx'
import { QuotientTable } from '../../src/ui/chapter1/QuotientTable.tsx'
import { ValueList } from '../../src/ui/chapter1/ValueList.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { CURVE_CAMERA, isFunction1d, useFunction1d, xRangeParam } from './chapter1Scene.ts'

interface Example {
  readonly label: string
  readonly f: string
  readonly x0: number
  readonly xr: readonly [number, number]
}

const EXAMPLES: Readonly<Record<string, Example>> = {
  smooth: { label: 'smooth: sin(x) + x²/5', f: 'sin(x) + x^2/5', x0: 0.5, xr: [-3, 3] },
  abs: { label: 'corner: |x| at 0', f: 'abs(x)', x0: 0, xr: [-2, 2] },
  relu: { label: 'corner: relu(x) at 0', f: 'relu(x)', x0: 0, xr: [-2, 2] },
  step: { label: 'jump: step(x) at 0', f: 'step(x)', x0: 0, xr: [-2, 2] },
  cbrt: { label: 'vertical tangent: cbrt(x) at 0', f: 'cbrt(x)', x0: 0, xr: [-2, 2] },
  exp: { label: 'exp(x) at 2 (large f: more round-off)', f: 'exp(x)', x0: 2, xr: [-1, 3] },
}

const examplePatch = (e: Example): StatePatch => ({ values: { f: e.f, x0: e.x0, xr: e.xr } })

/** The animation shrinks h by one decade every DECADE_MS, down to H_END. */
const DECADE_MS = 1100
const H_END = 1e-7
const ANIMATION_TICK_MS = 90

const params = sceneParams({
  example: {
    kind: 'choice',
    label: 'example',
    options: [...Object.entries(EXAMPLES).map(([value, e]) => ({ value, label: e.label })), { value: 'custom', label: 'custom' }],
    default: 'smooth',
    applies: Object.fromEntries(Object.entries(EXAMPLES).map(([k, e]) => [k, examplePatch(e)])),
    detachOn: ['f', 'x0'],
    detachValue: 'custom',
  },
  f: { kind: 'expression', label: 'f(x)', default: EXAMPLES.smooth!.f },
  x0: { kind: 'number', label: 'point x₀', min: -100, max: 100, step: 0.001, default: 0.5 },
  h: { kind: 'number', label: '|h| (log scale)', min: 1e-8, max: 1, step: 1e-9, default: 0.5, log: true },
  side: {
    kind: 'choice',
    label: 'side of h',
    options: [
      { value: 'right', label: 'h > 0 (right secant)' },
      { value: 'left', label: 'h < 0 (left secant)' },
    ],
    default: 'right',
  },
  play: { kind: 'boolean', label: 'play h → 0', default: false },
  rows: { kind: 'integer', label: 'table rows (10⁻¹ … 10⁻ᵏ)', min: 4, max: 16, step: 1, default: 8, folder: 'table' },
  xr: xRangeParam(-3, 3),
})

type Props = SceneProps<typeof params, ReturnType<typeof useLimitModel>>

/** f, f′ and f″ of the typed f (shared by the picture and the table). */
function useLimitModel({ expressions, dynamic }: SceneInput<typeof params>) {
  return useFunction1d(expressions.f, 'x', dynamic)
}

const signedH = (values: Props['values']) => values.h * (values.side === 'left' ? -1 : 1)

function LimitView({ values, model: fn, setValues, endDrag }: Props) {
  const [xMin, xMax] = values.xr
  const { x0 } = values
  const h = signedH(values)
  const [rect] = usePanelRects(1)
  const f1 = isFunction1d(fn) ? fn : null
  const window = useMemo(() => (f1 ? fitCurveWindow([f1.f], xMin, xMax) : null), [f1, xMin, xMax])
  const onMove = useCallback((x: number, phase: 'drag' | 'commit') => setValues({ x0: x }, phase), [setValues])
  useHAnimation(values.play, values.h, setValues, endDrag)
  if (!f1 || !window) return null
  const f0 = f1.f(x0)
  const f1h = f1.f(x0 + h)
  const secant = secantLine(f1.f, x0, h)
  const verdict = derivativeVerdict(f1.f, x0)
  const tangent = verdict.kind === 'exists' ? tangentLine(f1.f, f1.df, x0) : null
  return (
    <CurvePanel window={window} rect={rect!} xLabel="x" yLabel="y = f(x)">
      <FunctionCurve fn={f1.f} color={CURVE_COLORS.f} width={3} name="curve:f" />
      <StraightLine line={tangent} color={CURVE_COLORS.tangent} width={1.5} dashed opacity={0.8} name="line:tangent" />
      <StraightLine line={secant} color={CURVE_COLORS.secant} width={2.5} name="line:secant" />
      {/* Run h along the bottom, rise Δy up the side: the secant's slope is rise over run. */}
      <PanelPath points={[x0, f0, x0 + h, f0, x0 + h, f1h]} color={CURVE_COLORS.secant} width={1.5} opacity={0.75} name="rise-run" />
      <PanelLabel text={`h = ${formatNumber(h, 3)}`} x={x0 + h / 2} y={f0} anchor={{ x: 0.5, y: f1h >= f0 ? 1.2 : -0.3 }} color={CURVE_COLORS.secant} />
      <PanelLabel text={`slope ${formatNumber(secant.slope, 5)}`} x={x0 + h} y={f1h} anchor={{ x: h >= 0 ? -0.1 : 1.1, y: 0.5 }} color={CURVE_COLORS.secant} />
      <PointMarker x={x0 + h} y={f1h} color={CURVE_COLORS.secant} name="point:x0+h" />
      <DraggablePoint fn={f1.f} x={x0} color={CURVE_COLORS.tangent} onMove={onMove} onEnd={endDrag} />
    </CurvePanel>
  )
}

/**
 * While `play` is on, h shrinks geometrically (one decade per DECADE_MS) from its value when play started (or from 1
 * if it was already tiny) to H_END, a few times a second through the session (the URL entry is replaced, not pushed),
 * then play switches itself off.
 */
function useHAnimation(play: boolean, h: number, setValues: Props['setValues'], endDrag: Props['endDrag']): void {
  // h is read when play starts, not tracked: the animation itself changes h, and must not restart on every tick.
  const currentH = useEffectEvent(() => h)
  useEffect(() => {
    if (!play) return
    const start = performance.now()
    const hNow = currentH()
    const h0 = hNow > H_END * 10 ? hNow : 1
    const timer = setInterval(() => {
      const decades = (performance.now() - start) / DECADE_MS
      const next = h0 * Math.pow(10, -decades)
      if (next <= H_END) {
        clearInterval(timer)
        setValues({ h: H_END, play: false }, 'drag')
        endDrag()
      } else {
        setValues({ h: Number(next.toPrecision(3)) }, 'drag')
      }
    }, ANIMATION_TICK_MS)
    return () => clearInterval(timer)
  }, [play, setValues, endDrag])
}

function LimitPanel({ values, model: fn }: Props) {
  const { x0, rows: rowCount } = values
  const h = signedH(values)
  const rows = useMemo(() => (isFunction1d(fn) ? quotientTable(fn.f, fn.df, fn.d2f, x0, rowCount) : []), [fn, x0, rowCount])
  if (!isFunction1d(fn)) return <div className="derivation-error">f′ is not available: {fn.error}</div>
  const q = (fn.f(x0 + h) - fn.f(x0)) / h
  const exact = fn.df(x0)
  const verdict = derivativeVerdict(fn.f, x0)
  const hStar = optimalStep(fn.f(x0), fn.d2f(x0))
  return (
    <>
      <h3>Secant → tangent</h3>
      <ValueList
        rows={[
          { label: 'h', value: h, color: CURVE_COLORS.secant, id: 'h' },
          { label: '\\dfrac{f(x_0+h)-f(x_0)}{h}', value: q, color: CURVE_COLORS.secant, id: 'quotient' },
          { label: "f'(x_0)\\ \\text{symbolic}", value: exact, color: CURVE_COLORS.tangent, id: 'exact' },
          { label: '\\text{error}', value: verdict.kind === 'exists' ? Math.abs(q - exact) : '— (no limit to compare with)', id: 'error' },
        ]}
      />
      <DerivativeVerdictNote verdict={verdict} formulaValue={exact} />
      <h3>Difference quotients at x₀</h3>
      <QuotientTable rows={rows} activeH={h} showError={verdict.kind === 'exists'} />
      <p className="c1-note">
        The error first shrinks like h (truncation ≈ |f″|h/2), then grows like 1/h (round-off ≈ 2ε|f|/h, orange), because f(x₀+h) and
        f(x₀) agree in almost all their digits and the subtraction keeps only the noise.
        {Number.isFinite(hStar) && ` The two balance near h ≈ ${formatNumber(hStar, 2)}.`} Raise “table rows” to see h down to 10⁻¹⁶.
      </p>
    </>
  )
}

export default defineScene({
  howTo:
    'Drag the point or use the arrow keys to choose x, shrink h with its slider or press play to watch h → 0: the secant turns into the tangent. The table lists the difference quotients and, for tiny h, the round-off error.',
  params,
  coordinates: ['x'],
  camera: CURVE_CAMERA,
  functions: ['f'],
  // A one-variable scene has no y extent.
  domain: { x: 'xr' },
  useModel: useLimitModel,
  View: LimitView,
  Panel: LimitPanel,
})
