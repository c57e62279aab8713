// The float64 closure compiler: an AST becomes a tree of small closures, one per node, built once and then called
// for every sample. No eval and no new Function: the only code that runs is the code below and FUNCTIONS' evaluators.
//
// Semantics are exactly FUNCTIONS[fn].evaluate, IEEE arithmetic for + - * /, and Math.pow for ^ (0^0 = 1,
// (−8)^3 = −512, (−8)^(1/3) = NaN). A name missing from the scope evaluates to NaN.
//
// Speed comes from specialising closures while building them (see bench/mathCore.node.bench.ts):
// - a subtree without free names is folded to its value once (evaluated with the same closures, so the value is identical);
// - a binary node with a constant operand captures the number instead of calling a closure for it;
// - x^n for a constant n (a subtree without names) in {−2, …, 4} is written as multiplications, by the one rule of
//   emitterKit.ts that every emitter shares (within Math.pow's own accuracy, which ECMAScript leaves approximate).
import type { BinaryOp, Expr } from './ast.ts'
import { FUNCTIONS } from './functions.ts'
import { isSmallPower, sharedSubtrees, smallPowerFn } from './emitterKit.ts'

export type CompiledFn = (scope: Readonly<Record<string, number>>) => number

/** Closures known to return the same number for every scope, with that number. */
const constants = new WeakMap<CompiledFn, number>()

/** The value of a closure known to be constant (a folded subtree), else undefined. */
export const constantValueOf = (fn: CompiledFn): number | undefined => constants.get(fn)

function constantFn(value: number): CompiledFn {
  const fn: CompiledFn = () => value
  constants.set(fn, value)
  return fn
}

/** A tree of float64 closures (no eval, no new Function). A name missing from scope evaluates to NaN. */
export function compile(expr: Expr): CompiledFn {
  // A node object shared within the tree (derivatives build DAGs) gets one closure, so building stays linear in
  // the number of distinct nodes. (Each call still evaluates a shared node once per path to it; no per-call cache.)
  return sharedSubtrees(compileNode)(expr)
}

export function compileNode(expr: Expr, compile: (e: Expr) => CompiledFn): CompiledFn {
  switch (expr.kind) {
    case 'num':
      return constantFn(expr.value)
    case 'const':
      return constantFn(expr.name === 'pi' ? Math.PI : Math.E)
    case 'var': {
      const name = expr.name
      // typeof guards against names that hit Object.prototype (e.g. an AST built with `constructor`).
      return (s) => {
        const v = s[name]
        return typeof v === 'number' ? v : NaN
      }
    }
    case 'neg': {
      const arg = compile(expr.arg)
      return foldIfConstant([arg], (s) => -arg(s))
    }
    case 'binary':
      return compileBinary(expr.op, compile(expr.left), compile(expr.right))
    case 'call': {
      const spec = FUNCTIONS.get(expr.fn)
      if (!spec) throw new Error(`compile: '${expr.fn}' is not a whitelisted function`)
      const args = expr.args.map(compile)
      const f = spec.evaluate
      if (args.length === 1) {
        const a = args[0]!
        return foldIfConstant(args, (s) => f(a(s)))
      }
      if (args.length === 2) {
        const a = args[0]!
        const b = args[1]!
        return foldIfConstant(args, (s) => f(a(s), b(s)))
      }
      return foldIfConstant(args, (s) => f(...args.map((g) => g(s))))
    }
  }
}

/** If every input is constant, the node is too: evaluate it once (same closures, so the same float64 result). */
function foldIfConstant(inputs: readonly CompiledFn[], fn: CompiledFn): CompiledFn {
  return inputs.every((g) => constants.has(g)) ? constantFn(fn({})) : fn
}

function compileBinary(op: BinaryOp, l: CompiledFn, r: CompiledFn): CompiledFn {
  const lc = constants.get(l)
  const rc = constants.get(r)
  if (lc !== undefined && rc !== undefined) return constantFn(applyOp(op, lc, rc))
  if (op === '^') return compilePower(l, r, rc)
  if (rc !== undefined) {
    switch (op) {
      case '+': return (s) => l(s) + rc
      case '-': return (s) => l(s) - rc
      case '*': return (s) => l(s) * rc
      case '/': return (s) => l(s) / rc
    }
  }
  if (lc !== undefined) {
    switch (op) {
      case '+': return (s) => lc + r(s)
      case '-': return (s) => lc - r(s)
      case '*': return (s) => lc * r(s)
      case '/': return (s) => lc / r(s)
    }
  }
  switch (op) {
    case '+': return (s) => l(s) + r(s)
    case '-': return (s) => l(s) - r(s)
    case '*': return (s) => l(s) * r(s)
    case '/': return (s) => l(s) / r(s)
  }
}

/** base^exponent; small literal integer exponents become multiplications (emitterKit.ts's smallPower). */
function compilePower(base: CompiledFn, exponent: CompiledFn, n: number | undefined): CompiledFn {
  if (n === undefined) return (s) => Math.pow(base(s), exponent(s))
  if (!isSmallPower(n)) return (s) => Math.pow(base(s), n)
  if (n === 0) return constantFn(1)
  if (n === 1) return base
  const power = smallPowerFn(n)
  return (s) => power(base(s))
}

export function applyOp(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+': return a + b
    case '-': return a - b
    case '*': return a * b
    case '/': return a / b
    case '^': return Math.pow(a, b)
  }
}
