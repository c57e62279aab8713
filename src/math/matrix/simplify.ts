// Simplification of matrix expressions to textbook form. The derivative code builds its results through the smart
// operations below (zero is null, so dead branches vanish), and simplifyMatrix normalises the whole tree:
// - products: coefficient · scalars · chain / divisors (products.ts), so 2*(A'*(A*x - b)) reads 2*A'*(A*x - b);
// - sums: like terms collected (A*x + A*x = 2*A*x), then terms sharing a right factor gathered: A*x + A'*x = (A + A')*x;
// - transposes pushed through products: (x'*A)' = A'*x, (a*b')' = b*a'.
import { children, exprEquals, type MatrixExpr } from './ast.ts'
import { binary, call, neg as rawNeg, num } from './build.ts'
import { buildProduct, flattenProduct, transposeOf, type Product } from './products.ts'
import { isScalar } from './shape.ts'
import { toMatrixText } from './toText.ts'

export type Maybe = MatrixExpr | null

const isNum = (e: MatrixExpr, v: number): boolean => e.kind === 'num' && e.value === v
const isOnes = (e: MatrixExpr): boolean => isNum(e, 1) || (e.kind === 'call' && e.fn === 'ones')

export function sAdd(a: Maybe, b: Maybe): Maybe {
  if (a === null) return b
  if (b === null) return a
  return normalizeSum(binary('add', a, b))
}
export function sNeg(a: Maybe): Maybe {
  return a === null ? null : buildProduct({ ...flattenProduct(a), coef: -flattenProduct(a).coef })
}
export const sSub = (a: Maybe, b: Maybe): Maybe => sAdd(a, sNeg(b))

export function sMul(a: Maybe, b: Maybe): Maybe {
  if (a === null || b === null) return null
  const p = flattenProduct(a)
  const q = flattenProduct(b)
  // diag(v)*w = v.*w for a column w: the Jacobian of an elementwise map applied to a vector
  return buildProduct({
    coef: p.coef * q.coef, scalars: [...p.scalars, ...q.scalars], chain: [...p.chain, ...q.chain], divisors: [...p.divisors, ...q.divisors],
  })
}

export function sEmul(a: Maybe, b: Maybe): Maybe {
  if (a === null || b === null) return null
  if (isScalar(a.shape) || isScalar(b.shape)) return sMul(a, b)
  if (isOnes(a)) return b
  if (isOnes(b)) return a
  const p = flattenProduct(a)
  const q = flattenProduct(b)
  // pull numeric coefficients out: (2*u).*v = 2*(u.*v)
  const strip = (r: Product, e: MatrixExpr): MatrixExpr => (r.coef === 1 ? e : buildProduct({ ...r, coef: 1 })!)
  return sMul(num(p.coef * q.coef), binary('emul', strip(p, a), strip(q, b)))
}

export function sDiv(a: Maybe, s: MatrixExpr): Maybe {
  if (a === null) return null
  const p = flattenProduct(a)
  if (s.kind === 'num') return buildProduct({ ...p, coef: p.coef / s.value })
  return buildProduct({ ...p, divisors: [...p.divisors, s] })
}

export const sT = (a: Maybe): Maybe => (a === null ? null : transposeOf(a))

/** ⟨G, B⟩ = sum of G .* B, written as G'*B for columns, G*B' for rows, G*B for scalars. */
export function sInner(g: Maybe, b: Maybe): Maybe {
  if (g === null || b === null) return null
  if (isScalar(b.shape)) return sMul(g, b)
  if (b.shape.length === 1) return sMul(sT(g), b)
  if (b.shape[0] === 1) return sMul(g, sT(b))
  return call('sum', [sEmul(g, b)!])
}

interface Term {
  product: Product
  key: string
}

function termOf(e: MatrixExpr, sign: number): Term {
  const product = flattenProduct(simplifyMatrix(e))
  product.coef *= sign
  const key = toMatrixText(buildProduct({ ...product, coef: 1 }) ?? num(0))
  return { product, key }
}

function collectTerms(e: MatrixExpr, sign: number, out: Term[]): Term[] {
  if (e.kind === 'add' || e.kind === 'sub') {
    collectTerms(e.a, sign, out)
    collectTerms(e.b, e.kind === 'sub' ? -sign : sign, out)
  } else if (e.kind === 'neg' && (e.arg.kind === 'add' || e.arg.kind === 'sub')) {
    collectTerms(e.arg, -sign, out)
  } else {
    out.push(termOf(e, sign))
  }
  return out
}

