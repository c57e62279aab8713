// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
/** Canonical text with minimal parentheses; parse(toText(e)) is structurally equal to e. */
export function toText(expr: Expr): string { throw new Error('toText: not implemented ' + expr.kind) }
