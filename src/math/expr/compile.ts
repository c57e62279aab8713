// The float64 closure compiler: an AST becomes a tree of small closures, one per node, built once and then called
// for every sample. No eval and no new Function: the only code that runs is the code below and FUNCTIONS' evaluators.
//
// Semantics are exactly FUNCTIONS[fn].evaluate, IEEE arithmetic for + - * /, and Math.pow for ^ (0^0 = 1,
// (−8)^3 = −512, (−8)^(1/3) = NaN). A name missing from the scope evaluates to NaN.
//
// Speed comes from specialising closures while building them (see bench/mathCore.node.bench.ts):
// - a subtree without free names is folded to its value once (evaluated with the same closures, so the value is identical);
// - a binary node with a constant operand captures the number instead of calling a closure for it;
// - x^n for a constant n (a subtree without names) in {−2, −1, 2, 3, 4} is written as multiplications. x·x is the correctly rounded square, so x^2
//   is exact; x^3, x^4, x^−1 and x^−2 take one or two roundings and may differ from Math.pow by an ulp or two, which is
//   within Math.pow's own accuracy (ECMAScript leaves it implementation-approximated). x^0 = 1 and x^1 = x exactly,
//   also for NaN and ±Infinity, as in Math.pow.
import type { BinaryOp, Expr } from './ast.ts'
import { FUNCTIONS } from './functions.ts'

export type CompiledFn = (scope: Readonly<Record<string, number>>) => number

/** Closures known to return the same number for every scope, with that number. */
const constants = new WeakMap<CompiledFn, number>()

function constantFn(value: number): CompiledFn {
  const fn: CompiledFn = () => value
  constants.set(fn, value)
  return fn
}

/** A tree of float64 closures (no eval, no new Function). A name missing from scope evaluates to NaN. */
export function compile(expr: Expr): CompiledFn {
  // A node object shared within the tree (derivatives may build DAGs) gets one closure, so building stays linear in
  // the number of distinct nodes. (Each call still evaluates a shared node once per path to it; no per-call cache.)
  const memo = new Map<Expr, CompiledFn>()
  const compileShared = (e: Expr): CompiledFn => {
    let fn = memo.get(e)
    if (fn === undefined) {
      fn = compileNode(e, compileShared)
      memo.set(e, fn)
    }
    return fn
  }
  return compileShared(expr)
}

