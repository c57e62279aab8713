// The TF.js emitter: an AST becomes TF.js ops over tensors of any shape. Scope values (tensors or numbers) broadcast
// together, so one call evaluates a whole grid, an arrow field or a swarm. tf.grad through the result gives first
// derivatives by autodiff, the cross-check of the symbolic derivative (DESIGN.md "Numerics").
//
// Meaning: that of compile() (src/math/expr/compile.ts), in float32. Subtrees without names are folded in float64 by
// compile() first, so constants such as pi/2 or log(10) carry only one rounding. Where TF.js cannot match exactly:
// - float32 everywhere: values beyond 3.4e38 are ±Inf, relative accuracy is about 1e-7 per op (cpu backend: float64
//   Math.* rounded to float32; wasm: float32 C math, a few ulps).
// - NaN through sign (0 on cpu and wasm) and min/max (wasm returns the number): toTf restores NaN with an explicit
//   where(isNaN) (see nanSafe). relu and step keep a plain NaN, but wasm's sqrt/log of a negative give a NaN with the
//   sign bit set, which wasm's relu and step turn into 0: keepNaN restores it. Same for pow(1, NaN), which C's pow (wasm) makes 1 (see jsPow);
//   (±1)^±Inf is still 1 on wasm where JavaScript says NaN.
// - cbrt has no kernel: sign(x)·|x|^(1/3), whose autodiff derivative is Inf at 0 (as the true derivative).
// - tf.grad cannot take second derivatives of exp/tanh/sigmoid/x^y (tfjs issue); Hessians come from the symbolic side.
// Callers wrap evaluation in tf.tidy (or dispose the result): toTf allocates intermediate tensors.
import * as tf from '@tensorflow/tfjs'
import { compile, namedSubtrees, type Expr, type FnName } from '../math/expr/index.ts'
import { isSmallPower, sharedSubtrees, smallPower } from '../math/expr/emitterKit.ts'

type TfScope = Readonly<Record<string, tf.Tensor | number>>

/** Evaluates expr with TF.js ops. Scope values (tensors of any shape, or numbers) broadcast together. Call inside tf.tidy. */
export function toTf(expr: Expr, scope: TfScope): tf.Tensor {
  const named = namedSubtrees(expr)
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

  // A node shared within the tree is evaluated once (emitterKit's shared-subtree memo).
  const emit = sharedSubtrees<tf.Tensor>((e, emit) => {
    if (!named.has(e)) return tf.scalar(compile(e)({}))
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
      case 'call': return TF_FUNCTIONS[e.fn](e.args.map(emit))
      default: break
    }
    throw new Error(`toTf: unexpected ${e.kind} with names`) // num/const never have names
  })

  return emit(expr)
}

const POWER_OPS = { one: () => tf.scalar(1), mul: (a: tf.Tensor, b: tf.Tensor) => tf.mul(a, b), reciprocal: (a: tf.Tensor) => tf.reciprocal(a) }

