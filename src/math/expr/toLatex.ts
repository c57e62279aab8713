// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
/** KaTeX-ready LaTeX. */
export function toLatex(expr: Expr): string { throw new Error('toLatex: not implemented ' + expr.kind) }
