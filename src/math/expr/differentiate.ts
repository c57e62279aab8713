// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
import type { Derivative } from './derivation.ts'
/** Exact symbolic derivative with respect to `variable`, simplified, with the ordered rule steps. */
export function differentiate(expr: Expr, variable: string): Derivative { throw new Error('differentiate: not implemented ' + expr.kind + variable) }
