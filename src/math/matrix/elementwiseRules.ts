// f′ for the elementwise functions, as matrix expressions of the argument u (same shape as u). These are the scalar
// rules of chapter 1 (src/math/expr/rules) written entrywise: the chain rule through f(u) multiplies by f′(u) entry by
// entry, which is diag(f′(u)) as a Jacobian. Where a 1 would have to be subtracted from a vector or matrix, the grammar
// writes ones(…) so that the text reads back with the same shapes.
import type { ElementwiseFn, MatrixExpr } from './ast.ts'
import { binary, call, filled, num } from './build.ts'
import type { Maybe } from './simplify.ts'

const one = (u: MatrixExpr): MatrixExpr => filled('ones', u.shape)
const square = (e: MatrixExpr): MatrixExpr => binary(e.shape.length === 0 ? 'pow' : 'epow', e, num(2))

/** f′(u), or null where it is zero almost everywhere (step, sign). */
export function elementwiseDerivative(fn: ElementwiseFn, u: MatrixExpr): Maybe {
  const f = (name: ElementwiseFn) => call(name, [u])
  switch (fn) {
    case 'exp': return f('exp')
    case 'log': return binary(u.shape.length === 0 ? 'pow' : 'epow', u, num(-1))
    case 'sin': return f('cos')
    case 'cos': return binary('mul', num(-1), f('sin'))
    case 'tanh': return binary('sub', one(u), square(f('tanh')))
    case 'sigmoid': return binary('emul', f('sigmoid'), binary('sub', one(u), f('sigmoid')))
    case 'relu': return f('step')
    case 'softplus': return f('sigmoid')
    case 'sqrt': return binary('mul', num(0.5), binary(u.shape.length === 0 ? 'pow' : 'epow', u, num(-0.5)))
    case 'abs': return f('sign')
    case 'step': case 'sign': return null
  }
}

/** The rule's name in the steps: "chain rule through tanh: tanh′(u) = 1 − tanh²(u)". */
export const ELEMENTWISE_RULE: Record<ElementwiseFn, string> = {
  exp: "exp′ = exp", log: "log′(u) = 1/u", sin: "sin′ = cos", cos: "cos′ = −sin", tanh: "tanh′ = 1 − tanh²",
  sigmoid: "σ′ = σ(1 − σ)", relu: "relu′ = step", softplus: "softplus′ = σ", sqrt: "sqrt′(u) = 1/(2√u)",
  abs: "|u|′ = sign(u)", step: "step′ = 0 (almost everywhere)", sign: "sign′ = 0 (almost everywhere)",
}
