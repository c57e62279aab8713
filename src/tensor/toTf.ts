// The TF.js emitter: an AST becomes TF.js ops over tensors of any shape. Scope values (tensors or numbers) broadcast
// together, so one call evaluates a whole grid, an arrow field or a swarm. tf.grad through the result gives first
// derivatives by autodiff, the cross-check of the symbolic derivative (DESIGN.md "Numerics").
//
// Meaning: that of compile() (src/math/expr/compile.ts), in float32. Subtrees without names are folded in float64 by
// compile() first, so constants such as pi/2 or log(10) carry only one rounding. Where TF.js cannot match exactly:
// - float32 everywhere: values beyond 3.4e38 are ±Inf, relative accuracy is about 1e-7 per op (cpu backend: float64
//   Math.* rounded to float32; wasm: float32 C math, a few ulps).
// - NaN through sign (0 on cpu and wasm) and min/max (wasm returns the number): toTf restores NaN with an explicit
//   where(isNaN) (see nanSafe; measured in tests/unit/tensor/toTf.test.ts, relu and step keep NaN by themselves). Same for pow(1, NaN), which C's pow (wasm) makes 1 (see jsPow);
//   (±1)^±Inf is still 1 on wasm where JavaScript says NaN.
// - cbrt has no kernel: sign(x)·|x|^(1/3), whose autodiff derivative is Inf at 0 (as the true derivative).
// - tf.grad cannot take second derivatives of exp/tanh/sigmoid/x^y (tfjs issue); Hessians come from the symbolic side.
// Callers wrap evaluation in tf.tidy (or dispose the result): toTf allocates intermediate tensors.
import * as tf from '@tensorflow/tfjs'
import { compile, namedSubtrees, type Expr, type FnName } from '../math/expr/index.ts'

type TfScope = Readonly<Record<string, tf.Tensor | number>>

/** Evaluates expr with TF.js ops. Scope values (tensors of any shape, or numbers) broadcast together. Call inside tf.tidy. */
export function toTf(expr: Expr, scope: TfScope): tf.Tensor {
  const named = namedSubtrees(expr)
  const memo = new Map<Expr, tf.Tensor>() // a node shared within the tree is evaluated once
  const inputs = new Map<string, tf.Tensor>()

  const lookup = (name: string): tf.Tensor => {
    let t = inputs.get(name)
    if (t === undefined) {
      const v = Object.hasOwn(scope, name) ? scope[name] : undefined
      t = v === undefined ? tf.scalar(NaN) : typeof v === 'number' ? tf.scalar(v) : v.dtype === 'float32' ? v : tf.cast(v, 'float32')
      inputs.set(name, t)
    }
    return t
  }

  const emit = (e: Expr): tf.Tensor => {
    let t = memo.get(e)
    if (t === undefined) {
      t = named.has(e) ? emitNode(e) : tf.scalar(compile(e)({}))
      memo.set(e, t)
    }
    return t
  }

  const emitNode = (e: Expr): tf.Tensor => {
    switch (e.kind) {
      case 'var': return lookup(e.name)
      case 'neg': return tf.neg(emit(e.arg))
      case 'binary': {
        const l = emit(e.left)
        switch (e.op) {
          case '+': return tf.add(l, emit(e.right))
          case '-': return tf.sub(l, emit(e.right))
          case '*': return tf.mul(l, emit(e.right))
          case '/': return tf.div(l, emit(e.right))
          case '^': return power(l, e.right, named.has(e.right) ? undefined : compile(e.right)({}), emit)
        }
        break
      }
      case 'call': return callFn(e.fn, e.args.map(emit))
      default: break
    }
    throw new Error(`toTf: unexpected ${e.kind} with names`) // num/const never have names
  }

  return emit(expr)
}

/** Mirrors compile(): a constant exponent in {-2, …, 4} is a product, any other exponent goes through tf.pow. */
function power(base: tf.Tensor, exponent: Expr, n: number | undefined, emit: (e: Expr) => tf.Tensor): tf.Tensor {
  switch (n) {
    case 0: return tf.onesLike(base) // x^0 = 1, also for NaN, as Math.pow
    case 1: return base
    case 2: return tf.mul(base, base)
    case 3: return tf.mul(tf.mul(base, base), base)
    case 4: { const sq = tf.mul(base, base); return tf.mul(sq, sq) }
    case -1: return tf.reciprocal(base)
    case -2: return tf.reciprocal(tf.mul(base, base))
    default: return n === undefined ? jsPow(base, emit(exponent)) : tf.pow(base, tf.scalar(n))
  }
}

