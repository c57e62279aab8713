// Exponential and logarithms, as f'(u) for the chain rule, plus log(u, b) with a base that may vary too.
// log_b u = ln u / ln b, so with a constant base (log_b u)' = u' / (u ln b), and with a varying base the quotient rule
// gives (u'/u · ln b − ln u · b'/b) / (ln b)².
import { num, sub, mul, div, pow, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { RuleApplication, RuleContext, UnaryDerivative } from './ruleTypes.ts'
import { provablyPositive } from './range.ts'

const ln = (e: Expr): Expr => call('ln', e)
// 1/u is finite for u < 0, where the logarithm is undefined: `guarded` makes the derivative undefined there too.
const logarithm = (outer: (u: Expr) => Expr, ruleLatex: string): UnaryDerivative => ({ rule: 'logarithm', outer, ruleLatex, guarded: true })

export const EXP_LOG_DERIVATIVES = {
  exp: { rule: 'exponential', outer: (u) => call('exp', u), ruleLatex: "(e^{u})' = e^{u} \\cdot u'" },
  log: logarithm((u) => div(num(1), u), "(\\ln u)' = \\frac{u'}{u}"),
  ln: logarithm((u) => div(num(1), u), "(\\ln u)' = \\frac{u'}{u}"),
  log10: logarithm((u) => div(num(1), mul(u, ln(num(10)))), "(\\log_{10} u)' = \\frac{u'}{u \\ln 10}"),
  log2: logarithm((u) => div(num(1), mul(u, ln(num(2)))), "(\\log_{2} u)' = \\frac{u'}{u \\ln 2}"),
} satisfies Partial<Record<FnName, UnaryDerivative>>

/** log(u, b): the logarithm of u to base b, either of which may depend on the variable. */
export function logWithBaseRule(u: Expr, base: Expr, ctx: RuleContext): RuleApplication {
  const du = ctx.derive(u)
  if (!ctx.dependsOnVariable(base)) {
    // Guarded like ln: u'/(u ln b) is finite for u < 0, where log_b u is undefined.
    const plain = div(du, mul(u, ln(base)))
    const derivative = provablyPositive(u) ? plain : call('defined', call('log', u, base), plain)
    return { rule: 'logarithm', derivative, ruleLatex: "(\\log_{b} u)' = \\frac{u'}{u \\ln b}" }
  }
  const db = ctx.derive(base)
  const numerator = sub(mul(div(du, u), ln(base)), mul(ln(u), div(db, base)))
  return {
    rule: 'logarithm',
    derivative: div(numerator, pow(ln(base), num(2))),
    ruleLatex: "\\left(\\frac{\\ln u}{\\ln b}\\right)' = \\frac{\\frac{u'}{u} \\ln b - \\ln u \\, \\frac{b'}{b}}{(\\ln b)^2}",
  }
}
