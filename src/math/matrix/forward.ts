// Forward mode: the Jacobian of a vector (or scalar) expression by a vector x (n), or the derivative of anything by a
// scalar t. J(u) is ∂u/∂x in numerator layout: a column u (m) gives m×n, a scalar gives 1×n, and a row u is treated as
// its transpose (J(u) = J(u')), so products need no 3-tensors:
//   J(A*v) = A*J(v) + [J(A)*v, only when A is a matrix and x a scalar]
//   J(s*v) = v*J(s) + s*J(v),  J(r*v) = v'*J(r) + r*J(v)
//   J(f(u)) = diag(f′(u))*J(u)  (for a scalar variable this is f′(u) .* du)
// A matrix that depends on a vector x has a 3-tensor derivative; that case is refused with the subexpression named.
import { ExprError } from '../expr/index.ts'
import { dependsOn, isElementwiseFn, type MatrixExpr } from './ast.ts'
import { binary, call, filled, num } from './build.ts'
import { ELEMENTWISE_RULE, elementwiseDerivative } from './elementwiseRules.ts'
import { dims, dimsText, isColumn, isMatrix, isRow, isScalar, shapeLabel, type Shape } from './shape.ts'
import { sAdd, sDiv, sEmul, sMul, sNeg, sSub, sT, type Maybe } from './simplify.ts'
import { makeStep, type MatrixStep } from './steps.ts'
import { toMatrixText } from './toText.ts'

/** A vector expression as a column (rows are transposed; columns and scalars stay). */
const col = (e: MatrixExpr): MatrixExpr => (isRow(e.shape) ? sT(e)! : e)

/** diag(v)*J, written v .* J when J is a column (scalar variable). */
function diagTimes(v: Maybe, j: Maybe): Maybe {
  if (v === null || j === null) return null
  if (isScalar(v.shape)) return sMul(v, j)
  if (isColumn(j.shape)) return sEmul(v, j)
  return sMul(call('diag', [v]), j)
}

