// 1.5 · Why log and exp matter in ML. Four classics, each a function f(z) of a logit z and a claim about its
// derivative, drawn over the exact f′ and checked symbolically:
//   σ′ = σ(1 − σ);  softplus′ = σ;  d/dz of the cross-entropy −[y log σ(z) + (1−y) log(1−σ(z))] = σ(z) − y;
//   ∂/∂z log(eᶻ + eᵇ + eᶜ) = softmax (the gradient of log-sum-exp), with the softmax of the three logits as bars.
// The check expands f′ − claim as a polynomial in its atoms (σ(z) is one atom) and finds every coefficient zero.
import { useCallback, useMemo } from 'react'
import { sub, toLatex } from '../../src/math/expr/index.ts'
import { fitCurveWindow, isIdenticallyZero, tangentLine } from '../../src/math/calculus1d/index.ts'
import {
  CurvePanel, CURVE_COLORS, DraggablePoint, FunctionCurve, PanelPath, PointMarker, StraightLine, usePanelRects,
} from '../../src/render/curves/index.ts'
import { sceneParams, type StatePatch } from '../../src/state/paramSpec.ts'
import { Katex } from '../../src/ui/Katex.tsx'
import { SoftmaxBars } from '../../src/ui/chapter1/SoftmaxBars.tsx'
import { ValueList } from '../../src/ui/chapter1/ValueList.tsx'
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { CURVE_CAMERA, isFunction1d, useFunction1d } from './chapter1Scene.ts'

interface Topic {
  readonly label: string
  readonly f: string
  readonly g: string
  readonly zr: readonly [number, number]
  readonly dynamic?: Readonly<Record<string, number>>
  readonly note: string
}

const TOPICS: Readonly<Record<string, Topic>> = {
  sigmoid: {
    label: 'sigmoid σ(z)',
    f: 'sigmoid(z)',
    g: 'sigmoid(z)*(1 - sigmoid(z))',
    zr: [-8, 8],
    note: 'σ′ = σ(1 − σ) is at most 1/4 (at z = 0) and vanishes for large |z|: a saturated sigmoid unit passes almost no gradient back.',
  },
  softplus: {
    label: 'softplus log(1 + eᶻ)',
    f: 'softplus(z)',
    g: 'sigmoid(z)',
    zr: [-6, 6],
    note: 'softplus is a smooth relu, and its derivative is exactly the sigmoid: relu′ is a step, softplus′ is a smoothed step.',
  },
  xent: {
    label: 'cross-entropy of σ(z)',
    f: '-(y*log(sigmoid(z)) + (1 - y)*log(1 - sigmoid(z)))',
    g: 'sigmoid(z) - y',
    zr: [-8, 8],
    dynamic: { y: 1 },
    note: 'The gradient with respect to the logit is prediction − label, σ(z) − y: the log undoes the exp inside σ, so the gradient stays large while the prediction is wrong (no vanishing σ′). In float64 log(1 − σ(z)) is −∞ beyond z ≈ 37; libraries compute it as −softplus(z).',
  },
  lse: {
    label: 'log-sum-exp and softmax',
    f: 'log(exp(z) + exp(b) + exp(c))',
    g: 'exp(z)/(exp(z) + exp(b) + exp(c))',
    zr: [-6, 6],
    dynamic: { b: 1, c: -0.5 },
    note: 'log-sum-exp is a smooth max of the logits z, b, c; its slope in z is z’s softmax probability, rising from 0 to 1 as z overtakes the others.',
  },
}

const topicPatch = (t: Topic): StatePatch => ({ values: { f: t.f, g: t.g, zr: t.zr, z0: 0.5 }, dynamic: t.dynamic ?? {} })

const params = sceneParams({
  topic: {
    kind: 'choice',
    label: 'topic',
    options: [...Object.entries(TOPICS).map(([value, t]) => ({ value, label: t.label })), { value: 'custom', label: 'custom' }],
    default: 'sigmoid',
    applies: Object.fromEntries(Object.entries(TOPICS).map(([k, t]) => [k, topicPatch(t)])),
    detachOn: ['f', 'g'],
    detachValue: 'custom',
  },
  f: { kind: 'expression', label: 'f(z)', default: TOPICS.sigmoid!.f },
  g: { kind: 'expression', label: "claimed f′(z)", default: TOPICS.sigmoid!.g },
  z0: { kind: 'number', label: 'point z₀', min: -100, max: 100, step: 0.001, default: 0.5 },
  zr: { kind: 'interval', label: 'logit range', min: -100, max: 100, step: 0.1, default: [-8, 8], folder: 'view' },
})

function useMlModel({ values, expressions, dynamic }: SceneInput<typeof params>) {
  const fn = useFunction1d(expressions.f, 'z', dynamic)
  const claim = useFunction1d(expressions.g, 'z', dynamic)
  const { z0 } = values
  return useMemo(() => ({ fn, claim, z0 }), [fn, claim, z0])
}

type Props = SceneProps<typeof params, ReturnType<typeof useMlModel>>

