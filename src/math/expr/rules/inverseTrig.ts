// Derivatives of the inverse trigonometric functions, each f'(u) for the chain rule, plus atan2(y, x).
// asec u = acos(1/u) and acsc u = asin(1/u) give ±1/(|u| √(u² − 1)); the |u| is what makes them right for u < −1.
// acot u = π/2 − atan u (range (0, π), see functions.ts), so acot' = −1/(1 + u²) everywhere, including at 0.
import { num, neg, add, sub, mul, div, pow, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { RuleApplication, RuleContext, UnaryDerivative } from './ruleTypes.ts'

const squared = (e: Expr): Expr => pow(e, num(2))
const inverseTrig = (outer: (u: Expr) => Expr, ruleLatex: string): UnaryDerivative => ({ rule: 'inverse-trig', outer, ruleLatex })

export const INVERSE_TRIG_DERIVATIVES = {
  asin: inverseTrig((u) => div(num(1), call('sqrt', sub(num(1), squared(u)))), "(\\arcsin u)' = \\frac{u'}{\\sqrt{1 - u^2}}"),
  acos: inverseTrig((u) => neg(div(num(1), call('sqrt', sub(num(1), squared(u))))), "(\\arccos u)' = -\\frac{u'}{\\sqrt{1 - u^2}}"),
  atan: inverseTrig((u) => div(num(1), add(num(1), squared(u))), "(\\arctan u)' = \\frac{u'}{1 + u^2}"),
  asec: inverseTrig(
    (u) => div(num(1), mul(call('abs', u), call('sqrt', sub(squared(u), num(1))))),
    "(\\operatorname{arcsec} u)' = \\frac{u'}{|u| \\sqrt{u^2 - 1}}",
  ),
  acsc: inverseTrig(
    (u) => neg(div(num(1), mul(call('abs', u), call('sqrt', sub(squared(u), num(1)))))),
    "(\\operatorname{arccsc} u)' = -\\frac{u'}{|u| \\sqrt{u^2 - 1}}",
  ),
  acot: inverseTrig((u) => neg(div(num(1), add(num(1), squared(u)))), "(\\operatorname{arccot} u)' = -\\frac{u'}{1 + u^2}"),
} satisfies Partial<Record<FnName, UnaryDerivative>>

/** atan2(y, x) is the angle of the point (x, y); its derivative is (x y' − y x') / (x² + y²), whichever branch. */
export function atan2Rule(y: Expr, x: Expr, ctx: RuleContext): RuleApplication {
  const dy = ctx.derive(y)
  const dx = ctx.derive(x)
  return {
    rule: 'inverse-trig',
    derivative: div(sub(mul(x, dy), mul(y, dx)), add(squared(x), squared(y))),
    ruleLatex: "\\operatorname{atan2}(v, u)' = \\frac{u v' - v u'}{u^2 + v^2}",
  }
}