export function forwardDerivative(f: MatrixExpr, wrt: string, wrtShape: Shape, steps: MatrixStep[]): Maybe {
  const scalarVar = isScalar(wrtShape)
  const n = dims(wrtShape)[0] * dims(wrtShape)[1]
  const label = (at: string) => (scalarVar ? `∂(${at})/∂${wrt}` : `J(${at})`)

  const refuseTensor = (e: MatrixExpr): never => {
    const span = e.span ?? { start: 0, end: 0 }
    throw new ExprError(`${toMatrixText(e)} is a ${dimsText(e.shape)} matrix that depends on ${wrt}: its derivative by a ${shapeLabel(wrtShape)}-vector is a 3-tensor. Rewrite so that ${wrt} appears only in vectors and scalars, e.g. (x*x')*b as x*(x'*b)`, span.start, span.end)
  }

  const J = (e: MatrixExpr): Maybe => {
    if (!dependsOn(e, wrt)) return null
    if (isMatrix(e.shape) && !scalarVar) refuseTensor(e)
    const [rule, d] = rules(e)
    steps.push(makeStep(rule, e, d, label))
    return d
  }

  const rules = (e: MatrixExpr): [string, Maybe] => {
    switch (e.kind) {
      case 'var': return ['variable: ∂x/∂x = I', scalarVar ? num(1) : call('eye', [num(n)])]
      case 'num': return ['constant', null]
      case 'neg': return ['negation', sNeg(J(e.arg))]
      case 'transpose': return ['transpose', isMatrix(e.shape) ? sT(J(e.arg)) : J(e.arg)]
      case 'add': return ['sum rule', sAdd(J(e.a), J(e.b))]
      case 'sub': return ['difference rule', sSub(J(e.a), J(e.b))]
      case 'mul': case 'emul': {
        const { a, b } = e
        if (isScalar(a.shape) || isScalar(b.shape)) {
          const [s, v] = isScalar(a.shape) ? [a, b] : [b, a]
          const ds = J(s)
          // J(s*v) = v*J(s) + s*J(v): for a scalar variable v*ds; for a vector variable the outer product col(v)*J(s)
          return ['scaling: J(s*v) = v*J(s) + s*J(v)', sAdd(sMul(col(v), ds), sMul(s, J(v)))]
        }
        if (e.kind === 'emul') {
          if (isMatrix(e.shape)) return ['elementwise product', sAdd(sEmul(J(a), b), sEmul(a, J(b)))]
          return ['elementwise product: diag(b)*J(a) + diag(a)*J(b)', sAdd(diagTimes(col(b), J(a)), diagTimes(col(a), J(b)))]
        }
        if (isRow(a.shape) && isColumn(b.shape)) return ['product rule (inner): J(r*v) = v\'*J(r) + r*J(v)', sAdd(sMul(sT(b), J(a)), sMul(a, J(b)))]
        if (isColumn(e.shape)) return ['product rule: J(A*v) = A*J(v) + J(A)*v', sAdd(sMul(a, J(b)), sMul(J(a), b))]
        if (isRow(e.shape)) return ["product rule: J(r*A) = A'*J(r) + J(A)'*r'", sAdd(sMul(sT(b), J(a)), sMul(sT(J(b)), sT(a)))]
        // only with a scalar variable: tangents have the operand's own shape (a row's J is a column, so turn it back)
        const dA = isRow(a.shape) ? sT(J(a)) : J(a)
        const dB = isRow(b.shape) ? sT(J(b)) : J(b)
        return ['product rule: d(A*B) = dA*B + A*dB', sAdd(sMul(dA, b), sMul(a, dB))]
      }
      case 'div': {
        const { a, b: s } = e
        return ['quotient by a scalar: J(u/s) = J(u)/s - u*J(s)/s²', sSub(sDiv(J(a), s), sDiv(sMul(col(a), J(s)), binary('pow', s, num(2))))]
      }
      case 'pow': {
        const { a, b } = e
        const da = b.kind === 'num' ? sMul(b, b.value === 2 ? a : binary('pow', a, num(b.value - 1))) : sMul(b, binary('pow', a, binary('sub', b, num(1))))
        return ['power rule', sAdd(sMul(da, J(a)), sMul(sMul(e, call('log', [a])), J(b)))]
      }
      case 'epow': {
        const { a, b: p } = e
        const du = p.kind === 'num' ? sMul(p, p.value === 2 ? a : binary('epow', a, num(p.value - 1))) : sMul(p, binary('epow', a, binary('sub', p, num(1))))
        const dp = sMul(col(sEmul(e, call('log', [a]))!), J(p))
        return ['elementwise power: diag(p*u.^(p-1))*J(u)', sAdd(isMatrix(e.shape) ? sEmul(du, J(a)) : diagTimes(col(du!), J(a)), dp)]
      }
      case 'call': {
        const u = e.args[0]!
        if (e.fn === 'log' && u.kind === 'call' && u.fn === 'softmax') {
          // log softmax(z) = z - logsumexp(z): J = J(z) - ones*(softmax(z)'*J(z))
          const jz = J(u.args[0]!)
          return ["log-softmax: J = (I - ones*softmax(z)')*J(z)", sSub(jz, sMul(filled('ones', u.shape), sMul(sT(u), jz)))]
        }
        if (isElementwiseFn(e.fn)) {
          const d = elementwiseDerivative(e.fn, u)
          const rule = `chain rule through ${e.fn}: diag(f′(u))*J(u), ${ELEMENTWISE_RULE[e.fn]}`
          return [rule, isMatrix(e.shape) ? sEmul(d, J(u)) : diagTimes(d === null ? null : col(d), J(u))]
        }
        switch (e.fn) {
          case 'sum': return ['sum', isMatrix(u.shape) ? nonNullSum(J(u)) : isScalar(u.shape) ? J(u) : sMul(sT(filled('ones', col(u).shape)), J(u))]
          case 'norm2': return ['norm: J(‖u‖) = u\'*J(u)/‖u‖', sDiv(isMatrix(u.shape) ? nonNullSum(sEmul(u, J(u))) : sMul(sT(col(u)), J(u)), e)]
          case 'tr': return ['trace: d tr(U) = tr(dU)', isScalar(u.shape) ? J(u) : wrapCall('tr', J(u))]
          case 'det': return ['determinant: d det(U) = det(U)*tr(inv(U)*dU)', sMul(e, wrapCall('tr', sMul(call('inv', [u]), J(u))))]
          case 'logdet': return ['log-determinant: d log|det U| = tr(inv(U)*dU)', wrapCall('tr', sMul(call('inv', [u]), J(u)))]
          case 'inv': return ['inverse: d inv(U) = -inv(U)*dU*inv(U)', sNeg(sMul(sMul(e, J(u)), e))]
          case 'logsumexp': return ["log-sum-exp: J = softmax(u)'*J(u)", sMul(sT(call('softmax', [u])), J(u))]
          case 'softmax': {
            const ju = J(u)
            return ["softmax: J = (diag(s) - s*s')*J(u)", sSub(diagTimes(e, ju), sMul(e, sMul(sT(e), ju)))]
          }
          case 'dot': return ["inner product: J = b'*J(a) + a'*J(b)", sAdd(sMul(sT(e.args[1]!), J(u)), sMul(sT(u), J(e.args[1]!)))]
          case 'diag': return ['diag', wrapCall('diag', J(u))]
          default: return ['constant', null]
        }
      }
    }
  }

  return J(f)
}

const wrapCall = (fn: 'tr' | 'diag', e: Maybe): Maybe => (e === null ? null : call(fn, [e]))
const nonNullSum = (e: Maybe): Maybe => (e === null ? null : call('sum', [e]))