function MlView({ values, model, setValues, endDrag }: Props) {
  const { fn, claim, z0 } = model
  const [zMin, zMax] = values.zr
  const rects = usePanelRects(2, 'column')
  const onMove = useCallback((z: number, phase: 'drag' | 'commit') => setValues({ z0: z }, phase), [setValues])
  const f1 = isFunction1d(fn) ? fn : null
  const g1 = isFunction1d(claim) ? claim : null
  const windowF = useMemo(() => (f1 ? fitCurveWindow([f1.f], zMin, zMax) : null), [f1, zMin, zMax])
  const windowD = useMemo(() => (f1 && g1 ? fitCurveWindow([f1.df, g1.f], zMin, zMax) : null), [f1, g1, zMin, zMax])
  if (!f1 || !g1 || !windowF || !windowD) return null
  return (
    <>
      <CurvePanel window={windowF} rect={rects[0]!} xLabel="z" yLabel="f(z)">
        <PanelPath points={[z0, windowF.yMin, z0, windowF.yMax]} color={CURVE_COLORS.muted} width={1.2} dashed opacity={0.7} />
        <FunctionCurve fn={f1.f} color={CURVE_COLORS.f} width={3} name="curve:f" />
        <StraightLine line={tangentLine(f1.f, f1.df, z0)} color={CURVE_COLORS.tangent} width={2} name="line:tangent" />
        <DraggablePoint fn={f1.f} x={z0} color={CURVE_COLORS.tangent} onMove={onMove} onEnd={endDrag} />
      </CurvePanel>
      <CurvePanel window={windowD} rect={rects[1]!} xLabel="z" yLabel="f′(z) and the claim (dashed)">
        <PanelPath points={[z0, windowD.yMin, z0, windowD.yMax]} color={CURVE_COLORS.muted} width={1.2} dashed opacity={0.7} />
        <FunctionCurve fn={f1.df} color={CURVE_COLORS.derivative} width={5} opacity={0.9} name="curve:df" />
        <FunctionCurve fn={g1.f} color={CURVE_COLORS.claim} width={2} dashed name="curve:claim" />
        <PointMarker x={z0} y={f1.df(z0)} color={CURVE_COLORS.tangent} />
      </CurvePanel>
    </>
  )
}

function MlPanel({ values, expressions, dynamic, model }: Props) {
  const { fn, claim, z0 } = model
  const [zMin, zMax] = values.zr
  const check = useMemo(() => {
    if (!isFunction1d(fn) || !isFunction1d(claim)) return null
    const symbolic = isIdenticallyZero(sub(fn.derivative.result, expressions.g))
    let maxDifference = 0
    for (let i = 0; i <= 400; i++) {
      const z = zMin + ((zMax - zMin) * i) / 400
      const d = Math.abs(fn.df(z) - claim.f(z))
      if (Number.isFinite(d)) maxDifference = Math.max(maxDifference, d)
    }
    return { symbolic, maxDifference }
  }, [fn, claim, expressions.g, zMin, zMax])
  if (!isFunction1d(fn)) return <div className="derivation-error">f′ is not available: {fn.error}</div>
  if (!isFunction1d(claim) || !check) return null
  const topic = TOPICS[values.topic]
  const logits = values.topic === 'lse' && dynamic.b !== undefined && dynamic.c !== undefined ? [z0, dynamic.b, dynamic.c] : null
  return (
    <>
      <h3>The claim</h3>
      <Katex latex={`\\frac{d}{dz}\\left[${toLatex(fn.expr)}\\right] \\overset{?}{=} ${toLatex(expressions.g)}`} display />
      <div className="c1-verdict" data-exists={String(check.symbolic)} data-testid="ml-check" data-symbolic={String(check.symbolic)}>
        {check.symbolic
          ? 'Verified symbolically: f′ − claim expands to 0 (σ(z) and the other calls treated as atoms).'
          : `Not shown symbolically. Numerically, the largest |f′ − claim| on the z range is ${formatNumber(check.maxDifference, 3)}.`}
      </div>
      <ValueList
        rows={[
          { label: 'z_0', value: z0, id: 'z0' },
          { label: 'f(z_0)', value: fn.f(z0), color: CURVE_COLORS.f, id: 'f' },
          { label: "f'(z_0)", value: fn.df(z0), color: CURVE_COLORS.derivative, id: 'df' },
          { label: '\\text{claim}(z_0)', value: claim.f(z0), color: CURVE_COLORS.claim, id: 'claim' },
        ]}
      />
      {logits && <SoftmaxBars logits={logits} names={['z', 'b', 'c']} />}
      {topic && <p className="c1-note">{topic.note}</p>}
    </>
  )
}

export default defineScene({
  howTo:
    'Choose a function from ML (sigmoid, softplus, cross-entropy, log-sum-exp) and move z: the panel checks the claimed derivative symbolically and numerically, and softmax shows its probabilities as bars.',
  params,
  coordinates: ['z'],
  dynamic: { y: { min: 0, max: 1, step: 0.01, default: 1 } },
  camera: CURVE_CAMERA,
  functions: ['f', 'g'],
  // A one-variable scene has no y extent; the z range is its x extent.
  domain: { x: 'zr' },
  useModel: useMlModel,
  View: MlView,
  Panel: MlPanel,
})
