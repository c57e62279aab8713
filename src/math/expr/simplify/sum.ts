// Sums and differences as a list of terms coefficient · monomial, with like terms collected:
// x + x → 2 x, 2 x − 5 x → −3 x, x − (−y) → x + y, −(−x) → x, and all numbers folded into one constant written last.
// Terms otherwise keep the order in which they first appear, so the learner recognises their expression.
//
// Collecting is value-preserving: a sum that evaluates to a finite number has only finite terms, and for finite t
// a·t + b·t = (a + b)·t up to rounding (in particular t − t = 0).
import { sub, add, type Expr } from '../ast.ts'
import { plus, negate, type Coefficient } from './coefficient.ts'
import { flattenProduct, buildProduct, likeKey, type Factor } from './product.ts'
import { settled } from './memo.ts'

interface Term {
  coefficient: Coefficient
  readonly factors: readonly Factor[]
  /** Whether the term is a pure number (no factors). */
  readonly constant: boolean
}

function collectTerms(expr: Expr): Term[] {
  const terms: Term[] = []
  // Like terms have the same factors in any order (likeKey): sin(x) cos(x) − cos(x) sin(x) = 0. A Map keeps this
  // linear in the number of terms. The first-seen term keeps its factor order, which is how the sum prints.
  const byKey = new Map<string, Term>()
  const addTerm = (coefficient: Coefficient, factors: readonly Factor[]): void => {
    const key = likeKey(factors)
    const like = byKey.get(key)
    const merged = like === undefined ? null : plus(like.coefficient, coefficient)
    if (like !== undefined && merged !== null) like.coefficient = merged
    else {
      const term = { coefficient, factors, constant: factors.length === 0 }
      terms.push(term)
      if (like === undefined) byKey.set(key, term)
    }
  }
  const visit = (e: Expr, sign: 1 | -1): void => {
    if (e.kind === 'neg') return visit(e.arg, sign === 1 ? -1 : 1)
    if (e.kind === 'binary' && (e.op === '+' || e.op === '-')) {
      visit(e.left, sign)
      return visit(e.right, e.op === '+' ? sign : sign === 1 ? -1 : 1)
    }
    const { coefficient, factors } = flattenProduct(e)
    addTerm(sign === 1 ? coefficient : negate(coefficient), factors)
  }
  visit(expr, 1)
  return terms
}

/** The canonical form of a sum, difference or negation. */
export function canonicalSum(expr: Expr): Expr {
  const terms = collectTerms(expr).filter((t) => t.coefficient.n !== 0)
  // The constant term goes last (x + 1, not 1 + x), and a sum does not open with a minus when some term is positive
  // (1 - x^2, not -x^2 + 1). Both depend only on the terms, not on their written order, so a second pass agrees.
  const ordered = [...terms.filter((t) => !t.constant), ...terms.filter((t) => t.constant)]
  const firstPositive = ordered.findIndex((t) => t.coefficient.n > 0)
  if (firstPositive > 0) ordered.unshift(...ordered.splice(firstPositive, 1))
  if (ordered.length === 0) return buildProduct({ n: 0, d: 1 }, [])
  const [first, ...rest] = ordered
  return rest.reduce(
    (acc, t) => settled(t.coefficient.n < 0 ? sub(acc, buildProduct(negate(t.coefficient), t.factors)) : add(acc, buildProduct(t.coefficient, t.factors))),
    buildProduct(first!.coefficient, first!.factors),
  )
}