/**
 * Math.pow for a variable exponent. C's pow (the wasm kernel) says pow(1, NaN) = 1; JavaScript says NaN. The cpu
 * kernel is Math.pow already. (±1)^±Inf stays C's 1 on wasm, where JavaScript says NaN: left as a documented gap.
 */
function jsPow(base: tf.Tensor, exponent: tf.Tensor): tf.Tensor {
  return tf.where(tf.isNaN(exponent), tf.scalar(NaN), tf.pow(base, exponent))
}

const HALF_PI = Math.PI / 2
const INV_LN10 = 1 / Math.LN10
const INV_LN2 = 1 / Math.LN2

/** NaN in any argument gives NaN, for kernels whose comparisons drop it (sign everywhere, min/max on wasm). */
function nanSafe(result: tf.Tensor, ...args: tf.Tensor[]): tf.Tensor {
  const anyNaN = args.map((a) => tf.isNaN(a)).reduce((p, q) => tf.logicalOr(p, q))
  return tf.where(anyNaN, tf.scalar(NaN), result)
}

function callFn(fn: FnName, args: tf.Tensor[]): tf.Tensor {
  const x = args[0]!
  const y = args[1]!
  switch (fn) {
    case 'sin': return tf.sin(x)
    case 'cos': return tf.cos(x)
    case 'tan': return tf.tan(x)
    case 'sec': return tf.reciprocal(tf.cos(x))
    case 'csc': return tf.reciprocal(tf.sin(x))
    case 'cot': return tf.reciprocal(tf.tan(x))
    case 'asin': return tf.asin(x)
    case 'acos': return tf.acos(x)
    case 'atan': return tf.atan(x)
    case 'asec': return tf.acos(tf.reciprocal(x))
    case 'acsc': return tf.asin(tf.reciprocal(x))
    case 'acot': return tf.sub(tf.scalar(HALF_PI), tf.atan(x)) // range (0, π), as functions.ts
    case 'atan2': return tf.atan2(x, y)
    case 'sinh': return tf.sinh(x)
    case 'cosh': return tf.cosh(x)
    case 'tanh': return tf.tanh(x)
    case 'sech': return tf.reciprocal(tf.cosh(x))
    case 'csch': return tf.reciprocal(tf.sinh(x))
    case 'coth': return tf.reciprocal(tf.tanh(x))
    case 'asinh': return tf.asinh(x)
    case 'acosh': return tf.acosh(x)
    case 'atanh': return tf.atanh(x)
    case 'asech': return tf.acosh(tf.reciprocal(x))
    case 'acsch': return tf.asinh(tf.reciprocal(x))
    case 'acoth': return tf.atanh(tf.reciprocal(x))
    case 'exp': return tf.exp(x)
    case 'log': return args.length === 2 ? tf.div(tf.log(x), tf.log(y)) : tf.log(x)
    case 'ln': return tf.log(x)
    case 'log10': return tf.mul(tf.log(x), tf.scalar(INV_LN10))
    case 'log2': return tf.mul(tf.log(x), tf.scalar(INV_LN2))
    case 'sqrt': return tf.sqrt(x)
    case 'cbrt': return tf.mul(tf.sign(x), tf.pow(tf.abs(x), tf.scalar(1 / 3)))
    case 'abs': return tf.abs(x)
    case 'pow': return jsPow(x, y)
    case 'min': return nanSafe(tf.minimum(x, y), x, y)
    case 'max': return nanSafe(tf.maximum(x, y), x, y)
    case 'sigmoid': return tf.sigmoid(x)
    case 'relu': return tf.relu(x)
    case 'softplus': return tf.softplus(x)
    case 'sign': return nanSafe(tf.sign(x), x)
    case 'step': return tf.step(x, 0)
  }
}
