// Gradient and Hessian as simplified ASTs, for the instruments (arrows, tangent planes, curvature) and for compiling
// to GLSL/tfjs: the GPU shades from these exact derivatives rather than from finite differences.
import type { Expr } from './ast.ts'
import { derivativeEntry } from './derivativeMemo.ts'
import { DERIVATIVE_BUDGET, withBudget } from './budget.ts'

const derivative = (e: Expr, v: string): Expr => derivativeEntry(e, v).result

/** [∂f/∂v for v of vars], simplified. Throws an ExprError past the work budget (see budget.ts). */
export function gradient(expr: Expr, vars: readonly string[], budget = DERIVATIVE_BUDGET): Expr[] {
  return withBudget(budget, () => vars.map((v) => derivative(expr, v)))
}

/**
 * H[i][j] = ∂²f/∂v_i∂v_j, simplified; symmetric (H[i][j] and H[j][i] are the same AST).
 * Only the upper triangle is differentiated (∂/∂v_j of ∂f/∂v_i for j ≥ i) and mirrored: for the smooth functions the
 * instruments use the mixed partials agree (Schwarz), and sharing one AST makes the matrix symmetric by construction
 * even where the two orders would simplify to different-looking expressions.
 */
export function hessian(expr: Expr, vars: readonly string[], budget = DERIVATIVE_BUDGET): Expr[][] {
  // The second pass reuses the first: the gradient's sub-expressions are mostly f's own, whose derivatives are memoised.
  return withBudget(budget, () => {
    const first = vars.map((v) => derivative(expr, v))
    const rows: Expr[][] = vars.map(() => [])
    vars.forEach((_, i) => {
      for (let j = i; j < vars.length; j++) {
        const entry = derivative(first[i]!, vars[j]!)
        rows[i]![j] = entry
        rows[j]![i] = entry
      }
    })
    return rows
  })
}
