// Function calls: one table of f'(u) for every one-argument function (merged from the rule families), the chain rule
// around it, and the functions of two arguments (log with a base, atan2, pow, min, max), each with its own rule.
import { num, mul, type CallNode, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { RuleApplication, RuleContext, UnaryDerivative } from './ruleTypes.ts'
import { TRIG_DERIVATIVES } from './trig.ts'
import { INVERSE_TRIG_DERIVATIVES, atan2Rule } from './inverseTrig.ts'
import { HYPERBOLIC_DERIVATIVES } from './hyperbolic.ts'
import { INVERSE_HYPERBOLIC_DERIVATIVES } from './inverseHyperbolic.ts'
import { EXP_LOG_DERIVATIVES, logWithBaseRule } from './expLog.ts'
import { ROOT_DERIVATIVES } from './roots.ts'
import { ACTIVATION_DERIVATIVES } from './activations.ts'
import { PIECEWISE_DERIVATIVES, minMaxRule } from './piecewise.ts'
import { powerRule } from './power.ts'

export const UNARY_DERIVATIVES: Partial<Record<FnName, UnaryDerivative>> = {
  ...TRIG_DERIVATIVES, ...INVERSE_TRIG_DERIVATIVES, ...HYPERBOLIC_DERIVATIVES, ...INVERSE_HYPERBOLIC_DERIVATIVES,
  ...EXP_LOG_DERIVATIVES, ...ROOT_DERIVATIVES, ...ACTIVATION_DERIVATIVES, ...PIECEWISE_DERIVATIVES,
}

export function callRule(node: CallNode, ctx: RuleContext): RuleApplication {
  const [a, b] = node.args as [Expr, Expr | undefined]
  if (b !== undefined) {
    switch (node.fn) {
      case 'log': return logWithBaseRule(a, b, ctx)
      case 'atan2': return atan2Rule(a, b, ctx)
      case 'pow': return powerRule(a, b, ctx)
      case 'min':
      case 'max': return minMaxRule(node.fn, a, b, ctx)
      default: break
    }
  }
  const entry = UNARY_DERIVATIVES[node.fn]
  if (entry === undefined || b !== undefined) throw new Error(`differentiate: no rule for ${node.fn} with ${node.args.length} arguments`)
  // sign and step are flat away from their jump: no need to differentiate the inside.
  if (node.fn === 'sign' || node.fn === 'step') return { rule: entry.rule, derivative: num(0), ruleLatex: entry.ruleLatex }
  // d/dx f(x) is the rule itself; d/dx f(u) for any other u is the chain rule f'(u) · u'.
  const innerIsVariable = a.kind === 'var' && a.name === ctx.variable
  const du = innerIsVariable ? num(1) : ctx.derive(a)
  return { rule: innerIsVariable ? entry.rule : 'chain', derivative: mul(entry.outer(a), du), ruleLatex: entry.ruleLatex }
}
