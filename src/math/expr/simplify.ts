// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
/** Value-preserving, idempotent simplification. */
export function simplify(expr: Expr): Expr { return expr }
