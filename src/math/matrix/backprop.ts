// Reverse mode: the gradient of a scalar f by a variable of any shape (the variable's shape, the layout of the
// issue). Each node receives the adjoint G = ∂f/∂(node), of the node's own shape, and hands its operands theirs:
//   C = A*B         →  ∂f/∂A = G*B',  ∂f/∂B = A'*G           (matrix product rule)
//   C = s*B         →  ∂f/∂s = ⟨G, B⟩, ∂f/∂B = s*G           (scaling)
//   C = f(U) entrywise → ∂f/∂U = G .* f′(U)                 (chain rule, diag(f′) as a Jacobian)
//   tr(U) → G*I,  det(U) → G*det(U)*inv(U)',  logdet(U) → G*inv(U)',  inv(U) → -inv(U)'*G*inv(U)'
//   ‖u‖² → 2*G*u (one rule, so that ‖Wx − y‖² gives 2*(W*x - y)*x' without a ‖·‖/‖·‖ to cancel)
// This is backpropagation: the steps list the adjoints from the output down to the variable.
import { ExprError } from '../expr/index.ts'
import { dependsOn, isElementwiseFn, type MatrixExpr } from './ast.ts'
import { binary, call, filled, num } from './build.ts'
import { ELEMENTWISE_RULE, elementwiseDerivative } from './elementwiseRules.ts'
import { dims, isScalar } from './shape.ts'
import { sAdd, sDiv, sEmul, sInner, sMul, sNeg, sSub, sT, type Maybe } from './simplify.ts'
import { makeStep, type MatrixStep } from './steps.ts'

