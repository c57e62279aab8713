// The ML activations that are smooth: σ' = σ(1 − σ), and softplus' = σ, since softplus(u) = ln(1 + e^u) has
// derivative e^u / (1 + e^u) = σ(u). (relu has a kink and lives with the piecewise rules.)
import { num, sub, mul, call } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { UnaryDerivative } from './ruleTypes.ts'

export const ACTIVATION_DERIVATIVES: Partial<Record<FnName, UnaryDerivative>> = {
  sigmoid: {
    rule: 'sigmoid',
    outer: (u) => mul(call('sigmoid', u), sub(num(1), call('sigmoid', u))),
    ruleLatex: "\\sigma(u)' = \\sigma(u)\\,(1 - \\sigma(u)) \\cdot u'",
  },
  softplus: { rule: 'softplus', outer: (u) => call('sigmoid', u), ruleLatex: "\\operatorname{softplus}(u)' = \\sigma(u) \\cdot u'" },
}
