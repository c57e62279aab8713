// Quotients. A constant denominator is a constant multiple, (u / c)' = u' / c; otherwise the quotient rule
// (u / v)' = (u' v − u v') / v², which also covers a constant numerator (u' = 0 simplifies away).
import { num, sub, mul, div, pow, type Expr } from '../ast.ts'
import type { RuleApplication, RuleContext } from './ruleTypes.ts'

export function quotientRule(u: Expr, v: Expr, ctx: RuleContext): RuleApplication {
  if (!ctx.dependsOnVariable(v)) {
    return { rule: 'constant-multiple', derivative: div(ctx.derive(u), v), ruleLatex: "\\left(\\frac{u}{c}\\right)' = \\frac{u'}{c}" }
  }
  const du = ctx.dependsOnVariable(u) ? ctx.derive(u) : num(0)
  const dv = ctx.derive(v)
  return {
    rule: 'quotient',
    derivative: div(sub(mul(du, v), mul(u, dv)), pow(v, num(2))),
    ruleLatex: "\\left(\\frac{u}{v}\\right)' = \\frac{u'\\,v - u\\,v'}{v^{2}}",
  }
}
