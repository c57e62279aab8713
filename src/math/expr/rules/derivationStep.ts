// Builds one DerivationStep. Its text and LaTeX are computed lazily, on first read, and then kept: a Hessian
// differentiates many sub-expressions whose steps nobody displays, and printing is the costly part of a step.
import { variable as variableNode, type Expr } from '../ast.ts'
import type { DerivationStep, RuleName } from '../derivation.ts'
import { toText } from '../toText.ts'
import { toLatex } from '../toLatex.ts'

/** How each rule is named in a step's text: "chain rule: d/dx [sin(x^2)] = 2x * cos(x^2)". */
export const RULE_LABELS: Readonly<Record<RuleName, string>> = {
  constant: 'constant rule', variable: 'variable rule', sum: 'sum rule', difference: 'difference rule',
  negation: 'negation rule', 'constant-multiple': 'constant multiple rule', power: 'power rule',
  'general-power': 'general power rule', exponential: 'exponential rule', logarithm: 'logarithm rule',
  product: 'product rule', quotient: 'quotient rule', chain: 'chain rule', trig: 'trig derivative',
  'inverse-trig': 'inverse trig derivative', hyperbolic: 'hyperbolic derivative',
  'inverse-hyperbolic': 'inverse hyperbolic derivative', root: 'root rule', abs: 'absolute value rule',
  piecewise: 'piecewise rule', sigmoid: 'sigmoid rule', softplus: 'softplus rule', activation: 'activation derivative',
}

export interface StepFields {
  readonly rule: RuleName
  readonly expr: Expr
  readonly result: Expr
  readonly variable: string
  readonly depth: number
  readonly ruleLatex: string
  /** ∂ instead of d when the whole expression has other variables too. */
  readonly partial: boolean
}

export function derivationStep(fields: StepFields): DerivationStep {
  const { rule, expr, result, variable, depth, ruleLatex, partial } = fields
  let text: string | undefined
  let latex: string | undefined
  return Object.freeze({
    rule, expr, result, variable, depth, ruleLatex,
    get text(): string {
      const operator = partial ? `∂/∂${variable}` : `d/d${variable}`
      return (text ??= `${RULE_LABELS[rule]}: ${operator} [${toText(expr)}] = ${toText(result)}`)
    },
    get latex(): string {
      const v = toLatex(variableNode(variable))
      const operator = partial ? `\\frac{\\partial}{\\partial ${v}}` : `\\frac{d}{d${v}}`
      return (latex ??= `${operator}\\left[${toLatex(expr)}\\right] = ${toLatex(result)}`)
    },
  })
}
