// simplify: a value-preserving, idempotent rewrite to a readable canonical form. See simplify/ for the rules:
// sum.ts (like terms, constants, signs), product.ts (coefficients, powers of a common base, factor order),
// power.ts (x^0, x^1, 1^x, exact integer powers), exactCalls.ts (sin(0) = 0 and other exact function values).
//
// Contract: wherever the input evaluates to a finite number, the output evaluates to the same number (up to rounding
// and the sign of zero). Rewrites like 0·u → 0 or u − u → 0 may turn NaN or ∞ into a number, never the reverse.
// One pass rewrites bottom-up (children first, then the node); passes repeat until nothing changes, which makes
// simplify idempotent. The cap only guards against a rule cycle; none is known.
import { num, neg, binary, call, equals, type Expr } from './ast.ts'
import { canonicalSum } from './simplify/sum.ts'
import { canonicalProduct } from './simplify/product.ts'
import { simplifyPower } from './simplify/power.ts'
import { exactCall } from './simplify/exactCalls.ts'

const MAX_PASSES = 32

/** Value-preserving, idempotent simplification. */
export function simplify(expr: Expr): Expr {
  let current = expr
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = simplifyPass(current)
    if (equals(next, current)) return current
    current = next
  }
  return current
}

function simplifyPass(expr: Expr): Expr {
  switch (expr.kind) {
    case 'num':
      return Object.is(expr.value, -0) ? num(0) : expr
    case 'const':
    case 'var':
      return expr
    case 'neg':
      return canonicalSum(neg(simplifyPass(expr.arg)))
    case 'binary': {
      const left = simplifyPass(expr.left)
      const right = simplifyPass(expr.right)
      const node = binary(expr.op, left, right)
      if (expr.op === '+' || expr.op === '-') return canonicalSum(node)
      if (expr.op === '*' || expr.op === '/') return canonicalProduct(node)
      return simplifyPower(left, right)
    }
    case 'call': {
      const args = expr.args.map(simplifyPass)
      // pow(a, b) and a^b are the same Math.pow; one spelling keeps like terms recognisable.
      if (expr.fn === 'pow') return simplifyPower(args[0]!, args[1]!)
      if (args.length === 1 && args[0]!.kind === 'const' && args[0]!.name === 'e' && (expr.fn === 'log' || expr.fn === 'ln')) {
        return num(1) // Math.log(Math.E) is exactly 1
      }
      if (args.every((a) => a.kind === 'num')) {
        const value = exactCall(expr.fn, args.map((a) => (a as { value: number }).value))
        if (value !== null && Number.isFinite(value)) return num(value === 0 ? 0 : value)
      }
      return call(expr.fn, ...args)
    }
  }
}
