// toText: known answers for the printing style, and the contract parse(toText(e)) ≡ e on random and tricky ASTs.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { add, call, constant, div, equals, mul, neg, num, pow, sub, variable, type Expr } from '../../../../src/math/expr/ast.ts'
import { FUNCTIONS, type FnName } from '../../../../src/math/expr/functions.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { toText } from '../../../../src/math/expr/toText.ts'
import { exprArb } from './arbitraryExpr.ts'

const x = variable('x')
const y = variable('y')
const a = variable('a')
const b = variable('b')
const c = variable('c')

/** AST → the exact text expected, written by hand. */
const KNOWN: Array<[Expr, string]> = [
  [add(x, y), 'x + y'],
  [sub(a, sub(b, c)), 'a - (b - c)'],
  [sub(sub(a, b), c), 'a - b - c'],
  [add(a, add(b, c)), 'a + (b + c)'],
  [div(a, mul(b, c)), 'a / (b * c)'],
  [div(div(a, b), c), 'a / b / c'],
  [mul(a, div(b, c)), 'a * (b / c)'],
  [pow(pow(a, b), c), '(a^b)^c'],
  [pow(a, pow(b, c)), 'a^b^c'],
  [mul(num(2), x), '2x'],
  [mul(num(-2), x), '-2x'],
  [mul(num(3), call('sin', x)), '3 sin(x)'],
  [mul(num(2), pow(x, num(2))), '2x^2'],
  [mul(num(2), num(3)), '2 * 3'],
  [mul(x, num(2)), 'x * 2'],
  [mul(num(1e-7), x), '1e-7 * x'],
  [mul(num(2), variable('e1')), '2 * e1'],
  [mul(num(2), constant('e')), '2e'],
  [mul(num(0.5), constant('pi')), '0.5pi'],
  [num(-2), '-2'],
  [add(x, num(-2)), 'x + -2'],
  [pow(num(-2), x), '(-2)^x'],
  [pow(x, num(-2)), 'x^-2'],
  [neg(num(2)), '-(2)'],
  [neg(num(-2)), '--2'],
  [neg(neg(x)), '--x'],
  [neg(pow(x, num(2))), '-x^2'],
  [pow(neg(x), num(2)), '(-x)^2'],
  [neg(add(x, y)), '-(x + y)'],
  [neg(mul(num(2), x)), '-(2x)'],
  [mul(neg(x), y), '-x * y'],
  [mul(x, neg(y)), 'x * -y'],
  [sub(x, neg(y)), 'x - -y'],
  [pow(num(2), neg(x)), '2^-x'],
  [pow(x, neg(num(2))), 'x^-(2)'],
  [pow(mul(num(2), x), num(3)), '(2x)^3'],
  [div(num(1), mul(num(2), x)), '1 / (2x)'],
  [call('log', x, num(2)), 'log(x, 2)'],
  [call('atan2', y, add(x, num(1))), 'atan2(y, x + 1)'],
  [pow(call('cos', x), num(2)), 'cos(x)^2'],
  [constant('pi'), 'pi'],
  [variable('w_ij'), 'w_ij'],
  [variable('theta'), 'theta'],
  [num(1e21), '1e+21'],
  [num(0.1 + 0.2), '0.30000000000000004'],
]

describe('toText known answers', () => {
  it.each(KNOWN)('%j prints as %s', (expr, text) => {
    expect(toText(expr)).toBe(text)
  })

  it('reads every known answer back to the same tree', () => {
    for (const [expr, text] of KNOWN) expect(equals(parse(text), expr), text).toBe(true)
  })
})

describe('toText round trip', () => {
  const roundTrips = (e: Expr): boolean => equals(parse(toText(e)), e)

  it('parse(toText(e)) equals e for random ASTs over every operator and function', () => {
    fc.assert(fc.property(exprArb(), roundTrips), { seed: 42, numRuns: 1500 })
  })

  it('round-trips deeper ASTs with subscripted, Greek and e-like variable names', () => {
    const names = ['x', 'w_2', 'x1', 'theta', 'e1', 'E', 'w_ij', 'alpha_1']
    fc.assert(fc.property(exprArb(names, undefined, 6), roundTrips), { seed: 7, numRuns: 1000 })
  })

  it('round-trips any finite double, negative or not, in any position', () => {
    const doubleArb = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => num(v))
    const positions = (n: Expr): Expr[] => [
      n, neg(n), add(x, n), sub(n, x), mul(n, x), mul(x, n), div(x, n), pow(n, x), pow(x, n), call('max', n, n), neg(neg(n)),
    ]
    fc.assert(fc.property(doubleArb, (n) => positions(n).every(roundTrips)), { seed: 3, numRuns: 2000 })
  })

  it('round-trips every function of the whitelist with each allowed number of arguments', () => {
    for (const [fn, spec] of FUNCTIONS) {
      for (let n = spec.minArgs; n <= spec.maxArgs; n++) {
        const args = [x, neg(y), num(-3)].slice(0, n)
        expect(roundTrips(call(fn as FnName, ...args)), fn).toBe(true)
        expect(roundTrips(pow(call(fn as FnName, ...args), neg(num(2)))), fn).toBe(true)
      }
    }
  })

  it('prints non-finite numbers (which parse never produces) as expressions of the same value', () => {
    expect(toText(num(Infinity))).toBe('(1/0)')
    expect(toText(add(x, num(NaN)))).toBe('x + (0/0)')
  })
})
