import { describe, expect, it } from 'vitest'
import { compile, parse, surfaceFunction } from '../../../../src/math/expr/index.ts'

describe('surfaceFunction', () => {
  it('evaluates f(x, y) with the parameters fixed, call after call on one scope', () => {
    const f = surfaceFunction(parse('a*x^2 + b*y'), { a: 2, b: -3 })
    expect(f(1, 1)).toBe(-1)
    expect(f(3, 0)).toBe(18)
    expect(f(0, 2)).toBe(-6) // nothing of the previous call is left in the scope
  })
  it('takes an already compiled function too', () => {
    const f = surfaceFunction(compile(parse('x*y + c')), { c: 0.5 })
    expect(f(2, 3)).toBe(6.5)
  })
})
