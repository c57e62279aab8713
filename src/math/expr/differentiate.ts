// Exact symbolic differentiation with the rule steps that produced the result.
//
// Every other name than `variable` is a constant, so differentiate(f, 'x') is the partial derivative ∂f/∂x.
// Each node's derivative is built by one rule (rules/), simplified, and memoised (derivativeMemo.ts).
//
// Cost: nodes are hash-consed, so a derivative is a DAG in which every sub-expression is one object. Each distinct
// node is differentiated once per variable (the memo outlives the call: the Hessian's second pass and the next call
// reuse the first pass's work), and simplify memoises per node too, so the work follows the number of distinct nodes
// of the input and the answer rather than the size of their trees (bench/differentiateDepth.node.bench.ts).
//
// Step order is PRE-ORDER with depth: a step comes before the steps of its sub-expressions, so steps[0] is the whole
// expression (depth 0) and its result is the final answer; the nested steps below it (depth + 1) justify each piece,
// like a textbook that writes "by the product rule … where, by the chain rule, …". Indenting by depth shows the tree.
// Trivial leaves inside a larger expression (d/dx of a number, of x itself, of another variable) get no step of their
// own; a constant sub-expression such as sin(y) gets one "constant rule" step and nothing below it.
// Steps are built on first read (the Hessian and the compilers never read them), from the memo, once per occurrence
// of a sub-expression in the tree; past MAX_STEPS a sub-expression already explained is not explained again, so a
// DAG whose tree is exponentially large still yields a list linear in its distinct nodes.
import { freeVariableSet, type Expr } from './ast.ts'
import type { Derivative, DerivationStep } from './derivation.ts'
import { derivativeEntry, type DerivativeEntry } from './derivativeMemo.ts'
import { derivationStep } from './rules/derivationStep.ts'
import { DERIVATIVE_BUDGET, withBudget } from './budget.ts'

/** Beyond this many steps, repeated sub-expressions are not expanded again. */
export const MAX_STEPS = 2000

export interface DifferentiateOptions {
  /** Most new AST nodes the derivative may create (default DERIVATIVE_BUDGET); past it, an ExprError says so. */
  readonly budget?: number
  /**
   * Write the steps with ∂ (true) or d (false). Default: ∂ when the expression has a free name other than `variable`.
   * A caller that knows f has other coordinates says so: in a scene of f(x, y), ∂f/∂x of log(x) is a partial
   * derivative although log(x) names only x.
   */
  readonly partial?: boolean
}

/** Exact symbolic derivative with respect to `variable`, simplified, with the ordered rule steps. */
export function differentiate(expr: Expr, variable: string, options: DifferentiateOptions = {}): Derivative {
  const result = withBudget(options.budget ?? DERIVATIVE_BUDGET, () => derivativeEntry(expr, variable).result)
  let steps: readonly DerivationStep[] | undefined
  return {
    result,
    get steps(): readonly DerivationStep[] {
      return (steps ??= Object.freeze(derivationSteps(expr, variable, options.partial)))
    },
  }
}

function derivationSteps(expr: Expr, variable: string, partialOption: boolean | undefined): DerivationStep[] {
  const steps: DerivationStep[] = []
  const explained = new Set<Expr>()
  const partial = partialOption ?? [...freeVariableSet(expr)].some((name) => name !== variable)
  const visit = (e: Expr, depth: number): void => {
    const entry: DerivativeEntry = derivativeEntry(e, variable)
    const isLeaf = e.kind === 'num' || e.kind === 'const' || e.kind === 'var'
    if (isLeaf && depth > 0) return
    if (explained.has(e) && steps.length >= MAX_STEPS) return
    explained.add(e)
    steps.push(derivationStep({ rule: entry.rule, result: entry.result, ruleLatex: entry.ruleLatex, expr: e, variable, depth, partial }))
    for (const sub of entry.parts) visit(sub, depth + 1)
  }
  visit(expr, 0)
  return steps
}
