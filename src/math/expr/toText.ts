// AST → canonical text that parse() reads back to a structurally equal AST, with the fewest parentheses the
// grammar allows. Style: spaces around + - * /, none around ^, `2x` for a number times a name or call.
// The round trip covers every AST whose variables are names the grammar produces (x, x1, w_2, theta …)
// and whose numbers are finite; see parse.ts for the grammar and precedence.ts for the binding levels.
import type { Expr } from './ast.ts'
import { UNARY, operandPrecedence, precedenceOf } from './precedence.ts'

/** String(v) is the shortest text that reads back to the same double, and its exponent forms (1e-7, 1e+21) are numbers in the grammar. */
function numberText(value: number): string {
  // Not producible by parse; printed as an expression with the same value so the text stays meaningful.
  if (Number.isNaN(value)) return '(0/0)'
  if (value === Infinity) return '(1/0)'
  if (value === -Infinity) return '(-1/0)'
  // String(-0) is '0', which would lose the sign: atan2(-0, -1) = -pi but atan2(0, -1) = pi. '-0' reads back as num(-0).
  return Object.is(value, -0) ? '-0' : String(value)
}

function wrap(e: Expr, least: number): string {
  const text = print(e)
  return precedenceOf(e) < least && !isNonFinite(e) ? `(${text})` : text
}

const isNonFinite = (e: Expr): boolean => e.kind === 'num' && !Number.isFinite(e.value)

/**
 * `2x`, `-3sin(y)`, `0.5pi`: a number literal written directly before a factor that starts with a letter.
 * Not when the number has an exponent (`1e-7x` is legal but unreadable), and not before a name like `e1`,
 * because `2e1` would read as the number 20.
 */
function canJuxtapose(left: Expr, rightText: string): boolean {
  if (left.kind !== 'num' || !Number.isFinite(left.value) || /e/i.test(String(left.value))) return false
  if (!/^[A-Za-z]/.test(rightText)) return false
  return !/^[eE][0-9+-]/.test(rightText)
}

function print(e: Expr): string {
  switch (e.kind) {
    case 'num':
      return numberText(e.value)
    case 'const':
    case 'var':
      return e.name
    case 'neg':
      // `-2` would read back as the literal num(-2), so the negation of a literal keeps its parentheses: -(2).
      return e.arg.kind === 'num' && e.arg.value >= 0 ? `-(${print(e.arg)})` : `-${wrap(e.arg, UNARY)}`
    case 'binary': {
      const need = operandPrecedence(e.op)
      const left = wrap(e.left, need.left)
      const right = wrap(e.right, need.right)
      if (e.op === '^') return `${left}^${right}`
      if (e.op === '*' && precedenceOf(e.right) > UNARY && canJuxtapose(e.left, right)) {
        // `2x` for a name, `3 sin(x)` for a call: both read back as the same product.
        return /^[A-Za-z]\w*\(/.test(right) ? `${left} ${right}` : `${left}${right}`
      }
      return `${left} ${e.op} ${right}`
    }
    case 'call':
      return `${e.fn}(${e.args.map((a) => print(a)).join(', ')})`
  }
}

/** Canonical text with minimal parentheses; parse(toText(e)) is structurally equal to e. */
export function toText(expr: Expr): string {
  return print(expr)
}

