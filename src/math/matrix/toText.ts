// Canonical text in the grammar that parseMatrixExpr reads: `(A + A')*x`, `2*A'*(A*x - b)`, `det(X)*inv(X)'`.
// Parentheses are written exactly where the grammar needs them, so the text parses back to the same tree.
import type { MatrixExpr } from './ast.ts'

/** Binding strength of each form: sums < products < unary minus < powers < transpose < atoms. */
export function precedence(e: MatrixExpr): number {
  switch (e.kind) {
    case 'add': case 'sub': return 1
    case 'mul': case 'emul': case 'div': return 2
    case 'neg': return 3
    case 'num': return e.value < 0 || Object.is(e.value, -0) ? 3 : 6
    case 'pow': case 'epow': return 4
    case 'transpose': return 5
    default: return 6
  }
}

/** Shortest text that reads back to the same float64. */
export function numberText(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v)
  return String(v)
}

const OPS = { add: ' + ', sub: ' - ', mul: '*', emul: '.*', div: '/', pow: '^', epow: '.^' } as const

function wrap(e: MatrixExpr, minPrec: number): string {
  const t = toMatrixText(e)
  return precedence(e) < minPrec ? `(${t})` : t
}

export function toMatrixText(e: MatrixExpr): string {
  switch (e.kind) {
    case 'num': return numberText(e.value)
    case 'var': return e.name
    // -A*B reads back as (-A)*B, the same value, so a negated product needs no parentheses
    case 'neg': return `-${wrap(e.arg, e.arg.kind === 'mul' || e.arg.kind === 'emul' || e.arg.kind === 'div' ? 2 : 4)}`
    case 'transpose': return `${wrap(e.arg, 5)}'`
    case 'call': return `${e.fn}(${e.args.map(toMatrixText).join(', ')})`
    case 'pow': case 'epow': return `${wrap(e.a, 5)}${OPS[e.kind]}${wrap(e.b, 3)}`
    default: {
      const p = precedence(e)
      // left-associative: the right operand must bind strictly tighter (A*(B*C) keeps its parentheses)
      return `${wrap(e.a, p)}${OPS[e.kind]}${wrap(e.b, p + 1)}`
    }
  }
}
