import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { isFirstOrderDefined, isSecondOrderDefined, surfaceCalculus } from '../../../../src/math/instruments/surfaceCalculus.ts'

/** Central difference with the project's step h = 1e-5·max(1, |x|). */
const central = (g: (t: number) => number, t: number) => {
  const h = 1e-5 * Math.max(1, Math.abs(t))
  return (g(t + h) - g(t - h)) / (2 * h)
}

describe('surfaceCalculus', () => {
  it('f = a·x²·y + sin(x·y): value, gradient and Hessian by hand', () => {
    const calc = surfaceCalculus(parse('a*x^2*y + sin(x*y)'))
    const a = 1.5
    const x = 0.7
    const y = -1.3
    const p = calc.at(x, y, { a })
    const c = Math.cos(x * y)
    const s = Math.sin(x * y)
    expect(p.f).toBeCloseTo(a * x * x * y + s, 13)
    expect(p.fx).toBeCloseTo(2 * a * x * y + y * c, 13)
    expect(p.fy).toBeCloseTo(a * x * x + x * c, 13)
    expect(p.fxx).toBeCloseTo(2 * a * y - y * y * s, 13)
    expect(p.fxy).toBeCloseTo(2 * a * x + c - x * y * s, 13)
    expect(p.fyy).toBeCloseTo(-x * x * s, 13)
  })

  it('a parameter change is read on the next call (the scope is rebuilt for a new params object)', () => {
    const calc = surfaceCalculus(parse('a*x + y'))
    expect(calc.at(2, 1, { a: 1 }).f).toBe(3)
    expect(calc.at(2, 1, { a: 5 }).f).toBe(11)
    expect(calc.value(2, 1, { a: -1 })).toBe(-1)
  })

  it('agrees with central differences of f on a bumpy function', () => {
    const calc = surfaceCalculus(parse('exp(-(x^2 + 2*y^2)/3)*cos(2*x - y) + x*y^3/5'))
    const params = {}
    for (const [x, y] of [[0.3, -0.4], [1.2, 0.9], [-1.7, 0.25]] as const) {
      const p = calc.at(x, y, params)
      const f = (u: number, v: number) => calc.value(u, v, params)
      expect(p.fx).toBeCloseTo(central((t) => f(t, y), x), 7)
      expect(p.fy).toBeCloseTo(central((t) => f(x, t), y), 7)
      expect(p.fxx).toBeCloseTo(central((t) => calc.at(t, y, params).fx, x), 7)
      expect(p.fxy).toBeCloseTo(central((t) => calc.at(x, t, params).fx, y), 7)
      expect(p.fyy).toBeCloseTo(central((t) => calc.at(x, t, params).fy, y), 7)
    }
  })

  it('NaN where f is undefined, and the definedness predicates say so', () => {
    const calc = surfaceCalculus(parse('log(x) + y'))
    const outside = calc.at(-1, 0, {})
    expect(outside.f).toBeNaN()
    expect(outside.fx).toBeNaN() // although the formula 1/x would give −1 there
    expect(isFirstOrderDefined(outside)).toBe(false)
    const inside = calc.at(2, 0, {})
    expect(isFirstOrderDefined(inside)).toBe(true)
    expect(isSecondOrderDefined(inside)).toBe(true)
    // sqrt(x² + y²) is defined at 0 but its derivatives are not (0/0).
    const cone = surfaceCalculus(parse('sqrt(x^2 + y^2)')).at(0, 0, {})
    expect(cone.f).toBe(0)
    expect(isFirstOrderDefined(cone)).toBe(false)
  })
})
