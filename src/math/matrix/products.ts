// Products in normal form: coefficient · scalar factors · (matrix chain) / scalar divisors.
// Scalars commute with everything, so they are gathered in front; matrix products are associative, so a chain is a
// flat list printed left to right: 2*A'*(A*x - b) rather than 2*(A'*(A*x - b)). A sub-product whose value is a scalar
// (an inner product such as x'*y) is kept whole as one scalar factor, since splitting it would break the chain's shapes.
import { exprEquals, type MatrixExpr } from './ast.ts'
import { binary, neg, num, transpose as rawTranspose } from './build.ts'
import { isScalar, isSquare } from './shape.ts'
import { toMatrixText } from './toText.ts'

export interface Product {
  coef: number
  scalars: MatrixExpr[]
  chain: MatrixExpr[]
  divisors: MatrixExpr[]
}

export function flattenProduct(e: MatrixExpr, out: Product = { coef: 1, scalars: [], chain: [], divisors: [] }): Product {
  if (e.kind === 'num') {
    out.coef *= e.value
  } else if (e.kind === 'neg') {
    out.coef = -out.coef
    flattenProduct(e.arg, out)
  } else if (e.kind === 'mul' && !(isScalar(e.shape) && !isScalar(e.a.shape) && !isScalar(e.b.shape))) {
    flattenProduct(e.a, out)
    flattenProduct(e.b, out)
  } else if (e.kind === 'emul' && (isScalar(e.a.shape) || isScalar(e.b.shape))) {
    flattenProduct(e.a, out)
    flattenProduct(e.b, out)
  } else if (e.kind === 'div') {
    flattenProduct(e.a, out)
    if (e.b.kind === 'num') out.coef /= e.b.value
    else out.divisors.push(e.b)
  } else if (isScalar(e.shape)) {
    out.scalars.push(e)
  } else {
    out.chain.push(e)
  }
  return out
}

const isEye = (e: MatrixExpr): boolean => e.kind === 'call' && e.fn === 'eye'

/** The normal form back as a tree, or null when it is zero. Cancels a divisor against an equal scalar factor. */
export function buildProduct(p: Product): MatrixExpr | null {
  if (p.coef === 0) return null
  const scalars = [...p.scalars]
  const divisors: MatrixExpr[] = []
  for (const d of p.divisors) {
    const i = scalars.findIndex((s) => exprEquals(s, d))
    if (i >= 0) scalars.splice(i, 1)
    else divisors.push(d)
  }
  scalars.sort((a, b) => (toMatrixText(a) < toMatrixText(b) ? -1 : 1))
  // an identity matrix inside a longer chain changes nothing
  let chain = p.chain.length > 1 ? p.chain.filter((c) => !isEye(c)) : [...p.chain]
  if (chain.length === 0 && p.chain.length > 0) chain = [p.chain[0]!]
  const factors = [...scalars, ...chain]
  const coef = p.coef
  let acc: MatrixExpr | null = null
  if (factors.length === 0) return withDivisors(num(coef), divisors)
  if (coef !== 1 && coef !== -1) acc = num(coef)
  for (const f of factors) acc = acc === null ? f : binary('mul', acc, f)
  const body = withDivisors(acc!, divisors)
  return coef === -1 ? neg(body) : body
}

function withDivisors(e: MatrixExpr, divisors: MatrixExpr[]): MatrixExpr {
  if (divisors.length === 0) return e
  const den = divisors.reduce((a, b) => binary('mul', a, b))
  return binary('div', e, den)
}

/** (A B … Z)' = Z' … B' A', with scalars unchanged; ' of ' cancels; symmetric constants are their own transpose. */
export function transposeOf(e: MatrixExpr): MatrixExpr {
  if (isScalar(e.shape)) return e
  if (e.kind === 'transpose') return e.arg
  if (e.kind === 'neg') return neg(transposeOf(e.arg))
  if (e.kind === 'call' && (e.fn === 'eye' || e.fn === 'diag')) return e
  if (e.kind === 'call' && (e.fn === 'ones' || e.fn === 'zeros') && isSquare(e.shape)) return e
  if (e.kind === 'mul' || e.kind === 'div') {
    const p = flattenProduct(e)
    if (p.chain.length > 1 || p.scalars.length > 0 || p.coef !== 1 || p.divisors.length > 0) {
      return buildProduct({ ...p, chain: p.chain.map(transposeOf).reverse() })!
    }
  }
  return rawTranspose(e)
}
