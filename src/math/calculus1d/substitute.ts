// Composition of expressions: every occurrence of the variable `name` in `expr` replaced by `replacement`, so
// f(x) and g(x) give f(g(x)). The result is a new AST that the symbolic engine can differentiate as a whole, which
// lets the chain-rule scene check g′(x)·f′(g(x)) against d/dx f(g(x)) computed independently.
import { binary, call, neg, type Expr } from '../expr/index.ts'

export function substitute(expr: Expr, name: string, replacement: Expr): Expr {
  switch (expr.kind) {
    case 'var':
      return expr.name === name ? replacement : expr
    case 'neg':
      return neg(substitute(expr.arg, name, replacement))
    case 'binary':
      return binary(expr.op, substitute(expr.left, name, replacement), substitute(expr.right, name, replacement))
    case 'call':
      return call(expr.fn, ...expr.args.map((a) => substitute(a, name, replacement)))
    default:
      return expr
  }
}
