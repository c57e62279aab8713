// Functions with kinks or jumps. Their derivatives are piecewise and are written with step and sign:
//   |u|' = sign(u) u'          relu(u)' = step(u) u'          sign' = step' = 0
//   min(a, b)' = a' + step(a − b) (b' − a')                    max(a, b)' = a' + step(b − a) (b' − a')
// At a kink the derivative does not exist; the value reported there follows fixed conventions:
//   |u|' = 0 and relu' = 0 at u = 0 (sign(0) = 0, step(0) = 0, as PyTorch does for relu);
//   at a tie a = b, min and max take the derivative of their FIRST argument (step(0) = 0 drops the b' − a' term);
//   sign and step are given derivative 0 everywhere, which is right except at the jump, where there is none.
import { num, sub, add, mul, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { RuleApplication, RuleContext, UnaryDerivative } from './ruleTypes.ts'

export const PIECEWISE_DERIVATIVES: Partial<Record<FnName, UnaryDerivative>> = {
  abs: { rule: 'abs', outer: (u) => call('sign', u), ruleLatex: "|u|' = \\operatorname{sign}(u) \\cdot u'" },
  relu: { rule: 'piecewise', outer: (u) => call('step', u), ruleLatex: "\\operatorname{relu}(u)' = \\operatorname{step}(u) \\cdot u'" },
  sign: { rule: 'piecewise', outer: () => num(0), ruleLatex: "\\operatorname{sign}(u)' = 0 \\quad (u \\neq 0)" },
  step: { rule: 'piecewise', outer: () => num(0), ruleLatex: "\\operatorname{step}(u)' = 0 \\quad (u \\neq 0)" },
}

/** min or max of two expressions, written as the first argument's derivative plus a switch to the second's. */
export function minMaxRule(fn: 'min' | 'max', a: Expr, b: Expr, ctx: RuleContext): RuleApplication {
  const da = ctx.derive(a)
  const db = ctx.derive(b)
  // min picks b exactly when a > b; max picks b exactly when b > a.
  const picksSecond = fn === 'min' ? call('step', sub(a, b)) : call('step', sub(b, a))
  return {
    rule: 'piecewise',
    derivative: add(da, mul(picksSecond, sub(db, da))),
    ruleLatex: fn === 'min'
      ? "\\min(u, v)' = u' + \\operatorname{step}(u - v)\\,(v' - u')"
      : "\\max(u, v)' = u' + \\operatorname{step}(v - u)\\,(v' - u')",
  }
}
