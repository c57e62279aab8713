// A work budget for symbolic differentiation, counted in new AST nodes (a deterministic measure: the same input
// costs the same on any machine, unlike a time limit). Most derivatives need a few thousand nodes; the deepest
// inputs the parser accepts need a few hundred thousand (bench/differentiateDepth.node.bench.ts). Past the budget,
// differentiate throws an ExprError that says so, instead of running for minutes.
import { ExprError } from './errors.ts'
import { createdNodes } from './intern.ts'

/** The ExprError thrown past the budget: a caller can tell "too much work" from a mistake in the input. */
export class DerivativeBudgetError extends ExprError {
  readonly budget: number
  constructor(budget: number) {
    super(
      `this derivative is too large to compute: it needs more than ${budget.toLocaleString('en-US')} new terms. ` +
        'Try a less deeply nested expression, or differentiate a part of it.',
      0,
      0,
    )
    this.budget = budget
  }
}

/** New nodes one differentiate/gradient/hessian call may create before it gives up. */
export const DERIVATIVE_BUDGET = 2_000_000

let limit = Infinity
let budget = Infinity

/** Runs work with at most `nodes` new nodes (nested budgets keep the tighter limit). */
export function withBudget<T>(nodes: number, work: () => T): T {
  const savedLimit = limit
  const savedBudget = budget
  if (createdNodes() + nodes < limit) {
    limit = createdNodes() + nodes
    budget = nodes
  }
  try {
    return work()
  } finally {
    limit = savedLimit
    budget = savedBudget
  }
}

/** Throws once the running budget is spent. Called after each node's derivative. */
export function checkBudget(): void {
  if (createdNodes() > limit) {
    throw new DerivativeBudgetError(budget)
  }
}
