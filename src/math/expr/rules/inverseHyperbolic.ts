// Derivatives of the inverse hyperbolic functions, each f'(u) for the chain rule.
// acosh' = 1/(√(u−1) √(u+1)) rather than 1/√(u²−1): equal on acosh's domain u ≥ 1, and NaN (not a wrong number) below it.
// asech u = acosh(1/u) lives on (0, 1], where −1/(u √(1−u²)) holds; acsch u = asinh(1/u) lives on u ≠ 0 and needs |u|.
// acoth u = atanh(1/u) has the same derivative as atanh, 1/(1 − u²), on its own domain |u| > 1.
import { num, neg, add, sub, mul, div, pow, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { UnaryDerivative } from './ruleTypes.ts'

const squared = (e: Expr): Expr => pow(e, num(2))
const inverseHyperbolic = (outer: (u: Expr) => Expr, ruleLatex: string, guarded = false): UnaryDerivative =>
  ({ rule: 'inverse-hyperbolic', outer, ruleLatex, guarded })

export const INVERSE_HYPERBOLIC_DERIVATIVES = {
  asinh: inverseHyperbolic((u) => div(num(1), call('sqrt', add(squared(u), num(1)))), "(\\operatorname{arsinh} u)' = \\frac{u'}{\\sqrt{u^2 + 1}}"),
  acosh: inverseHyperbolic(
    (u) => div(num(1), mul(call('sqrt', sub(u, num(1))), call('sqrt', add(u, num(1))))),
    "(\\operatorname{arcosh} u)' = \\frac{u'}{\\sqrt{u - 1}\\,\\sqrt{u + 1}}",
  ),
  // atanh lives on |u| < 1, acoth on |u| > 1, asech on (0, 1]; each formula is finite beyond: guarded.
  atanh: inverseHyperbolic((u) => div(num(1), sub(num(1), squared(u))), "(\\operatorname{artanh} u)' = \\frac{u'}{1 - u^2}", true),
  asech: inverseHyperbolic(
    (u) => neg(div(num(1), mul(u, call('sqrt', sub(num(1), squared(u)))))),
    "(\\operatorname{arsech} u)' = -\\frac{u'}{u \\sqrt{1 - u^2}}",
    true,
  ),
  acsch: inverseHyperbolic(
    (u) => neg(div(num(1), mul(call('abs', u), call('sqrt', add(num(1), squared(u)))))),
    "(\\operatorname{arcsch} u)' = -\\frac{u'}{|u| \\sqrt{1 + u^2}}",
  ),
  acoth: inverseHyperbolic((u) => div(num(1), sub(num(1), squared(u))), "(\\operatorname{arcoth} u)' = \\frac{u'}{1 - u^2}", true),
} satisfies Partial<Record<FnName, UnaryDerivative>>
