// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
/** Parses the grammar of DESIGN.md. Throws ExprError (message, start, end) for any bad input, and nothing else. */
export function parse(text: string): Expr { throw new Error('parse: not implemented ' + text.length) }
