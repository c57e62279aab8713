// A small interval analysis, enough to tell that a logarithm's argument is positive without a guard: σ(z) ∈ (0, 1),
// so ln σ(z) and ln(1 − σ(z)) are defined everywhere, and the cross-entropy gradient keeps its textbook form
// σ(z) − y instead of carrying defined(…) wrappers. Unknown is (−∞, ∞); bounds carry whether they are attained.
import type { Expr } from '../ast.ts'

interface Interval {
  readonly lo: number
  readonly loOpen: boolean
  readonly hi: number
  readonly hiOpen: boolean
}

const ANY: Interval = { lo: -Infinity, loOpen: true, hi: Infinity, hiOpen: true }
const point = (v: number): Interval => ({ lo: v, loOpen: false, hi: v, hiOpen: false })
const open = (lo: number, hi: number): Interval => ({ lo, loOpen: true, hi, hiOpen: true })

const RANGES: Partial<Record<string, Interval>> = {
  sigmoid: open(0, 1), exp: open(0, Infinity), softplus: open(0, Infinity),
  cosh: { lo: 1, loOpen: false, hi: Infinity, hiOpen: true }, erf: open(-1, 1), tanh: open(-1, 1),
}

const plus = (a: Interval, b: Interval): Interval => ({
  lo: a.lo + b.lo, loOpen: a.loOpen || b.loOpen, hi: a.hi + b.hi, hiOpen: a.hiOpen || b.hiOpen,
})
const negate = (a: Interval): Interval => ({ lo: -a.hi, loOpen: a.hiOpen, hi: -a.lo, hiOpen: a.loOpen })

/** An interval that contains every value of e (NaN aside). */
export function rangeOf(e: Expr): Interval {
  switch (e.kind) {
    case 'num': return point(e.value)
    case 'const': return point(e.name === 'pi' ? Math.PI : Math.E)
    case 'neg': return negate(rangeOf(e.arg))
    case 'call': return RANGES[e.fn] ?? ANY
    case 'binary': {
      const a = rangeOf(e.left)
      const b = rangeOf(e.right)
      if (e.op === '+') return plus(a, b)
      if (e.op === '-') return plus(a, negate(b))
      if (e.op === '*' && a.lo >= 0 && b.lo >= 0) {
        return { lo: a.lo * b.lo, loOpen: a.loOpen || b.loOpen, hi: a.hi * b.hi, hiOpen: a.hiOpen || b.hiOpen }
      }
      return ANY
    }
    default: return ANY
  }
}

/** Whether e > 0 for every value of its names. */
export function provablyPositive(e: Expr): boolean {
  const r = rangeOf(e)
  return r.lo > 0 || (r.lo === 0 && r.loOpen)
}