function compileNode(expr: Expr, compile: (e: Expr) => CompiledFn): CompiledFn {
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

/** base^exponent; small literal integer exponents become multiplications (see the note at the top). */
function compilePower(base: CompiledFn, exponent: CompiledFn, n: number | undefined): CompiledFn {
  switch (n) {
    case undefined: return (s) => Math.pow(base(s), exponent(s))
    case 0: return constantFn(1)
    case 1: return base
    case 2: return (s) => { const v = base(s); return v * v }
    case 3: return (s) => { const v = base(s); return v * v * v }
    case 4: return (s) => { const v = base(s); const v2 = v * v; return v2 * v2 }
    case -1: return (s) => 1 / base(s)
    case -2: return (s) => { const v = base(s); return 1 / (v * v) }
    default: return (s) => Math.pow(base(s), n)
  }
}

function applyOp(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+': return a + b
    case '-': return a - b
    case '*': return a * b
    case '/': return a / b
    case '^': return Math.pow(a, b)
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Batched evaluation: one pass per node over whole arrays, instead of one closure call per node per point.
// A closure tree pays a megamorphic call per node per point (~3–5 ns each in V8); a batched plan pays it once per node
// per batch, and each node's loop is a tight monomorphic loop. That is what brings grid sampling close to hand-written
// code (bench/mathCore.node.bench.ts). The results are bit-for-bit those of compile(): the same operations in the same
// order, the same constant folding and the same small-integer-power rule.

/** Per-name inputs: an array (one value per point; at least `length` long) or one number for all points. */
export type BatchInputs = Readonly<Record<string, ArrayLike<number> | number>>
/** Evaluates at `length` points; writes into `out` when given (and returns it), else into a new array. */
export type BatchFn = (inputs: BatchInputs, length: number, out?: Float64Array) => Float64Array

type Value = ArrayLike<number> | number
type Step = (values: Value[], inputs: BatchInputs, n: number, buffer: Float64Array) => Value

/** Compiles expr to a batched evaluator that agrees exactly with compile(expr) at every point. */
export function compileBatch(expr: Expr): BatchFn {
  const steps: Step[] = []
  const slotOf = new Map<Expr, number>()
  // Constant subtrees are folded by the scalar compiler, as compile() does; one memo keeps planning linear.
  const scalarMemo = new Map<Expr, CompiledFn>()
  const scalar = (e: Expr): CompiledFn => {
    let fn = scalarMemo.get(e)
    if (fn === undefined) {
      fn = compileNode(e, scalar)
      scalarMemo.set(e, fn)
    }
    return fn
  }
  const plan = (e: Expr): number => {
    let slot = slotOf.get(e)
    if (slot === undefined) {
      const step = planNode(e, plan, scalar) // children first: a step only reads slots before its own
      slot = steps.length
      steps.push(step)
      slotOf.set(e, slot)
    }
    return slot
  }
  const result = plan(expr)
  // Reused between calls of the same length, so a batch allocates nothing but `values` (not reentrant; JS never is here).
  const buffers: Float64Array[] = []
  return (inputs, length, out = new Float64Array(length)) => {
    if (buffers.length && buffers[0]!.length !== length) buffers.length = 0
    const values: Value[] = new Array(steps.length)
    for (let i = 0; i < steps.length; i++) {
      buffers[i] ??= new Float64Array(length)
      values[i] = steps[i]!(values, inputs, length, buffers[i]!)
    }
    const r = values[result]!
    if (typeof r === 'number') out.fill(r, 0, length)
    else for (let i = 0; i < length; i++) out[i] = r[i]!
    return out
  }
}

function planNode(e: Expr, plan: (e: Expr) => number, scalar: (e: Expr) => CompiledFn): Step {
  const folded = scalar(e)
  const c = constants.get(folded)
  if (c !== undefined) return () => c
  switch (e.kind) {
    case 'var': {
      const name = e.name
      return (_v, inputs) => {
        const x = Object.hasOwn(inputs, name) ? inputs[name] : undefined
        return typeof x === 'number' || (typeof x === 'object' && x !== null) ? x : NaN
      }
    }
    case 'neg': {
      const a = plan(e.arg)
      return (v, _i, n, buf) => map1((x) => -x, v[a]!, n, buf)
    }
    case 'binary': {
      const l = plan(e.left)
      if (e.op === '^') {
        const exponent = constants.get(scalar(e.right))
        const r = plan(e.right)
        const pow = exponent === undefined ? Math.pow : powerRule(exponent)
        return (v, _i, n, buf) => map2(pow, v[l]!, v[r]!, n, buf)
      }
      const r = plan(e.right)
      const op = e.op
      return (v, _i, n, buf) => arithmetic(op, v[l]!, v[r]!, n, buf)
    }
    case 'call': {
      const f = FUNCTIONS.get(e.fn)!.evaluate
      const args = e.args.map(plan)
      if (args.length === 1) return (v, _i, n, buf) => map1(f, v[args[0]!]!, n, buf)
      return (v, _i, n, buf) => map2(f, v[args[0]!]!, v[args[1]!]!, n, buf)
    }
    default:
      throw new Error(`compileBatch: unexpected ${e.kind}`)
  }
}

/** The scalar rule of compilePower for a constant exponent, as a two-argument function. */
function powerRule(n: number): (x: number, e: number) => number {
  switch (n) {
    case 0: return () => 1
    case 1: return (x) => x
    case 2: return (x) => x * x
    case 3: return (x) => x * x * x
    case 4: return (x) => { const x2 = x * x; return x2 * x2 }
    case -1: return (x) => 1 / x
    case -2: return (x) => 1 / (x * x)
    default: return Math.pow
  }
}

function map1(f: (x: number) => number, a: Value, n: number, out: Float64Array): Value {
  if (typeof a === 'number') return f(a)
  for (let i = 0; i < n; i++) out[i] = f(a[i]!)
  return out
}

function map2(f: (x: number, y: number) => number, a: Value, b: Value, n: number, out: Float64Array): Value {
  if (typeof a === 'number') {
    if (typeof b === 'number') return f(a, b)
    for (let i = 0; i < n; i++) out[i] = f(a, b[i]!)
  } else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = f(a[i]!, b)
  else for (let i = 0; i < n; i++) out[i] = f(a[i]!, b[i]!)
  return out
}

/** + − × ÷ with the operator outside the loop, so each loop is a plain arithmetic loop. */
function arithmetic(op: BinaryOp, a: Value, b: Value, n: number, out: Float64Array): Value {
  if (typeof a === 'number' && typeof b === 'number') return applyOp(op, a, b)
  const A = typeof a === 'number' ? null : a
  const B = typeof b === 'number' ? null : b
  const an = typeof a === 'number' ? a : 0
  const bn = typeof b === 'number' ? b : 0
  switch (op) {
    case '+':
      if (A && B) for (let i = 0; i < n; i++) out[i] = A[i]! + B[i]!
      else if (A) for (let i = 0; i < n; i++) out[i] = A[i]! + bn
      else for (let i = 0; i < n; i++) out[i] = an + B![i]!
      return out
    case '-':
      if (A && B) for (let i = 0; i < n; i++) out[i] = A[i]! - B[i]!
      else if (A) for (let i = 0; i < n; i++) out[i] = A[i]! - bn
      else for (let i = 0; i < n; i++) out[i] = an - B![i]!
      return out
    case '*':
      if (A && B) for (let i = 0; i < n; i++) out[i] = A[i]! * B[i]!
      else if (A) for (let i = 0; i < n; i++) out[i] = A[i]! * bn
      else for (let i = 0; i < n; i++) out[i] = an * B![i]!
      return out
    default:
      if (A && B) for (let i = 0; i < n; i++) out[i] = A[i]! / B[i]!
      else if (A) for (let i = 0; i < n; i++) out[i] = A[i]! / bn
      else for (let i = 0; i < n; i++) out[i] = an / B![i]!
      return out
  }
}
