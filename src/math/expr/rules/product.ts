// Products. When one factor does not depend on the variable it is a constant multiple, (c u)' = c u', which reads
// better than the product rule with a 0 in it; otherwise the product rule (u v)' = u' v + u v'.
import { add, mul, type Expr } from '../ast.ts'
import type { RuleApplication, RuleContext } from './ruleTypes.ts'

export function productRule(u: Expr, v: Expr, ctx: RuleContext): RuleApplication {
  if (!ctx.dependsOnVariable(u)) {
    return { rule: 'constant-multiple', derivative: mul(u, ctx.derive(v)), ruleLatex: "(c\\,u)' = c\\,u'" }
  }
  if (!ctx.dependsOnVariable(v)) {
    return { rule: 'constant-multiple', derivative: mul(ctx.derive(u), v), ruleLatex: "(u\\,c)' = u'\\,c" }
  }
  const du = ctx.derive(u)
  const dv = ctx.derive(v)
  return { rule: 'product', derivative: add(mul(du, v), mul(u, dv)), ruleLatex: "(u\\,v)' = u'\\,v + u\\,v'" }
}
