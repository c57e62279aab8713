// Batched evaluation: one pass per node over whole arrays, instead of one closure call per node per point.
// A closure tree pays a megamorphic call per node per point (~3–5 ns each in V8); a batched plan pays it once per node
// per batch, and each node's loop is a tight monomorphic loop. That is what brings grid sampling close to hand-written
// code (bench/mathCore.node.bench.ts). The results are bit-for-bit those of compile(): the same operations in the same
// order, the same constant folding and the same small-integer-power rule.
import type { BinaryOp, Expr } from './ast.ts'
import { FUNCTIONS } from './functions.ts'
import { applyOp, compileNode, constantValueOf, type CompiledFn } from './compile.ts'
import { isSmallPower, sharedSubtrees, smallPowerFn } from './emitterKit.ts'

/** Per-name inputs: an array (one value per point; at least `length` long) or one number for all points. */
export type BatchInputs = Readonly<Record<string, ArrayLike<number> | number>>
/** Evaluates at `length` points; writes into `out` when given (and returns it), else into a new array. */
export type BatchFn = (inputs: BatchInputs, length: number, out?: Float64Array) => Float64Array

type Value = ArrayLike<number> | number
type Step = (values: Value[], inputs: BatchInputs, n: number, buffer: Float64Array) => Value

/** Compiles expr to a batched evaluator that agrees exactly with compile(expr) at every point. */
export function compileBatch(expr: Expr): BatchFn {
  const steps: Step[] = []
  // Constant subtrees are folded by the scalar compiler, as compile() does; the shared-subtree memo keeps planning linear.
  const scalar = sharedSubtrees(compileNode)
  const plan = sharedSubtrees<number>((e, plan) => {
    const step = planNode(e, plan, scalar) // children first: a step only reads slots before its own
    steps.push(step)
    return steps.length - 1
  })
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
  const c = constantValueOf(folded)
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
        const exponent = constantValueOf(scalar(e.right))
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
  if (!isSmallPower(n)) return Math.pow
  const power = smallPowerFn(n)
  return (x) => power(x)
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
