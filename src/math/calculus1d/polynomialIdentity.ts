// A symbolic check that an expression is identically zero, for identities such as
//   d/dz [−(y log σ(z) + (1−y) log(1−σ(z)))] − (σ(z) − y) = 0.
// simplify() keeps products unexpanded, so this expands the expression as a polynomial whose "variables" are its
// atoms: variables, constants and whole function calls (σ(z) is one atom), with float64 coefficients summed per
// monomial. If every coefficient cancels, the expression is 0 for every value of its atoms, hence zero
// as a function. A quotient or a non-integer power is an atom too, so a false "not zero" is possible (the check is
// sound, not complete): callers say "not shown symbolically", never "false".
import { toText, type Expr } from '../expr/index.ts'

/** A polynomial: monomial key (sorted atom powers, e.g. "sigmoid(z)^1*y^1") → coefficient. */
type Polynomial = Map<string, number>

const constantPoly = (c: number): Polynomial => new Map(c === 0 ? [] : [['', c]])

function addInto(target: Polynomial, p: Polynomial, factor: number): void {
  for (const [key, c] of p) {
    const sum = (target.get(key) ?? 0) + factor * c
    target.set(key, sum)
  }
}

function multiplyMonomials(a: string, b: string): string {
  const powers = new Map<string, number>()
  for (const key of [a, b]) {
    if (key === '') continue
    for (const part of key.split('\u0000')) {
      const at = part.lastIndexOf('^')
      const atom = part.slice(0, at)
      powers.set(atom, (powers.get(atom) ?? 0) + Number(part.slice(at + 1)))
    }
  }
  return [...powers.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([atom, p]) => `${atom}^${p}`).join('\u0000')
}

function multiply(a: Polynomial, b: Polynomial): Polynomial {
  const out: Polynomial = new Map()
  for (const [ka, ca] of a) for (const [kb, cb] of b) {
    const key = multiplyMonomials(ka, kb)
    out.set(key, (out.get(key) ?? 0) + ca * cb)
  }
  return out
}

const atom = (e: Expr): Polynomial => new Map([[`${toText(e)}^1`, 1]])

function expand(e: Expr): Polynomial {
  switch (e.kind) {
    case 'num':
      return constantPoly(e.value)
    case 'neg': {
      const out: Polynomial = new Map()
      addInto(out, expand(e.arg), -1)
      return out
    }
    case 'binary': {
      if (e.op === '+' || e.op === '-') {
        const out = expand(e.left)
        addInto(out, expand(e.right), e.op === '+' ? 1 : -1)
        return out
      }
      if (e.op === '*') return multiply(expand(e.left), expand(e.right))
      if (e.op === '/' && e.right.kind === 'num' && e.right.value !== 0) {
        const out: Polynomial = new Map()
        addInto(out, expand(e.left), 1 / e.right.value)
        return out
      }
      if (e.op === '^' && e.right.kind === 'num' && Number.isInteger(e.right.value) && e.right.value >= 0 && e.right.value <= 8) {
        let out = constantPoly(1)
        const base = expand(e.left)
        for (let k = 0; k < e.right.value; k++) out = multiply(out, base)
        return out
      }
      return atom(e)
    }
    default:
      return atom(e)
  }
}

/**
 * True when `expr`, expanded as a polynomial in its atoms, has only zero coefficients (up to `tolerance` for
 * coefficients that come from decimal literals, e.g. 0.1 + 0.2 − 0.3).
 */
export function isIdenticallyZero(expr: Expr, tolerance = 1e-12): boolean {
  for (const c of expand(expr).values()) if (Math.abs(c) > tolerance) return false
  return true
}
