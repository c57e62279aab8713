// compile(): float64 closures. Expected values come from Math.* written out here, from a by-hand table,
// or from a plain recursive interpreter written in this file (no specialisation), never from compile() itself.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compile } from '../../../../src/math/expr/compile.ts'
import { compileBatch } from '../../../../src/math/expr/compileBatch.ts'
import {
  add, call, constant, div, freeVariables, mul, neg, num, pow, sub, variable, type Expr,
} from '../../../../src/math/expr/ast.ts'
import { FUNCTIONS, FUNCTION_NAMES } from '../../../../src/math/expr/functions.ts'
import { exprArb } from './arbitraryExpr.ts'

const x = variable('x')
const y = variable('y')
const a = variable('a')

/**
 * The plain reading of the AST: one recursive switch, FUNCTIONS for calls, and for ^ the documented rule of compile.ts:
 * a constant exponent (no free names) in {-2, ..., 4} is a product (x^3 = x*x*x), any other exponent is Math.pow.
 */
function interpret(e: Expr, s: Record<string, number>): number {
  switch (e.kind) {
    case 'num': return e.value
    case 'const': return e.name === 'pi' ? Math.PI : Math.E
    case 'var': return e.name in s ? s[e.name]! : NaN
    case 'neg': return -interpret(e.arg, s)
    case 'binary': {
      const l = interpret(e.left, s)
      const r = interpret(e.right, s)
      if (e.op === '^') return power(l, r, freeVariables(e.right).length === 0 ? r : undefined)
      return e.op === '+' ? l + r : e.op === '-' ? l - r : e.op === '*' ? l * r : l / r
    }
    case 'call': return FUNCTIONS.get(e.fn)!.evaluate(...e.args.map((g) => interpret(g, s)))
  }
}

function power(l: number, r: number, literal: number | undefined): number {
  switch (literal) {
    case 0: return 1
    case 1: return l
    case 2: return l * l
    case 3: return l * l * l
    case 4: return (l * l) * (l * l)
    case -1: return 1 / l
    case -2: return 1 / (l * l)
    default: return Math.pow(l, r)
  }
}

/** Same float64 value, with NaN equal to NaN (toBe uses Object.is, which also separates 0 and −0: too strict here). */
function sameNumber(got: number, want: number, ulps = 0): boolean {
  if (Number.isNaN(want)) return Number.isNaN(got)
  if (got === want) return true
  if (!Number.isFinite(want) || !Number.isFinite(got)) return false
  return Math.abs(got - want) <= ulps * Number.EPSILON * Math.abs(want)
}

describe('compile: known answers', () => {
  const table: Array<[string, Expr, Record<string, number>, number]> = [
    ['sin(x)*cos(y) + a*x^2', add(mul(call('sin', x), call('cos', y)), mul(a, pow(x, num(2)))), { x: 0.5, y: 2, a: 3 },
      Math.sin(0.5) * Math.cos(2) + 3 * 0.25],
    ['Rosenbrock at (1,1)', add(pow(sub(num(1), x), num(2)), mul(num(100), pow(sub(y, pow(x, num(2))), num(2)))), { x: 1, y: 1 }, 0],
    ['Rosenbrock at (-1,2)', add(pow(sub(num(1), x), num(2)), mul(num(100), pow(sub(y, pow(x, num(2))), num(2)))), { x: -1, y: 2 }, 4 + 100],
    ['pi and e', add(constant('pi'), constant('e')), {}, Math.PI + Math.E],
    ['0^0 = 1', pow(num(0), num(0)), {}, 1],
    ['x^0 = 1 even for NaN x', pow(x, num(0)), { x: NaN }, 1],
    ['(-2)^3 = -8', pow(x, num(3)), { x: -2 }, -8],
    ['(-8)^(1/3) is NaN', pow(x, div(num(1), num(3))), { x: -8 }, NaN],
    ['(-2)^5 = -32 (general integer power)', pow(x, num(5)), { x: -2 }, -32],
    ['2^-2 = 0.25', pow(x, num(-2)), { x: 2 }, 0.25],
    ['x^-1 at 0 is Infinity', pow(x, num(-1)), { x: 0 }, Infinity],
    ['log(-1) is NaN', call('log', num(-1)), {}, NaN],
    ['sqrt(-1) is NaN', call('sqrt', x), { x: -1 }, NaN],
    ['log(8, 2) = 3', call('log', num(8), x), { x: 2 }, Math.log(8) / Math.log(2)],
    ['cbrt(-8) = -2', call('cbrt', x), { x: -8 }, -2],
    ['atan2(1, -1) = 3pi/4', call('atan2', num(1), x), { x: -1 }, (3 * Math.PI) / 4],
    ['acot(0) = pi/2', call('acot', x), { x: 0 }, Math.PI / 2],
    ['sigmoid(-800) does not overflow', call('sigmoid', x), { x: -800 }, 0],
    ['softplus(800) = 800', call('softplus', x), { x: 800 }, 800],
    ['relu(-3) = 0', call('relu', x), { x: -3 }, 0],
    ['step(0) = 0', call('step', x), { x: 0 }, 0],
    ['min(x, y)', call('min', x, y), { x: 2, y: -1 }, -1],
    ['division by zero: 1/0', div(num(1), x), { x: 0 }, Infinity],
    ['0/0 is NaN', div(x, x), { x: 0 }, NaN],
    ['missing name is NaN', add(x, variable('b')), { x: 1 }, NaN],
    ['-x^2 at 3', neg(pow(x, num(2))), { x: 3 }, -9],
  ]
  it.each(table)('%s', (_label, expr, scope, want) => {
    expect(sameNumber(compile(expr)(scope), want, 2)).toBe(true)
  })

  it('evaluates every whitelisted function like its FUNCTIONS entry at several points', () => {
    const points = [-2.5, -1, -0.3, 0, 0.4, 1, 1.7, 3]
    for (const fn of FUNCTION_NAMES) {
      const spec = FUNCTIONS.get(fn)!
      for (const p of points) {
        const args = spec.minArgs === 1 ? [x] : [x, y]
        const got = compile(call(fn, ...args))({ x: p, y: 0.75 })
        const want = spec.minArgs === 1 ? spec.evaluate(p) : spec.evaluate(p, 0.75)
        expect(sameNumber(got, want), `${fn}(${p})`).toBe(true)
      }
    }
  })

  it('a parameter change takes effect without recompiling', () => {
    const f = compile(mul(a, x))
    expect(f({ a: 2, x: 3 })).toBe(6)
    expect(f({ a: -1, x: 3 })).toBe(-3)
  })

  it('names on Object.prototype are not values', () => {
    expect(compile(variable('constructor'))({})).toBeNaN()
  })
})

