// A matrix expression (src/math/matrix) as TF.js ops, so that tf.grad can differentiate it: the autodiff cross-check of
// the symbolic matrix derivative. Every value is a 2-D tensor [rows, cols] (a scalar is [1, 1], a vector [n, 1]),
// so matMul, transpose and broadcasting need no special cases; callers reshape the result to the node's shape.
//
// TF.js has no det/inverse kernels. det, logdet and inv are built from differentiable ops by Gaussian elimination
// with partial pivoting; the pivot order is read from the current values (a choice, not a function of them, so the
// gradient flows through the arithmetic exactly as through LAPACK's). Float32 throughout: see the tolerances in tests.
import * as tf from '@tensorflow/tfjs'
import { dims, type MatrixExpr } from '../math/matrix/index.ts'

export type TfMatrixScope = Readonly<Record<string, tf.Tensor | ArrayLike<number> | number>>

/**
 * Row-reduces the n×n matrix whose rows are given; returns the reduced rows, the pivots and the sign of the permutation.
 * Works on a copy of the list: tf.unstack's gradient reads the very array it returned, so replacing its entries in
 * place silently cuts the gradient (∂det/∂X₂₁ came out 0 before the copy).
 */
function eliminate(given: readonly tf.Tensor1D[], n: number, jordan: boolean): { rows: tf.Tensor1D[]; pivots: tf.Scalar[]; sign: number } {
  const rows = [...given]
  let sign = 1
  const pivots: tf.Scalar[] = []
  for (let k = 0; k < n; k++) {
    // partial pivoting: the largest |entry| in column k at or below the diagonal
    let p = k
    let best = -1
    for (let i = k; i < n; i++) {
      const v = Math.abs(rows[i]!.slice([k], [1]).dataSync()[0]!)
      if (v > best) [best, p] = [v, i]
    }
    if (p !== k) {
      ;[rows[k], rows[p]] = [rows[p]!, rows[k]!]
      sign = -sign
    }
    const pivot = rows[k]!.slice([k], [1]).reshape([]) as tf.Scalar
    pivots.push(pivot)
    for (let i = jordan ? 0 : k + 1; i < n; i++) {
      if (i === k) continue
      const factor = rows[i]!.slice([k], [1]).div(pivot)
      rows[i] = rows[i]!.sub(rows[k]!.mul(factor))
    }
  }
  return { rows, pivots, sign }
}

function determinant(m: tf.Tensor2D): tf.Tensor {
  const n = m.shape[0]
  const { pivots, sign } = eliminate(tf.unstack(m) as tf.Tensor1D[], n, false)
  return tf.stack(pivots).prod().mul(sign).reshape([1, 1])
}

function logAbsDeterminant(m: tf.Tensor2D): tf.Tensor {
  const { pivots } = eliminate(tf.unstack(m) as tf.Tensor1D[], m.shape[0], false)
  return tf.stack(pivots).abs().log().sum().reshape([1, 1])
}

/** Gauss–Jordan on [M | I]: the right half becomes M⁻¹. */
function inverse(m: tf.Tensor2D): tf.Tensor {
  const n = m.shape[0]
  const augmented = tf.unstack(tf.concat([m, tf.eye(n)], 1)) as tf.Tensor1D[]
  const { rows, pivots } = eliminate(augmented, n, true)
  return tf.stack(rows.map((r, i) => r.div(pivots[i]!))).slice([0, n], [n, n])
}

function emitCall(e: Extract<MatrixExpr, { kind: 'call' }>, args: tf.Tensor[]): tf.Tensor {
  const [x] = args as [tf.Tensor2D]
  const s = (t: tf.Tensor) => t.reshape([1, 1])
  switch (e.fn) {
    case 'exp': return tf.exp(x)
    case 'log': return tf.log(x)
    case 'sin': return tf.sin(x)
    case 'cos': return tf.cos(x)
    case 'tanh': return tf.tanh(x)
    case 'sigmoid': return tf.sigmoid(x)
    case 'relu': return tf.relu(x)
    case 'softplus': return tf.softplus(x)
    case 'sqrt': return tf.sqrt(x)
    case 'abs': return tf.abs(x)
    case 'step': return tf.step(x, 0)
    case 'sign': return tf.sign(x)
    case 'sum': return s(tf.sum(x))
    case 'norm2': return s(tf.sqrt(tf.sum(tf.square(x))))
    case 'tr': return s(tf.sum(tf.mul(x, tf.eye(x.shape[0]))))
    case 'det': return determinant(x)
    case 'logdet': return logAbsDeterminant(x)
    case 'inv': return inverse(x)
    case 'softmax': return tf.softmax(x.reshape([-1])).reshape(x.shape)
    case 'logsumexp': return s(tf.logSumExp(x))
    case 'dot': return s(tf.sum(tf.mul(x, args[1]!)))
    case 'diag': return tf.mul(tf.eye(x.shape[0]), x) // row i of I scaled by v_i
    case 'eye': case 'ones': case 'zeros': {
      const [r, c] = dims(e.shape)
      return e.fn === 'eye' ? tf.eye(r) : e.fn === 'ones' ? tf.ones([r, c]) : tf.zeros([r, c])
    }
  }
}

/** The value of expr as a 2-D tensor [rows, cols]. Call inside tf.tidy (intermediate tensors are not disposed here). */
export function matrixToTf(expr: MatrixExpr, scope: TfMatrixScope): tf.Tensor2D {
  const memo = new Map<MatrixExpr, tf.Tensor>()
  const emit = (e: MatrixExpr): tf.Tensor => {
    const hit = memo.get(e)
    if (hit !== undefined) return hit
    let t: tf.Tensor
    switch (e.kind) {
      case 'num': t = tf.scalar(e.value).reshape([1, 1]); break
      case 'var': {
        const v = scope[e.name]
        if (v === undefined) throw new Error(`no value for ${e.name}`)
        const tensor = typeof v === 'number' ? tf.scalar(v) : v instanceof tf.Tensor ? v : tf.tensor(Array.from(v))
        t = tensor.reshape(dims(e.shape))
        break
      }
      case 'neg': t = tf.neg(emit(e.arg)); break
      case 'transpose': t = tf.transpose(emit(e.arg)); break
      case 'add': t = tf.add(emit(e.a), emit(e.b)); break
      case 'sub': t = tf.sub(emit(e.a), emit(e.b)); break
      case 'emul': t = tf.mul(emit(e.a), emit(e.b)); break
      case 'div': t = tf.div(emit(e.a), emit(e.b)); break
      case 'pow': case 'epow': t = tf.pow(emit(e.a), emit(e.b)); break
      case 'mul': {
        const [a, b] = [emit(e.a), emit(e.b)]
        t = e.a.shape.length === 0 || e.b.shape.length === 0 ? tf.mul(a, b) : tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D)
        break
      }
      case 'call': {
        const inner = e.args[0]
        // log(softmax(u)) as logSoftmax: finite where softmax underflows (the float64 evaluator does the same)
        t = e.fn === 'log' && inner?.kind === 'call' && inner.fn === 'softmax'
          ? tf.logSoftmax(emit(inner.args[0]!).reshape([-1])).reshape(dims(e.shape))
          : emitCall(e, e.args.map(emit))
        break
      }
    }
    memo.set(e, t)
    return t
  }
  return emit(expr) as tf.Tensor2D
}
