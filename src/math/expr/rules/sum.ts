// Linearity: (u + v)' = u' + v', (u − v)' = u' − v', (−u)' = −u'.
import { add, sub, neg, type Expr } from '../ast.ts'
import type { RuleApplication, RuleContext } from './ruleTypes.ts'

export function sumRule(u: Expr, v: Expr, ctx: RuleContext): RuleApplication {
  return { rule: 'sum', derivative: add(ctx.derive(u), ctx.derive(v)), ruleLatex: "(u + v)' = u' + v'" }
}

export function differenceRule(u: Expr, v: Expr, ctx: RuleContext): RuleApplication {
  return { rule: 'difference', derivative: sub(ctx.derive(u), ctx.derive(v)), ruleLatex: "(u - v)' = u' - v'" }
}

export function negationRule(u: Expr, ctx: RuleContext): RuleApplication {
  return { rule: 'negation', derivative: neg(ctx.derive(u)), ruleLatex: "(-u)' = -u'" }
}
