// The smooth ML activations and erf, each f'(u) for the chain rule:
//   σ' = σ(1 − σ);  softplus' = σ, since softplus(u) = ln(1 + e^u) has derivative e^u / (1 + e^u) = σ(u);
//   erf' = 2/√π e^(−u²);  silu(u) = u σ(u), so silu' = σ(u) (1 + u (1 − σ(u)));
//   gelu(u) = u Φ(u) with Φ(u) = (1 + erf(u/√2))/2, so gelu' = Φ(u) + u φ(u), φ(u) = e^(−u²/2)/√(2π).
// (relu, leaky_relu and elu have a kink and live with the piecewise rules.)
import { num, add, sub, mul, div, neg, pow, call, constant, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import type { UnaryDerivative } from './ruleTypes.ts'

const sigma = (u: Expr): Expr => call('sigmoid', u)
const gaussian = (u: Expr, scale: Expr): Expr => call('exp', neg(div(pow(u, num(2)), scale)))

export const ACTIVATION_DERIVATIVES = {
  sigmoid: {
    rule: 'sigmoid',
    outer: (u) => mul(sigma(u), sub(num(1), sigma(u))),
    ruleLatex: "\\sigma(u)' = \\sigma(u)\\,(1 - \\sigma(u)) \\cdot u'",
  },
  softplus: { rule: 'softplus', outer: (u) => sigma(u), ruleLatex: "\\operatorname{softplus}(u)' = \\sigma(u) \\cdot u'" },
  erf: {
    rule: 'activation',
    outer: (u) => mul(div(num(2), call('sqrt', constant('pi'))), gaussian(u, num(1))),
    ruleLatex: "\\operatorname{erf}(u)' = \\frac{2}{\\sqrt{\\pi}} e^{-u^2} \\cdot u'",
  },
  silu: {
    rule: 'activation',
    outer: (u) => mul(sigma(u), add(num(1), mul(u, sub(num(1), sigma(u))))),
    ruleLatex: "\\operatorname{SiLU}(u)' = \\sigma(u)\\,\\bigl(1 + u\\,(1 - \\sigma(u))\\bigr) \\cdot u'",
  },
  gelu: {
    rule: 'activation',
    outer: (u) => add(
      div(add(num(1), call('erf', div(u, call('sqrt', num(2))))), num(2)),
      div(mul(u, gaussian(u, num(2))), call('sqrt', mul(num(2), constant('pi')))),
    ),
    ruleLatex: "\\operatorname{GELU}(u)' = \\left(\\Phi(u) + u\\,\\varphi(u)\\right) u',\\ \\Phi(u) = \\tfrac{1 + \\operatorname{erf}(u/\\sqrt{2})}{2},\\ \\varphi(u) = \\tfrac{e^{-u^2/2}}{\\sqrt{2\\pi}}",
  },
} satisfies Partial<Record<FnName, UnaryDerivative>>
