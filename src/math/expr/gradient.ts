// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
/** [∂f/∂v for v of vars], simplified. */
export function gradient(expr: Expr, vars: readonly string[]): Expr[] { throw new Error('gradient: not implemented ' + expr.kind + vars.length) }
/** H[i][j] = ∂²f/∂v_i∂v_j, simplified; symmetric (H[i][j] and H[j][i] are the same AST). */
export function hessian(expr: Expr, vars: readonly string[]): Expr[][] { throw new Error('hessian: not implemented ' + expr.kind + vars.length) }
