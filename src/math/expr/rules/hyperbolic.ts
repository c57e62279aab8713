// Derivatives of the hyperbolic functions, each f'(u) for the chain rule. They mirror the trig ones with two sign
// changes: cosh' = +sinh and sech' = −sech tanh (from cosh² − sinh² = 1 instead of cos² + sin² = 1).
import { num, neg, mul, pow, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { UnaryDerivative } from './ruleTypes.ts'

const squared = (e: Expr): Expr => pow(e, num(2))
const hyperbolic = (outer: (u: Expr) => Expr, ruleLatex: string): UnaryDerivative => ({ rule: 'hyperbolic', outer, ruleLatex })

export const HYPERBOLIC_DERIVATIVES = {
  sinh: hyperbolic((u) => call('cosh', u), "(\\sinh u)' = \\cosh u \\cdot u'"),
  cosh: hyperbolic((u) => call('sinh', u), "(\\cosh u)' = \\sinh u \\cdot u'"),
  tanh: hyperbolic((u) => squared(call('sech', u)), "(\\tanh u)' = \\operatorname{sech}^2 u \\cdot u'"),
  sech: hyperbolic((u) => neg(mul(call('sech', u), call('tanh', u))), "(\\operatorname{sech} u)' = -\\operatorname{sech} u \\tanh u \\cdot u'"),
  csch: hyperbolic((u) => neg(mul(call('csch', u), call('coth', u))), "(\\operatorname{csch} u)' = -\\operatorname{csch} u \\coth u \\cdot u'"),
  coth: hyperbolic((u) => neg(squared(call('csch', u))), "(\\coth u)' = -\\operatorname{csch}^2 u \\cdot u'"),
} satisfies Partial<Record<FnName, UnaryDerivative>>
