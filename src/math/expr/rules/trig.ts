// Derivatives of the trigonometric functions, each f'(u) for the chain rule (f(u))' = f'(u) · u'.
// tan' = sec², cot' = −csc², sec' = sec tan, csc' = −csc cot: the textbook forms, using only whitelisted functions.
import { num, neg, mul, pow, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { UnaryDerivative } from './ruleTypes.ts'

const squared = (e: Expr): Expr => pow(e, num(2))
const trig = (outer: (u: Expr) => Expr, ruleLatex: string): UnaryDerivative => ({ rule: 'trig', outer, ruleLatex })

export const TRIG_DERIVATIVES = {
  sin: trig((u) => call('cos', u), "(\\sin u)' = \\cos u \\cdot u'"),
  cos: trig((u) => neg(call('sin', u)), "(\\cos u)' = -\\sin u \\cdot u'"),
  tan: trig((u) => squared(call('sec', u)), "(\\tan u)' = \\sec^2 u \\cdot u'"),
  sec: trig((u) => mul(call('sec', u), call('tan', u)), "(\\sec u)' = \\sec u \\tan u \\cdot u'"),
  csc: trig((u) => neg(mul(call('csc', u), call('cot', u))), "(\\csc u)' = -\\csc u \\cot u \\cdot u'"),
  cot: trig((u) => neg(squared(call('csc', u))), "(\\cot u)' = -\\csc^2 u \\cdot u'"),
} satisfies Partial<Record<FnName, UnaryDerivative>>
