// PLACEHOLDER: replaced by the implementation (contract only).
import type { Expr } from './ast.ts'
export type CompiledFn = (scope: Readonly<Record<string, number>>) => number
/** A tree of float64 closures (no eval, no new Function). A name missing from scope evaluates to NaN. */
export function compile(expr: Expr): CompiledFn { throw new Error('compile: not implemented ' + expr.kind) }