/** Mirrors compile(): a constant exponent in {-2, …, 4} is emitterKit's smallPower, any other goes through tf.pow. */
function power(base: tf.Tensor, exponent: Expr, n: number | undefined, emit: (e: Expr) => tf.Tensor): tf.Tensor {
  if (n === 0) return tf.onesLike(base) // x^0 = 1, also for NaN, as Math.pow (and with base's shape)
  if (isSmallPower(n)) return smallPower(base, n, POWER_OPS)
  return n === undefined ? jsPow(base, emit(exponent)) : tf.pow(base, tf.scalar(n))
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

/** NaN where x is NaN, else result: for kernels that turn NaN into a number (relu and step on wasm: see below). */
const keepNaN = (result: tf.Tensor, x: tf.Tensor): tf.Tensor => tf.where(tf.isNaN(x), x, result)

const SQRT1_2 = Math.SQRT1_2

type TfFn = (args: tf.Tensor[]) => tf.Tensor

/**
 * Every function as TF.js ops, complete by type (a function added to the whitelist without a row does not compile).
 * relu and step: wasm's sqrt/log of a negative give a NaN with the sign bit set, which wasm's relu and step turn into 0;
 * keepNaN restores it, so relu(sqrt(x − 4)) is undefined (not 0) for x < 4 on every backend.
 */
export const TF_FUNCTIONS: Readonly<Record<FnName, TfFn>> = {
  sin: ([x]) => tf.sin(x!),
  cos: ([x]) => tf.cos(x!),
  tan: ([x]) => tf.tan(x!),
  sec: ([x]) => tf.reciprocal(tf.cos(x!)),
  csc: ([x]) => tf.reciprocal(tf.sin(x!)),
  cot: ([x]) => tf.reciprocal(tf.tan(x!)),
  asin: ([x]) => tf.asin(x!),
  acos: ([x]) => tf.acos(x!),
  atan: ([x]) => tf.atan(x!),
  asec: ([x]) => tf.acos(tf.reciprocal(x!)),
  acsc: ([x]) => tf.asin(tf.reciprocal(x!)),
  acot: ([x]) => tf.sub(tf.scalar(HALF_PI), tf.atan(x!)), // range (0, π), as functions.ts
  atan2: ([y, x]) => tf.atan2(y!, x!),
  sinh: ([x]) => tf.sinh(x!),
  cosh: ([x]) => tf.cosh(x!),
  tanh: ([x]) => tf.tanh(x!),
  sech: ([x]) => tf.reciprocal(tf.cosh(x!)),
  csch: ([x]) => tf.reciprocal(tf.sinh(x!)),
  coth: ([x]) => tf.reciprocal(tf.tanh(x!)),
  asinh: ([x]) => tf.asinh(x!),
  acosh: ([x]) => tf.acosh(x!),
  atanh: ([x]) => tf.atanh(x!),
  asech: ([x]) => tf.acosh(tf.reciprocal(x!)),
  acsch: ([x]) => tf.asinh(tf.reciprocal(x!)),
  acoth: ([x]) => tf.atanh(tf.reciprocal(x!)),
  exp: ([x]) => tf.exp(x!),
  log: ([x, b]) => (b === undefined ? tf.log(x!) : tf.div(tf.log(x!), tf.log(b))),
  ln: ([x]) => tf.log(x!),
  log10: ([x]) => tf.mul(tf.log(x!), tf.scalar(INV_LN10)),
  log2: ([x]) => tf.mul(tf.log(x!), tf.scalar(INV_LN2)),
  sqrt: ([x]) => tf.sqrt(x!),
  cbrt: ([x]) => tf.mul(tf.sign(x!), tf.pow(tf.abs(x!), tf.scalar(1 / 3))),
  abs: ([x]) => tf.abs(x!),
  pow: ([x, y]) => jsPow(x!, y!),
  min: ([x, y]) => nanSafe(tf.minimum(x!, y!), x!, y!),
  max: ([x, y]) => nanSafe(tf.maximum(x!, y!), x!, y!),
  sigmoid: ([x]) => tf.sigmoid(x!),
  relu: ([x]) => keepNaN(tf.relu(x!), x!),
  softplus: ([x]) => tf.softplus(x!),
  erf: ([x]) => tf.erf(x!),
  // gelu(x) = x/2 (1 + erf(x/√2)), the exact form (tf.layers' gelu is the tanh approximation).
  gelu: ([x]) => tf.mul(tf.mul(x!, tf.scalar(0.5)), tf.add(tf.scalar(1), tf.erf(tf.mul(x!, tf.scalar(SQRT1_2))))),
  silu: ([x]) => tf.mul(x!, tf.sigmoid(x!)),
  leaky_relu: ([x, a]) => keepNaN(tf.where(tf.greater(x!, 0), x!, tf.mul(a ?? tf.scalar(0.01), x!)), x!),
  // α (e^x − 1) for x ≤ 0, from e^min(x, 0) so that the branch not taken never overflows.
  elu: ([x, a]) => keepNaN(
    tf.where(tf.greater(x!, 0), x!, tf.mul(a ?? tf.scalar(1), tf.sub(tf.exp(tf.minimum(x!, 0)), tf.scalar(1)))),
    x!,
  ),
  sign: ([x]) => nanSafe(tf.sign(x!), x!),
  step: ([x]) => keepNaN(tf.step(x!, 0), x!),
  // mask(m, v) = m·v, but 0 where m = 0 and v is not NaN (specialFunctions.ts).
  mask: ([m, v]) => tf.where(tf.logicalAnd(tf.equal(m!, 0), tf.logicalNot(tf.isNaN(v!))), tf.zerosLike(tf.mul(m!, v!)), tf.mul(m!, v!)),
  // defined(g, v) = v, NaN where g is NaN.
  defined: ([g, v]) => tf.where(tf.isNaN(tf.add(g!, tf.zerosLike(v!))), tf.add(g!, tf.zerosLike(v!)), tf.add(v!, tf.zerosLike(g!))),
}