export function backprop(f: MatrixExpr, wrt: string, steps: MatrixStep[]): Maybe {
  let total: Maybe = null
  const label = (at: string) => `∂f/∂(${at})`

  const visit = (e: MatrixExpr, g: Maybe, rule: string): void => {
    if (g === null || !dependsOn(e, wrt)) return
    steps.push(makeStep(rule, e, g, label))
    const [a, b] = e.kind === 'call' ? [e.args[0]!, e.args[1]] : 'a' in e ? [e.a, e.b] : 'arg' in e ? [e.arg, undefined] : [e, undefined]
    switch (e.kind) {
      case 'var': total = sAdd(total, g); return
      case 'num': return
      case 'neg': return visit(a, sNeg(g), 'negation')
      case 'transpose': return visit(a, sT(g), "transpose: ∂f/∂U = (∂f/∂U')'")
      case 'add': visit(a, g, 'sum rule'); return visit(b!, g, 'sum rule')
      case 'sub': visit(a, g, 'difference rule'); return visit(b!, sNeg(g), 'difference rule')
      case 'mul': case 'emul': {
        if (isScalar(a.shape) && !isScalar(b!.shape)) {
          visit(a, sInner(g, b!), 'scaling: ∂f/∂s = ⟨G, B⟩'); return visit(b!, sMul(a, g), 'scaling: ∂f/∂B = s*G')
        }
        if (isScalar(b!.shape) && !isScalar(a.shape)) {
          visit(a, sMul(g, b!), 'scaling: ∂f/∂A = G*s'); return visit(b!, sInner(g, a), 'scaling: ∂f/∂s = ⟨G, A⟩')
        }
        if (e.kind === 'emul') {
          visit(a, sEmul(g, b!), 'elementwise product: ∂f/∂A = G .* B'); return visit(b!, sEmul(g, a), 'elementwise product: ∂f/∂B = G .* A')
        }
        visit(a, sMul(g, sT(b!)), "product rule: ∂f/∂A = G*B'"); return visit(b!, sMul(sT(a), g), "product rule: ∂f/∂B = A'*G")
      }
      case 'div': {
        visit(a, sDiv(g, b!), 'quotient by a scalar: ∂f/∂A = G/s')
        return visit(b!, sNeg(sDiv(sInner(g, a), binary('pow', b!, num(2)))), 'quotient by a scalar: ∂f/∂s = −⟨G, A⟩/s²')
      }
      case 'pow': {
        if (a.kind === 'call' && a.fn === 'norm2' && b!.kind === 'num' && b!.value === 2) {
          return visit(a.args[0]!, sMul(num(2), sMul(g, a.args[0]!)), 'squared norm: ∂‖u‖²/∂u = 2u')
        }
        const da = b!.kind === 'num' ? sMul(b!, b!.value === 2 ? a : binary('pow', a, num(b!.value - 1))) : sMul(b!, binary('pow', a, binary('sub', b!, num(1))))
        visit(a, sMul(g, da), 'power rule: (a^b)′ = b*a^(b-1)')
        return visit(b!, sMul(g, sMul(e, call('log', [a]))), 'exponent rule: ∂(a^b)/∂b = a^b*log(a)')
      }
      case 'epow': {
        const p = b!
        const du = p.kind === 'num' ? sMul(p, p.value === 2 ? a : binary('epow', a, num(p.value - 1))) : sMul(p, binary('epow', a, binary('sub', p, num(1))))
        visit(a, sEmul(g, du), 'elementwise power: ∂f/∂U = G .* (p*U.^(p-1))')
        return visit(p, sInner(g, sEmul(e, call('log', [a]))), 'elementwise power: ∂f/∂p = ⟨G, U.^p .* log(U)⟩')
      }
      case 'call': {
        const fn = e.fn
        if (fn === 'log' && a.kind === 'call' && a.fn === 'softmax') {
          // log softmax(z) = z - logsumexp(z): its Jacobian is I - ones*softmax(z)', so J'G = G - softmax(z)*sum(G)
          const z = a.args[0]!
          return visit(z, sSub(g, sMul(a, call('sum', [g]))), "log-softmax: ∂f/∂z = G - softmax(z)*sum(G)")
        }
        if (isElementwiseFn(fn)) return visit(a, sEmul(g, elementwiseDerivative(fn, a)), `chain rule through ${fn} entrywise (diag(f′)): ${ELEMENTWISE_RULE[fn]}`)
        const n = dims(a.shape)[0]
        switch (fn) {
          case 'sum': return visit(a, sMul(g, filled('ones', a.shape)), 'sum: ∂sum(U)/∂U = ones')
          case 'norm2': return visit(a, sDiv(sMul(g, a), e), 'norm: ∂‖u‖/∂u = u/‖u‖')
          case 'tr': return visit(a, isScalar(a.shape) ? g : sMul(g, call('eye', [num(n)])), 'trace: ∂tr(U)/∂U = I')
          case 'det': return visit(a, sMul(g, sMul(e, sT(call('inv', [a])))), "determinant (Jacobi): ∂det(U)/∂U = det(U)*inv(U)'")
          case 'logdet': return visit(a, sMul(g, sT(call('inv', [a]))), "log-determinant: ∂log|det U|/∂U = inv(U)'")
          case 'inv': {
            const it = sT(e)
            return visit(a, sNeg(sMul(sMul(it, g), it)), "inverse: ∂f/∂U = -inv(U)'*G*inv(U)'")
          }
          case 'logsumexp': return visit(a, sMul(g, call('softmax', [a])), 'log-sum-exp: ∂/∂u = softmax(u)')
          case 'softmax': return visit(a, sSub(sEmul(e, g), sMul(e, sMul(sT(e), g))), "softmax: J = diag(s) - s*s', J'*G = s .* G - s*(s'*G)")
          case 'dot': visit(a, sMul(g, b!), 'inner product: ∂dot(a, b)/∂a = b'); return visit(b!, sMul(g, a), 'inner product: ∂dot(a, b)/∂b = a')
          case 'diag': return visit(a, sMul(sEmul(g, call('eye', [num(n)])), filled('ones', a.shape)), 'diag: the diagonal of G')
          default: return
        }
      }
    }
  }

  if (!isScalar(f.shape)) throw new ExprError('backprop needs a scalar output', 0, 0)
  visit(f, num(1), 'start: ∂f/∂f = 1')
  return total
}
