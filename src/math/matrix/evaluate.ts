// evaluateMatrixExpr: float64 values of a matrix expression. Values are row-major Float64Arrays; a scalar result has
// shape [] and one entry. Elementwise functions use the math core's reference semantics (src/math/expr FUNCTIONS), so
// sigmoid, softplus, relu, step and sign mean exactly what they mean in chapters 1–3.
import { ExprError, FUNCTIONS, type FnName } from '../expr/index.ts'
import { children, type MatrixExpr } from './ast.ts'
import { det, inverse, logAbsDet, matmul, transposeData } from './dense.ts'
import { dims, isScalar, shapeLabel, sizeOf, type Shape } from './shape.ts'

export interface MatrixValue {
  readonly shape: Shape
  readonly data: Float64Array
}

export type MatrixEnv = Readonly<Record<string, number | ArrayLike<number> | MatrixValue>>

const scalar = (v: number): MatrixValue => ({ shape: [], data: Float64Array.of(v) })
const map = (x: MatrixValue, f: (v: number) => number): Float64Array => x.data.map(f)

function zipWith(a: MatrixValue, b: MatrixValue, f: (p: number, q: number) => number): Float64Array {
  // one side may be a scalar (scaling and .* by a scalar)
  if (a.data.length === 1 && b.data.length !== 1) return b.data.map((q) => f(a.data[0]!, q))
  if (b.data.length === 1) return a.data.map((p) => f(p, b.data[0]!))
  return a.data.map((p, i) => f(p, b.data[i]!))
}

function inputValue(name: string, shape: Shape, raw: MatrixEnv[string] | undefined): MatrixValue {
  if (raw === undefined) throw new ExprError(`no value for ${name} (${shapeLabel(shape)})`, 0, 0)
  const data = typeof raw === 'number' ? Float64Array.of(raw)
    : 'data' in raw && !(raw instanceof Float64Array) ? Float64Array.from((raw as MatrixValue).data)
    : Float64Array.from(raw as ArrayLike<number>)
  if (data.length !== sizeOf(shape)) {
    throw new ExprError(`${name} is ${shapeLabel(shape)} (${sizeOf(shape)} numbers, row-major) but its value has ${data.length}`, 0, 0)
  }
  return { shape, data }
}

function logSumExp(v: Float64Array): number {
  const m = Math.max(...v)
  if (!Number.isFinite(m)) return m
  let s = 0
  for (const x of v) s += Math.exp(x - m)
  return m + Math.log(s)
}

/** Euclidean (Frobenius) norm, scaled by the largest entry so that squares neither overflow nor underflow. */
function norm2(v: Float64Array): number {
  let m = 0
  for (const x of v) m = Math.max(m, Math.abs(x))
  if (m === 0 || !Number.isFinite(m)) return Number.isNaN(m) ? NaN : m
  let s = 0
  for (const x of v) s += (x / m) ** 2
  return m * Math.sqrt(s)
}

