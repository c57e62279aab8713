// Which nodes of an AST depend on a name (a coordinate or a parameter). Every other node is a constant subtree such as
// pi/2 or log(10): the GLSL and tfjs emitters fold those in float64 with compile() and emit one literal, so a constant
// carries one rounding to float32 instead of one per operation.
import type { Expr } from './ast.ts'

/**
 * The nodes of expr that contain a variable, found bottom-up in one pass. Nodes shared within the tree (derivatives
 * build DAGs) are visited once, so the cost is linear in the number of distinct nodes.
 */
export function namedSubtrees(expr: Expr): Set<Expr> {
  const named = new Set<Expr>()
  const seen = new Map<Expr, boolean>()
  const visit = (e: Expr): boolean => {
    const known = seen.get(e)
    if (known !== undefined) return known
    let has = false
    switch (e.kind) {
      case 'var': has = true; break
      case 'neg': has = visit(e.arg); break
      // Both sides are visited even when the left has a name: the right's own nodes must be classified too.
      case 'binary': { const left = visit(e.left); const right = visit(e.right); has = left || right; break }
      case 'call': for (const a of e.args) has = visit(a) || has; break
      default: break
    }
    if (has) named.add(e)
    seen.set(e, has)
    return has
  }
  visit(expr)
  return named
}