/** Joins terms with + and -, the first positive one first where there is one. */
function joinTerms(terms: MatrixExpr[]): Maybe {
  let acc: Maybe = null
  for (const t of terms) {
    if (acc === null) {
      acc = t
      continue
    }
    const p = flattenProduct(t)
    acc = p.coef < 0 ? binary('sub', acc, buildProduct({ ...p, coef: -p.coef })!) : binary('add', acc, t)
  }
  return acc
}

export function normalizeSum(e: MatrixExpr): MatrixExpr {
  const like: Term[] = []
  for (const t of collectTerms(e, 1, [])) {
    const same = like.find((u) => u.key === t.key)
    if (same !== undefined) same.product.coef += t.product.coef
    else like.push(t)
  }
  const live = like.filter((t) => t.product.coef !== 0)
  // gather terms that end in the same (non-scalar) factor: P*x + Q*x = (P + Q)*x
  const out: MatrixExpr[] = []
  const used = new Set<Term>()
  for (const t of live) {
    if (used.has(t)) continue
    const last = t.product.chain.at(-1)
    const group = last === undefined || t.product.chain.length < 2 ? [t]
      : live.filter((u) => !used.has(u) && u.product.chain.length >= 2 && exprEquals(u.product.chain.at(-1)!, last))
    for (const u of group) used.add(u)
    if (group.length === 1) {
      out.push(buildProduct(t.product)!)
      continue
    }
    const prefixes = group.map((u) => buildProduct({ ...u.product, chain: u.product.chain.slice(0, -1) })!)
    // untransposed before transposed: (A + A')*x
    prefixes.sort((p, q) => Number(p.kind === 'transpose') - Number(q.kind === 'transpose'))
    out.push(sMul(normalizeSum(prefixes.reduce((a, b) => binary('add', a, b))), last!)!)
  }
  if (out.length === 0) return zeroLike(e)
  const positiveFirst = [...out.filter((t) => flattenProduct(t).coef > 0), ...out.filter((t) => flattenProduct(t).coef <= 0)]
  return joinTerms(positiveFirst)!
}

function zeroLike(e: MatrixExpr): MatrixExpr {
  if (isScalar(e.shape)) return num(0)
  return call('zeros', e.shape.map(num))
}

/**
 * Trees already in normal form (and all their subtrees). Derivative code simplifies as it builds, so without this
 * every sum would re-normalise its operands from scratch at each level (quadratic in depth).
 */
const NORMAL = new WeakSet<MatrixExpr>()

function markNormal(e: MatrixExpr): MatrixExpr {
  if (NORMAL.has(e)) return e
  NORMAL.add(e)
  for (const c of children(e)) markNormal(c)
  return e
}

/** The whole tree in normal form (bottom-up). */
export function simplifyMatrix(e: MatrixExpr): MatrixExpr {
  if (NORMAL.has(e)) return e
  return markNormal(simplifyOnce(e))
}

function simplifyOnce(e: MatrixExpr): MatrixExpr {
  switch (e.kind) {
    case 'num': case 'var': return e
    case 'add': case 'sub': return normalizeSum(e)
    case 'neg': return sNeg(simplifyMatrix(e.arg))!
    case 'transpose': return transposeOf(simplifyMatrix(e.arg))
    case 'mul': return sMul(simplifyMatrix(e.a), simplifyMatrix(e.b)) ?? zeroLike(e)
    case 'emul': return sEmul(simplifyMatrix(e.a), simplifyMatrix(e.b)) ?? zeroLike(e)
    case 'div': return sDiv(simplifyMatrix(e.a), simplifyMatrix(e.b)) ?? zeroLike(e)
    case 'pow': case 'epow': {
      const a = simplifyMatrix(e.a)
      const b = simplifyMatrix(e.b)
      if (isNum(b, 1)) return a
      return binary(e.kind, a, b)
    }
    case 'call': {
      const args = e.args.map(simplifyMatrix)
      // sum and tr are linear: sum(-y) = -sum(y), tr(2*A) = 2*tr(A)
      if ((e.fn === 'sum' || e.fn === 'tr') && args[0]!.kind !== 'num') {
        const p = flattenProduct(args[0]!)
        if (p.coef !== 1 && (p.scalars.length > 0 || p.chain.length > 0)) return sMul(num(p.coef), call(e.fn, [buildProduct({ ...p, coef: 1 })!]))!
      }
      return call(e.fn, args)
    }
  }
}

export { rawNeg }
