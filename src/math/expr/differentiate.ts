// Exact symbolic differentiation with the rule steps that produced the result.
//
// Every other name than `variable` is a constant, so differentiate(f, 'x') is the partial derivative ∂f/∂x.
// Each node's derivative is built by one rule (rules/), simplified, and recorded as a step.
//
// Step order is PRE-ORDER with depth: a step comes before the steps of its sub-expressions, so steps[0] is the whole
// expression (depth 0) and its result is the final answer; the nested steps below it (depth + 1) justify each piece,
// like a textbook that writes "by the product rule … where, by the chain rule, …". Indenting by depth shows the tree.
// Trivial leaves inside a larger expression (d/dx of a number, of x itself, of another variable) get no step of their
// own; a constant sub-expression such as sin(y) gets one "constant rule" step and nothing below it.
import { num, freeVariables, type Expr } from './ast.ts'
import type { Derivative, DerivationStep } from './derivation.ts'
import { simplify } from './simplify.ts'
import type { RuleApplication, RuleContext } from './rules/ruleTypes.ts'
import { sumRule, differenceRule, negationRule } from './rules/sum.ts'
import { productRule } from './rules/product.ts'
import { quotientRule } from './rules/quotient.ts'
import { powerRule } from './rules/power.ts'
import { callRule } from './rules/calls.ts'
import { derivationStep } from './rules/derivationStep.ts'

function applyRule(expr: Expr, ctx: RuleContext): RuleApplication {
  switch (expr.kind) {
    case 'neg':
      return negationRule(expr.arg, ctx)
    case 'binary':
      switch (expr.op) {
        case '+': return sumRule(expr.left, expr.right, ctx)
        case '-': return differenceRule(expr.left, expr.right, ctx)
        case '*': return productRule(expr.left, expr.right, ctx)
        case '/': return quotientRule(expr.left, expr.right, ctx)
        case '^': return powerRule(expr.left, expr.right, ctx)
      }
      break
    case 'call':
      return callRule(expr, ctx)
    default:
      break
  }
  throw new Error(`differentiate: ${expr.kind} is handled before rules apply`)
}

/** Exact symbolic derivative with respect to `variable`, simplified, with the ordered rule steps. */
export function differentiate(expr: Expr, variable: string): Derivative {
  const steps: DerivationStep[] = []
  const partial = freeVariables(expr).some((name) => name !== variable)
  const dependsOnVariable = (e: Expr): boolean => freeVariables(e).includes(variable)

  const derive = (e: Expr, depth: number): Expr => {
    const record = (fields: { rule: DerivationStep['rule']; result: Expr; ruleLatex: string }, slot = steps.length): void => {
      steps[slot] = derivationStep({ ...fields, expr: e, variable, depth, partial })
    }
    const isLeaf = e.kind === 'num' || e.kind === 'const' || e.kind === 'var'
    if (!dependsOnVariable(e)) {
      if (!isLeaf || depth === 0) record({ rule: 'constant', result: num(0), ruleLatex: "c' = 0" })
      return num(0)
    }
    if (e.kind === 'var') {
      if (depth === 0) record({ rule: 'variable', result: num(1), ruleLatex: '\\frac{d}{dx}\\, x = 1' })
      return num(1)
    }
    // Reserve this step's place before the nested steps are recorded, then fill it in (pre-order).
    const slot = steps.length
    steps.push(undefined as unknown as DerivationStep)
    const ctx: RuleContext = { variable, derive: (sub) => derive(sub, depth + 1), dependsOnVariable }
    const application = applyRule(e, ctx)
    const result = simplify(application.derivative)
    record({ rule: application.rule, result, ruleLatex: application.ruleLatex }, slot)
    return result
  }

  const result = derive(expr, 0)
  return { result, steps }
}
