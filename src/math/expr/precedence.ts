// Binding strength of each printed form, shared by toText and toLatex. A sub-expression is wrapped in parentheses
// when it binds more loosely than its position requires. The levels mirror the grammar in parse.ts.
import type { Expr } from './ast.ts'

export const SUM = 1 // a + b, a - b
export const PRODUCT = 2 // a * b, a / b, 2x
export const UNARY = 3 // -a, and negative number literals (-2)
export const POWER = 4 // a^b
export const ATOM = 5 // numbers ≥ 0, names, calls, anything already bracketed

/** How tightly `e` binds when printed as text. */
export function precedenceOf(e: Expr): number {
  switch (e.kind) {
    case 'num':
      return e.value < 0 || Object.is(e.value, -0) ? UNARY : ATOM
    case 'neg':
      return UNARY
    case 'binary':
      return e.op === '^' ? POWER : e.op === '+' || e.op === '-' ? SUM : PRODUCT
    default:
      return ATOM
  }
}

/**
 * The least precedence each operand of a binary operator needs to print without parentheses.
 * + - * / are left-associative, so their right operand must bind strictly tighter (a - (b - c));
 * ^ is right-associative, so its base must bind tighter than ^ itself ((a^b)^c, (-a)^b).
 * The exponent may be unary because the grammar allows a sign there (2^-x).
 */
export function operandPrecedence(op: string): { left: number; right: number } {
  if (op === '+' || op === '-') return { left: SUM, right: PRODUCT }
  if (op === '*' || op === '/') return { left: PRODUCT, right: UNARY }
  return { left: ATOM, right: UNARY }
}