describe('compile: small integer powers as multiplications agree with Math.pow', () => {
  // x*x is the correctly rounded square; x^3, x^4, x^-1, x^-2 take one or two more roundings, so allow 3 ulps
  // (far below any tolerance used elsewhere, and about what Math.pow itself guarantees).
  it.each([-2, -1, 0, 1, 2, 3, 4])('x^%d', (n) => {
    const f = compile(pow(x, num(n)))
    fc.assert(
      fc.property(fc.double({ min: -1e60, max: 1e60, noNaN: true }), (v) => sameNumber(f({ x: v }), Math.pow(v, n), 3)),
      { seed: 42, numRuns: 500 },
    )
    for (const special of [NaN, Infinity, -Infinity, 0, -0]) {
      expect(sameNumber(f({ x: special }), Math.pow(special, n)), `x=${special}`).toBe(true)
    }
  })
})

describe('compile: agrees with a plain interpreter on random ASTs', () => {
  it('every operator and function, random points', () => {
    const point = fc.record({
      x: fc.double({ min: -5, max: 5, noNaN: true }),
      y: fc.double({ min: -5, max: 5, noNaN: true }),
      a: fc.double({ min: -3, max: 3, noNaN: true }),
    })
    fc.assert(
      fc.property(exprArb(), point, (expr, s) => sameNumber(compile(expr)(s), interpret(expr, s))),
      { seed: 42, numRuns: 1000 },
    )
  })
})

describe('compileBatch: bit-for-bit compile() at every point', () => {
  it('random ASTs, array coordinates and a number parameter', () => {
    const n = 17
    fc.assert(
      fc.property(
        exprArb(),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n, maxLength: n }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (expr, xs, ys, av) => {
          const got = compileBatch(expr)({ x: Float64Array.from(xs), y: ys, a: av }, n)
          const f = compile(expr)
          return xs.every((xv, i) => Object.is(got[i], f({ x: xv, y: ys[i]!, a: av })) || got[i] === f({ x: xv, y: ys[i]!, a: av }))
        },
      ),
      { seed: 42, numRuns: 500 },
    )
  })

  it('known answers: Rosenbrock on a few points, a missing name, a constant, and reuse with another length', () => {
    const rosen = add(pow(sub(num(1), x), num(2)), mul(num(100), pow(sub(y, pow(x, num(2))), num(2))))
    const batch = compileBatch(rosen)
    expect(Array.from(batch({ x: [1, -1, 0], y: [1, 2, 0] }, 3))).toEqual([0, 4 + 100, 1])
    expect(Array.from(batch({ x: [2], y: [4] }, 1))).toEqual([1])
    const out = new Float64Array(2)
    expect(compileBatch(add(x, variable('b')))({ x: [1, 2] }, 2, out)).toBe(out)
    expect(Number.isNaN(out[0]!) && Number.isNaN(out[1]!)).toBe(true)
    expect(Array.from(compileBatch(mul(constant('pi'), num(2)))({}, 2))).toEqual([2 * Math.PI, 2 * Math.PI])
  })
})
