// Products and quotients as a coefficient times factors base^exponent. Reading `2 * (3 * x) / x^3 * x` this way
// gives 6 · x^(1 - 3 + 1) = 6/x, and writing it back gives one canonical shape: the number first, then pi and e,
// then variables in alphabetical order, then everything else (see factorRank); negative exponents below the line.
//
// Why the merges are value-preserving: a product that evaluates to a finite number has only finite factors, and for a
// finite base b^p · b^q = b^(p+q) wherever the left side is finite (a negative base only has finite powers for integer
// exponents, where the law holds; a zero base with a negative exponent is infinite, so the left side is not finite).
import { num, mul, div, neg, pow, equals, freeVariableSet, type Expr } from '../ast.ts'
import { isCanonical, nodeId } from '../intern.ts'
import { settled } from './memo.ts'
import { ONE, fraction, times, dividedBy, negate, type Coefficient } from './coefficient.ts'

/** base^exponent with a numeric exponent. Anything else raised to a symbolic power is its own base with exponent 1. */
export interface Factor {
  readonly base: Expr
  readonly exponent: number
}

export interface FlatProduct {
  readonly coefficient: Coefficient
  readonly factors: readonly Factor[]
}

/** Flattens nested *, /, unary minus and numeric powers into a coefficient and merged factors. */
export function flattenProduct(expr: Expr): FlatProduct {
  let coefficient: Coefficient = ONE
  const factors: Factor[] = []

  // Bases are hash-consed, so equal bases are one object: a Map finds the factor to merge with in O(1).
  const indexOf = new Map<Expr, number>()
  const addFactor = (base: Expr, exponent: number): void => {
    const i = indexOf.get(base) ?? (isCanonical(base) ? -1 : factors.findIndex((f) => equals(f.base, base)))
    if (i < 0) {
      indexOf.set(base, factors.length)
      factors.push({ base, exponent })
    } else factors[i] = { base, exponent: factors[i]!.exponent + exponent }
  }

  const collect = (e: Expr, power: number): void => {
    if (e.kind === 'neg') {
      coefficient = negate(coefficient)
      collect(e.arg, power)
    } else if (e.kind === 'num' && Math.abs(power) === 1) {
      // A literal joins the coefficient unless that would divide by zero or overflow: then it stays a factor.
      const literal = fraction(e.value, 1)
      const merged = literal === null ? null : power === 1 ? times(coefficient, literal) : dividedBy(coefficient, literal)
      if (merged === null) addFactor(e, power)
      else coefficient = merged
    } else if (e.kind === 'binary' && e.op === '*') {
      collect(e.left, power)
      collect(e.right, power)
    } else if (e.kind === 'binary' && e.op === '/') {
      collect(e.left, power)
      collect(e.right, -power)
    } else if (e.kind === 'binary' && e.op === '^' && e.right.kind === 'num') {
      const [base, exponent] = unnestIntegerPowers(e.left, e.right.value)
      addFactor(base, exponent * power)
    } else {
      addFactor(e, power)
    }
  }

  collect(expr, 1)
  // 0 times anything finite is 0; a pure number keeps the sign of its zero (−1 · 0 = −0), a symbolic product cannot
  // know it (x · 0 is −0 for x < 0) and gives +0, as the contract of simplify allows.
  if (coefficient.n === 0) return { coefficient: factors.length === 0 ? coefficient : { n: 0, d: 1 }, factors: [] }
  return { coefficient, factors: sortFactors(factors.filter((f) => f.exponent !== 0)) }
}

/** (b^p)^q = b^(pq) only for integer p and q, where it holds for every real b. (x^2)^(1/2) is |x|, not x. */
function unnestIntegerPowers(base: Expr, exponent: number): [Expr, number] {
  while (base.kind === 'binary' && base.op === '^' && base.right.kind === 'num' &&
    Number.isInteger(base.right.value) && Number.isInteger(exponent)) {
    exponent *= base.right.value
    base = base.left
  }
  return [base, exponent]
}

/**
 * Rank of a factor in the canonical order: pi and e, then variables (by name), then the rest (functions, sums) with
 * higher powers first and otherwise as they came, and numeric constants such as ln(2) or 2^0.5 last, as a textbook
 * writes 2 pi x, 3 sin(x)^2 cos(x) and 2^x ln(2). The order only decides how a product prints; whether two products
 * are alike (so that their terms collect) does not depend on it (see likeKey).
 */
function factorRank(f: Factor): [number, string, number] {
  if (f.base.kind === 'const') return [1, f.base.name, 0]
  if (f.base.kind === 'var') return [2, f.base.name, 0]
  if (freeVariableSet(f.base).size === 0) return [4, '', 0]
  return [3, '', -f.exponent]
}

function sortFactors(factors: Factor[]): Factor[] {
  return factors
    .map((f, i) => ({ f, i, rank: factorRank(f) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || (a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : 0) ||
      a.rank[2] - b.rank[2] || a.i - b.i)
    .map((x) => x.f)
}

/**
 * A key shared by exactly the products with the same factors and exponents, in any order: sin(x) cos(x) and
 * cos(x) sin(x) are like terms. Bases are hash-consed, so a base's node id stands for its structure.
 */
export function likeKey(factors: readonly Factor[]): string {
  return factors.map((f) => `${nodeId(f.base)}^${f.exponent}`).sort().join(' ')
}

const powerOf = (base: Expr, exponent: number): Expr => (exponent === 1 ? base : settled(pow(base, num(exponent))))
const product = (parts: readonly Expr[]): Expr => parts.reduce((acc, p) => settled(mul(acc, p)))

/**
 * Writes coefficient · factors back as an AST: `-2 x y^2 / (3 z)`. The sign rides on the leading literal when there is
 * one (num(-2) · x), and otherwise on the first factor (-x · y, -x / y), which is how the parser reads `-x y` and `-x / y`.
 */
export function buildProduct(coefficient: Coefficient, factors: readonly Factor[]): Expr {
  if (coefficient.n === 0) return num(coefficient.n)
  const above = factors.filter((f) => f.exponent > 0).map((f) => powerOf(f.base, f.exponent))
  const below = factors.filter((f) => f.exponent < 0).map((f) => powerOf(f.base, -f.exponent))
  const magnitude = Math.abs(coefficient.n)
  const numeratorParts = magnitude !== 1 || above.length === 0 ? [num(coefficient.n), ...above] : above
  if (coefficient.n < 0 && numeratorParts[0]!.kind !== 'num') numeratorParts[0] = settled(neg(numeratorParts[0]!))
  const numerator = product(numeratorParts)
  const denominatorParts = coefficient.d !== 1 ? [num(coefficient.d), ...below] : below
  return denominatorParts.length > 0 ? settled(div(numerator, product(denominatorParts))) : settled(numerator)
}

/** The canonical form of a product or quotient node. */
export function canonicalProduct(expr: Expr): Expr {
  const { coefficient, factors } = flattenProduct(expr)
  return buildProduct(coefficient, factors)
}
