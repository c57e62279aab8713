// The identity checker's model: the three texts (expression, shapes, variable), what they give (the derivative with
// its steps, shapes and LaTeX), the seeded random values, and the three verdicts: central differences (float64), the
// gallery's textbook formula (float64, when the text is a gallery identity), and TF.js autodiff (float32, async).
// A text that does not parse leaves the last good result in place and says what is wrong, and where.
import { useMemo, useRef, useState } from 'react'
import {
  centralDifferences, evaluateMatrixExpr, ExprError, invertedNames, matrixDerivative, MATRIX_IDENTITIES, parseMatrixExpr,
  parseShapeList, randomEnv, shapeListText, TOLERANCE, toMatrixLatex, verdict, type MatrixDerivative, type MatrixExpr,
  type MatrixIdentity, type Shape, type Verdict,
} from '../../math/matrix/index.ts'
import { useAutodiff, type AutodiffState } from './useAutodiffVerdict.ts'

export type CheckerField = 'expr' | 'shapes' | 'wrt'

export interface CheckerTexts {
  readonly expr: string
  readonly shapes: string
  readonly wrt: string
}

export interface CheckerError {
  readonly field: CheckerField
  readonly message: string
  readonly start: number
  readonly end: number
}

export interface CheckerResult {
  readonly texts: CheckerTexts
  readonly f: MatrixExpr
  readonly fLatex: string
  readonly shapes: Readonly<Record<string, Shape>>
  readonly derivative: MatrixDerivative
  readonly env: Readonly<Record<string, Float64Array>>
  readonly symbolic: Float64Array
  readonly finiteDifferences: Float64Array
  readonly fdVerdict: Verdict
  readonly identity: MatrixIdentity | null
  readonly formulaVerdict: Verdict | null
}

export interface IdentityCheck {
  readonly texts: CheckerTexts
  readonly setText: (field: CheckerField, text: string) => void
  /** The newest result that parsed (null only before anything valid was typed). */
  readonly result: CheckerResult | null
  /** What is wrong with the current texts, or null. The result above is then the last good one. */
  readonly error: CheckerError | null
  readonly autodiff: AutodiffState<Verdict>
}

export const textsOf = (i: MatrixIdentity): CheckerTexts => ({ expr: i.expr, shapes: shapeListText(i.shapes), wrt: i.wrt })

function compute(texts: CheckerTexts, seed: number, range: readonly [number, number]): CheckerResult | CheckerError {
  const at = (field: CheckerField, e: unknown): CheckerError =>
    e instanceof ExprError ? { field, message: e.message, start: e.start, end: e.end } : { field, message: String(e), start: 0, end: 0 }
  let shapes: Record<string, Shape>
  try {
    shapes = parseShapeList(texts.shapes)
  } catch (e) {
    return at('shapes', e)
  }
  let f: MatrixExpr
  try {
    f = parseMatrixExpr(texts.expr, shapes)
  } catch (e) {
    return at('expr', e)
  }
  const wrt = texts.wrt.trim()
  if (!Object.hasOwn(shapes, wrt)) {
    return { field: 'wrt', message: wrt === '' ? 'name the variable to differentiate by' : `'${wrt}' is not declared: declare it in the shapes`, start: 0, end: texts.wrt.length }
  }
  let derivative: MatrixDerivative
  try {
    derivative = matrixDerivative(f, wrt)
  } catch (e) {
    return at('expr', e)
  }
  const identity = MATRIX_IDENTITIES.find((i) => i.expr === texts.expr.trim() && i.wrt === wrt && shapeListText(i.shapes) === shapeListText(shapes)) ?? null
  const kinds = { ...Object.fromEntries([...invertedNames(f)].map((n) => [n, 'invertible' as const])), ...identity?.kinds }
  const env = randomEnv(shapes, seed, kinds, range)
  const symbolic = evaluateMatrixExpr(derivative.expr, env).data
  const finiteDifferences = centralDifferences(f, wrt, env)
  const formulaVerdict = identity ? verdict(symbolic, evaluateMatrixExpr(parseMatrixExpr(identity.formula, identity.shapes), env).data, TOLERANCE.formula) : null
  return {
    texts, f, fLatex: toMatrixLatex(f), shapes, derivative, env, symbolic, finiteDifferences,
    fdVerdict: verdict(symbolic, finiteDifferences, TOLERANCE.finiteDifferences), identity, formulaVerdict,
  }
}

export function useIdentityCheck(initial: CheckerTexts, seed: number, range: readonly [number, number]): IdentityCheck {
  const [texts, setTexts] = useState(initial)
  // a new gallery choice (a new `initial`) replaces the texts
  const shown = useRef(initial)
  if (shown.current !== initial) {
    shown.current = initial
    setTexts(initial)
  }
  const outcome = useMemo(() => compute(texts, seed, range), [texts, seed, range])
  const lastGood = useRef<CheckerResult | null>(null)
  if ('derivative' in outcome) lastGood.current = outcome
  const result = lastGood.current
  const error = 'derivative' in outcome ? null : outcome
  const job = useMemo(() => {
    if (result === null) return null
    return ({ matrix }: { matrix: typeof import('../../tensor/matrixAutodiff.ts') }) =>
      verdict(matrix.autodiffMatrix(result.f, result.texts.wrt.trim(), result.env), result.symbolic, TOLERANCE.autodiff)
  }, [result])
  const autodiff = useAutodiff(job)
  const setText = useMemo(() => (field: CheckerField, text: string) => setTexts((t) => ({ ...t, [field]: text })), [])
  return useMemo(() => ({ texts, setText, result, error, autodiff }), [texts, setText, result, error, autodiff])
}
