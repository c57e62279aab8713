// Functions with kinks or jumps. Their derivatives are piecewise and are written with step and sign:
//   |u|' = sign(u) u'          relu(u)' = step(u) u'          sign' = step' = 0
//   min(a, b)' = a' + step(a − b) (b' − a')                    max(a, b)' = a' + step(b − a) (b' − a')
// At a kink the derivative does not exist; the value reported there follows fixed conventions:
//   |u|' = 0 and relu' = 0 at u = 0 (sign(0) = 0, step(0) = 0, as PyTorch does for relu);
//   at a tie a = b, min and max take the derivative of their FIRST argument (step(0) = 0 drops the b' − a' term);
//   sign and step are given derivative 0 everywhere, which is right except at the jump, where there is none.
// leaky_relu(u, a)' = (a + (1 − a) step(u)) u' + min(u, 0) a'   (slope a on the left, 1 on the right; a at 0)
// elu(u, α)' = (step(u) + (1 − step(u)) α e^min(u, 0)) u' + (1 − step(u)) (e^min(u, 0) − 1) α'
//   (e^min(u, 0) rather than e^u: equal where it matters, u ≤ 0, and never ∞ · 0 for large u)
import { num, sub, add, mul, call, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { RuleApplication, RuleContext, UnaryDerivative } from './ruleTypes.ts'
import { chainProduct } from './calls.ts'

export const PIECEWISE_DERIVATIVES = {
  abs: { rule: 'abs', outer: (u) => call('sign', u), ruleLatex: "|u|' = \\operatorname{sign}(u) \\cdot u'" },
  relu: { rule: 'piecewise', outer: (u) => call('step', u), ruleLatex: "\\operatorname{relu}(u)' = \\operatorname{step}(u) \\cdot u'" },
  sign: { rule: 'piecewise', outer: () => num(0), ruleLatex: "\\operatorname{sign}(u)' = 0 \\quad (u \\neq 0)" },
  step: { rule: 'piecewise', outer: () => num(0), ruleLatex: "\\operatorname{step}(u)' = 0 \\quad (u \\neq 0)" },
} satisfies Partial<Record<FnName, UnaryDerivative>>

const LEAKY_SLOPE = 0.01 // leaky_relu(u) = leaky_relu(u, 0.01), as PyTorch's default negative_slope
const ELU_ALPHA = 1

/** leaky_relu(u) or leaky_relu(u, a). */
export function leakyReluRule(args: readonly Expr[], ctx: RuleContext): RuleApplication {
  const [u, a = num(LEAKY_SLOPE)] = args as [Expr, Expr?]
  const slope = add(a, mul(sub(num(1), a), call('step', u)))
  const da = ctx.dependsOnVariable(a) ? ctx.derive(a) : num(0)
  return {
    rule: 'piecewise',
    // min(u, 0) is 0 for u > 0, where an infinite a' must not make 0 · ∞ (see chainProduct).
    derivative: add(mul(slope, ctx.derive(u)), chainProduct(da, call('min', u, num(0)))),
    ruleLatex: "\\operatorname{LeakyReLU}(u, a)' = \\bigl(a + (1 - a)\\operatorname{step}(u)\\bigr) u' + \\min(u, 0)\\, a'",
  }
}

/** elu(u) or elu(u, α). */
export function eluRule(args: readonly Expr[], ctx: RuleContext): RuleApplication {
  const [u, alpha = num(ELU_ALPHA)] = args as [Expr, Expr?]
  const left = sub(num(1), call('step', u))
  const expLeft = call('exp', call('min', u, num(0)))
  const slope = add(call('step', u), mul(mul(left, alpha), expLeft))
  const dAlpha = ctx.dependsOnVariable(alpha) ? ctx.derive(alpha) : num(0)
  return {
    rule: 'piecewise',
    derivative: add(mul(slope, ctx.derive(u)), chainProduct(dAlpha, mul(left, sub(expLeft, num(1))))),
    ruleLatex: "\\operatorname{ELU}(u, \\alpha)' = \\bigl(\\operatorname{step}(u) + (1 - \\operatorname{step}(u))\\,\\alpha e^{\\min(u, 0)}\\bigr) u' + \\ldots\\, \\alpha'",
  }
}

/**
 * mask(m, v)' = mask(m, v') + m' v: the product rule, keeping the strong zero on the first term. m is a derivative of
 * a piecewise function (step(u) …), whose own derivative is 0, so the second term usually vanishes.
 */
export function maskRule(args: readonly Expr[], ctx: RuleContext): RuleApplication {
  const [m, v] = args as [Expr, Expr]
  const dm = ctx.dependsOnVariable(m) ? ctx.derive(m) : num(0)
  const dv = ctx.dependsOnVariable(v) ? ctx.derive(v) : num(0)
  return { rule: 'product', derivative: add(call('mask', m, dv), mul(dm, v)), ruleLatex: "(m\\,v)' = m\\,v' + m'\\,v" }
}

/** defined(g, v)' = defined(g, v'): the guard carries over (where g is undefined, so is every derivative). */
export function definedRule(args: readonly Expr[], ctx: RuleContext): RuleApplication {
  const [g, v] = args as [Expr, Expr]
  return { rule: 'chain', derivative: call('defined', g, ctx.derive(v)), ruleLatex: "v' \\text{ where } g \\text{ is defined}" }
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
