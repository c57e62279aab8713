// simplify: a value-preserving, idempotent rewrite to a readable canonical form. See simplify/ for the rules:
// sum.ts (like terms, constants, signs), product.ts (coefficients, powers of a common base, factor order),
// power.ts (x^0, x^1, 1^x, exact integer powers), exactCalls.ts (sin(0) = 0 and other exact function values).
//
// Contract: wherever the input evaluates to a finite number, the output evaluates to the same number (up to rounding
// and the sign of zero). Rewrites like 0·u → 0 or u − u → 0 may turn NaN or ∞ into a number, never the reverse.
// Each node is rewritten after its children, repeatedly until it stops changing, which makes simplify idempotent;
// results are memoised per (hash-consed) node. The cap only guards against a rule cycle; none is known.
import { num, neg, mul, binary, call, equals, freeVariableSet, type Expr } from './ast.ts'
import { compile } from './compile.ts'
import { canonicalSum } from './simplify/sum.ts'
import { canonicalProduct } from './simplify/product.ts'
import { simplifyPower } from './simplify/power.ts'
import { exactCall } from './simplify/exactCalls.ts'
import { knownSimplified, recordSimplified } from './simplify/memo.ts'

const MAX_PASSES = 32

/**
 * simplify memoises every node's simplified form, shared by all callers (simplify/memo.ts). Nodes are hash-consed (intern.ts), so a
 * sub-expression met again (within one derivative, in the next rule step, in the Hessian's second pass) costs one
 * lookup: simplifying the derivative of a node only does local work on top of its already simplified parts.
 * Weak, so nothing is kept alive.
 */

/** Value-preserving, idempotent simplification. */
export function simplify(expr: Expr): Expr {
  const known = knownSimplified(expr)
  if (known !== undefined) return known
  // Children first (each to its own fixed point), then this node's rule; a rewrite can produce a new node whose
  // parts are not yet simplified, so repeat until the node stops changing.
  let current = expr
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = simplifyPass(current)
    if (equals(next, current)) break
    const settled = knownSimplified(next)
    current = next
    if (settled !== undefined) {
      current = settled
      break
    }
  }
  recordSimplified(expr, current)
  recordSimplified(current, current)
  return current
}

/** This node's rule applied to its simplified children. */
function simplifyPass(expr: Expr): Expr {
  switch (expr.kind) {
    case 'num':
      return expr
    case 'const':
    case 'var':
      return expr
    case 'neg': {
      const arg = simplify(expr.arg)
      // −(literal) is exact, including the sign of zero: −(x − x) is −0 (atan2(−(x − x), −1) = −π, not π).
      return arg.kind === 'num' ? num(-arg.value) : canonicalSum(neg(arg))
    }
    case 'binary': {
      const left = simplify(expr.left)
      const right = simplify(expr.right)
      const node = binary(expr.op, left, right)
      if (expr.op === '+' || expr.op === '-') return canonicalSum(node)
      if (expr.op === '*' || expr.op === '/') return canonicalProduct(node)
      return simplifyPower(left, right)
    }
    case 'call': {
      const args = expr.args.map(simplify)
      // pow(a, b) and a^b are the same Math.pow; one spelling keeps like terms recognisable.
      if (expr.fn === 'pow') return simplifyPower(args[0]!, args[1]!)
      if (args.length === 1 && args[0]!.kind === 'const' && args[0]!.name === 'e' && (expr.fn === 'log' || expr.fn === 'ln')) {
        return num(1) // Math.log(Math.E) is exactly 1
      }
      if (expr.fn === 'mask' || expr.fn === 'defined') {
        const guard = simplifyGuard(expr.fn, args[0]!, args[1]!)
        if (guard !== null) return guard
      }
      if (args.every((a) => a.kind === 'num')) {
        const value = exactCall(expr.fn, args.map((a) => (a as { value: number }).value))
        if (value !== null && Number.isFinite(value)) return num(value) // sin(−0) = −0 keeps its sign
      }
      return call(expr.fn, ...args)
    }
  }
}

/**
 * mask(m, v) is the product m·v wherever v is not NaN, so with a literal v (never NaN) or a literal m ≠ 0 it is that
 * product. defined(g, v) is v when g is a constant that is not NaN. Otherwise both stay: they carry meaning.
 */
function simplifyGuard(fn: 'mask' | 'defined', a: Expr, b: Expr): Expr | null {
  if (fn === 'mask') {
    if (b.kind === 'num' || (a.kind === 'num' && a.value !== 0)) return canonicalProduct(mul(a, b))
    return null
  }
  if (freeVariableSet(a).size === 0 && !Number.isNaN(compile(a)({}))) return b
  return null
}