function evalCall(e: Extract<MatrixExpr, { kind: 'call' }>, args: MatrixValue[], softmaxArg?: MatrixValue): MatrixValue {
  const [x] = args as [MatrixValue]
  const n = e.args.length > 0 ? dims(e.args[0]!.shape)[0] : 0
  switch (e.fn) {
    case 'sum': return scalar(x.data.reduce((s, v) => s + v, 0))
    case 'norm2': return scalar(norm2(x.data))
    case 'tr': {
      let t = 0
      for (let i = 0; i < n; i++) t += x.data[i * n + i]!
      return scalar(t)
    }
    case 'det': return scalar(det(x.data, n))
    case 'logdet': return scalar(logAbsDet(x.data, n).logAbs)
    case 'inv': return { shape: e.shape, data: inverse(x.data, n) }
    case 'logsumexp': return scalar(logSumExp(x.data))
    case 'softmax': {
      const lse = logSumExp(x.data)
      return { shape: e.shape, data: map(x, (v) => Math.exp(v - lse)) }
    }
    case 'dot': return scalar(x.data.reduce((s, v, i) => s + v * args[1]!.data[i]!, 0))
    case 'diag': {
      const d = new Float64Array(n * n)
      for (let i = 0; i < n; i++) d[i * n + i] = x.data[i]!
      return { shape: e.shape, data: d }
    }
    case 'eye': {
      const [r] = dims(e.shape)
      const d = new Float64Array(r * r)
      for (let i = 0; i < r; i++) d[i * r + i] = 1
      return { shape: e.shape, data: d }
    }
    case 'ones': case 'zeros':
      return { shape: e.shape, data: new Float64Array(sizeOf(e.shape)).fill(e.fn === 'ones' ? 1 : 0) }
    case 'log': {
      // log(softmax(u)) = u − logsumexp(u): exact where softmax underflows to 0 (large logits), so the
      // cross-entropy stays finite
      const inner = e.args[0]!
      if (inner.kind === 'call' && inner.fn === 'softmax') return { shape: e.shape, data: softmaxArg!.data.map((v) => v - logSumExp(softmaxArg!.data)) }
      return { shape: e.shape, data: map(x, Math.log) }
    }
    default: {
      const f = FUNCTIONS.get(e.fn as FnName)!.evaluate
      return { shape: e.shape, data: map(x, (v) => f(v)) }
    }
  }
}

function evalNode(e: MatrixExpr, env: MatrixEnv, memo: Map<MatrixExpr, MatrixValue>): MatrixValue {
  const hit = memo.get(e)
  if (hit !== undefined) return hit
  const args = children(e).map((c) => evalNode(c, env, memo))
  const [a, b] = args as [MatrixValue, MatrixValue]
  let v: MatrixValue
  switch (e.kind) {
    case 'num': v = scalar(e.value); break
    case 'var': v = inputValue(e.name, e.shape, Object.hasOwn(env, e.name) ? env[e.name] : undefined); break
    case 'neg': v = { shape: e.shape, data: map(a, (p) => -p) }; break
    case 'transpose': {
      const [r, c] = dims(a.shape)
      v = { shape: e.shape, data: r === 1 || c === 1 ? a.data : transposeData(a.data, r, c) }
      break
    }
    case 'add': v = { shape: e.shape, data: zipWith(a, b, (p, q) => p + q) }; break
    case 'sub': v = { shape: e.shape, data: zipWith(a, b, (p, q) => p - q) }; break
    case 'emul': v = { shape: e.shape, data: zipWith(a, b, (p, q) => p * q) }; break
    case 'div': v = { shape: e.shape, data: zipWith(a, b, (p, q) => p / q) }; break
    case 'pow': case 'epow': v = { shape: e.shape, data: zipWith(a, b, Math.pow) }; break
    case 'mul': {
      if (isScalar(a.shape) || isScalar(b.shape)) {
        v = { shape: e.shape, data: zipWith(a, b, (p, q) => p * q) }
      } else {
        const [m, k] = dims(a.shape)
        v = { shape: e.shape, data: matmul(a.data, b.data, m, k, dims(b.shape)[1]) }
      }
      break
    }
    case 'call': {
      const inner = e.args[0]
      const softmaxArg = e.fn === 'log' && inner?.kind === 'call' && inner.fn === 'softmax' ? evalNode(inner.args[0]!, env, memo) : undefined
      v = evalCall(e, args, softmaxArg)
      break
    }
  }
  memo.set(e, v)
  return v
}

/** Values of expr at env (name → row-major values). Throws ExprError naming a missing or mis-sized input. */
export function evaluateMatrixExpr(expr: MatrixExpr, env: MatrixEnv): MatrixValue {
  return evalNode(expr, env, new Map())
}

/** The value of a scalar-shaped expression as a number. */
export function evaluateScalar(expr: MatrixExpr, env: MatrixEnv): number {
  return evaluateMatrixExpr(expr, env).data[0]!
}
