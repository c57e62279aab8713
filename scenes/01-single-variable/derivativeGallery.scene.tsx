// 1.3 · A gallery of the derivatives everyone uses: powers and polynomials, exp, log, sin, cos, tan, roots and atan.
// Pick one from the dropdown (or type your own): f on top, its exact derivative f′ below on the same x axis, and the
// rule steps in the side panel. The note under each entry says what to look for in the picture.
import { useMemo } from 'react'
import { fitCurveWindow } from '../../src/math/calculus1d/index.ts'
import { CurvePanel, CURVE_COLORS, FunctionCurve, usePanelRects } from '../../src/render/curves/index.ts'
import { sceneParams, type StatePatch } from '../../src/state/paramSpec.ts'
import { toLatex } from '../../src/math/expr/index.ts'
import { Katex } from '../../src/ui/Katex.tsx'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { CURVE_CAMERA, isFunction1d, useFunction1d, xRangeParam } from './chapter1Scene.ts'

interface Entry {
  readonly label: string
  readonly f: string
  readonly xr: readonly [number, number]
  readonly dynamic?: Readonly<Record<string, number>>
  /** What the picture shows. */
  readonly note: string
}

const ENTRIES: Readonly<Record<string, Entry>> = {
  poly: { label: 'polynomial x³ − 3x', f: 'x^3 - 3*x', xr: [-2.5, 2.5], note: 'Power rule term by term: 3x² − 3. f′ is zero exactly where f turns (x = ±1).' },
  power: { label: 'power xⁿ', f: 'x^n', xr: [0, 2.5], dynamic: { n: 2.5 }, note: '(xⁿ)′ = n xⁿ⁻¹ for any real n. Move n: for n < 1 the slope at 0 is infinite.' },
  exp: { label: 'exp(x)', f: 'exp(x)', xr: [-3, 2], note: 'eˣ is its own derivative: the two curves are the same. Growth proportional to size.' },
  expa: { label: 'exp(a·x)', f: 'exp(a*x)', xr: [-3, 3], dynamic: { a: 0.5 }, note: '(e^{ax})′ = a e^{ax} (chain rule): the rate is a times the value.' },
  log: { label: 'log(x)', f: 'log(x)', xr: [0, 4], note: '(ln x)′ = 1/x: the slope shrinks as x grows; log is only defined for x > 0.' },
  sin: { label: 'sin(x)', f: 'sin(x)', xr: [-6.5, 6.5], note: '(sin x)′ = cos x: a quarter period ahead. The slope is largest where sin crosses 0.' },
  cos: { label: 'cos(x)', f: 'cos(x)', xr: [-6.5, 6.5], note: '(cos x)′ = −sin x.' },
  tan: { label: 'tan(x)', f: 'tan(x)', xr: [-4, 4], note: '(tan x)′ = sec² x = 1 + tan² x: always positive, and undefined at the poles ±π/2, …' },
  sqrt: { label: 'sqrt(x)', f: 'sqrt(x)', xr: [0, 4], note: '(√x)′ = 1/(2√x): vertical tangent at the domain edge x = 0.' },
  atan: { label: 'atan(x)', f: 'atan(x)', xr: [-5, 5], note: '(atan x)′ = 1/(1 + x²): a bump, although atan itself has no formula in powers.' },
}

const entryPatch = (e: Entry): StatePatch => ({ values: { f: e.f, xr: e.xr }, dynamic: e.dynamic ?? {} })

const params = sceneParams({
  pick: {
    kind: 'choice',
    label: 'function',
    options: [...Object.entries(ENTRIES).map(([value, e]) => ({ value, label: e.label })), { value: 'custom', label: 'custom' }],
    default: 'poly',
    applies: Object.fromEntries(Object.entries(ENTRIES).map(([k, e]) => [k, entryPatch(e)])),
    detachOn: ['f'],
    detachValue: 'custom',
  },
  f: { kind: 'expression', label: 'f(x)', default: ENTRIES.poly!.f },
  xr: xRangeParam(-2.5, 2.5),
})

function useGalleryModel({ expressions, dynamic }: SceneInput<typeof params>) {
  return useFunction1d(expressions.f, 'x', dynamic)
}

type Props = SceneProps<typeof params, ReturnType<typeof useGalleryModel>>

function GalleryView({ values, model: fn }: Props) {
  const [xMin, xMax] = values.xr
  const rects = usePanelRects(2, 'column')
  const f1 = isFunction1d(fn) ? fn : null
  const windowF = useMemo(() => (f1 ? fitCurveWindow([f1.f], xMin, xMax) : null), [f1, xMin, xMax])
  const windowD = useMemo(() => (f1 ? fitCurveWindow([f1.df], xMin, xMax) : null), [f1, xMin, xMax])
  if (!f1 || !windowF || !windowD) return null
  return (
    <>
      <CurvePanel window={windowF} rect={rects[0]!} xLabel="x" yLabel="y = f(x)">
        <FunctionCurve fn={f1.f} color={CURVE_COLORS.f} width={3} name="curve:f" />
      </CurvePanel>
      <CurvePanel window={windowD} rect={rects[1]!} xLabel="x" yLabel="y = f′(x)">
        <FunctionCurve fn={f1.df} color={CURVE_COLORS.derivative} width={3} name="curve:df" />
      </CurvePanel>
    </>
  )
}

function GalleryPanel({ values, model: fn }: Props) {
  const entry = ENTRIES[values.pick]
  if (!isFunction1d(fn)) return <div className="derivation-error">f′ is not available: {fn.error}</div>
  return (
    <>
      <h3>The rule</h3>
      <div data-testid="gallery-rule">
        <Katex latex={`\\frac{d}{dx}\\left[${toLatex(fn.expr)}\\right] = ${toLatex(fn.derivative.result)}`} display />
      </div>
      {entry && <p className="c1-note" data-testid="gallery-note">{entry.note}</p>}
    </>
  )
}

export default defineScene({
  howTo:
    'Pick a function from the gallery or type your own: f is drawn with f′ beside it, and the side panel shows the rule-by-rule derivation. Drag the point along f to read both values.',
  params,
  coordinates: ['x'],
  dynamic: { n: { min: -3, max: 5, step: 0.1, default: 2.5 }, a: { min: -3, max: 3, step: 0.05, default: 0.5 } },
  camera: CURVE_CAMERA,
  functions: ['f'],
  // A one-variable scene has no y extent.
  domain: { x: 'xr' },
  useModel: useGalleryModel,
  View: GalleryView,
  Panel: GalleryPanel,
})
