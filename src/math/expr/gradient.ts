// Gradient and Hessian as simplified ASTs, for the instruments (arrows, tangent planes, curvature) and for compiling
// to GLSL/tfjs: the GPU shades from these exact derivatives rather than from finite differences.
import type { Expr } from './ast.ts'
import { differentiate } from './differentiate.ts'

/** [∂f/∂v for v of vars], simplified. */
export function gradient(expr: Expr, vars: readonly string[]): Expr[] {
  return vars.map((v) => differentiate(expr, v).result)
}

/**
 * H[i][j] = ∂²f/∂v_i∂v_j, simplified; symmetric (H[i][j] and H[j][i] are the same AST).
 * Only the upper triangle is differentiated (∂/∂v_j of ∂f/∂v_i for j ≥ i) and mirrored: for the smooth functions the
 * instruments use the mixed partials agree (Schwarz), and sharing one AST makes the matrix symmetric by construction
 * even where the two orders would simplify to different-looking expressions.
 */
export function hessian(expr: Expr, vars: readonly string[]): Expr[][] {
  const first = gradient(expr, vars)
  const rows: Expr[][] = vars.map(() => [])
  vars.forEach((_, i) => {
    for (let j = i; j < vars.length; j++) {
      const entry = differentiate(first[i]!, vars[j]!).result
      rows[i]![j] = entry
      rows[j]![i] = entry
    }
  })
  return rows
}
