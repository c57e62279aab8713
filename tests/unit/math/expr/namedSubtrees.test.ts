// namedSubtrees decides what the GLSL and tfjs emitters fold to one float64 literal: every node without a name.
import { describe, expect, it } from 'vitest'
import { add, call, constant, div, mul, neg, num, pow, variable } from '../../../../src/math/expr/ast.ts'
import { namedSubtrees } from '../../../../src/math/expr/index.ts'

describe('namedSubtrees', () => {
  it('marks exactly the nodes above a variable in x*(pi/2) + sin(log(10))', () => {
    const x = variable('x')
    const half = div(constant('pi'), num(2))
    const product = mul(x, half)
    const logTen = call('log', num(10))
    const sine = call('sin', logTen)
    const sum = add(product, sine)
    const named = namedSubtrees(sum)
    expect(named.size).toBe(3)
    for (const namedNode of [sum, product, x]) expect(named.has(namedNode)).toBe(true)
    for (const constantNode of [half, logTen, sine]) expect(named.has(constantNode)).toBe(false)
  })

  it('classifies the right operand when the left one already has a name', () => {
    // In x * 2^y the left side has a name already; the right side's power and its y must still be marked.
    const y = variable('y')
    const inner = pow(num(2), y)
    const expr = mul(variable('x'), inner)
    const named = namedSubtrees(expr)
    expect(named.has(inner)).toBe(true)
    expect(named.has(y)).toBe(true)
    expect(named.size).toBe(4) // expr, x, inner, y
  })

  it('sees names inside negations and later call arguments, and nothing in a constant tree', () => {
    const a = variable('a')
    const minus = neg(a)
    const atan = call('atan2', num(1), minus)
    const named = namedSubtrees(atan)
    expect(named.size).toBe(3)
    for (const namedNode of [atan, minus, a]) expect(named.has(namedNode)).toBe(true)
    expect(namedSubtrees(add(num(1), call('exp', constant('e')))).size).toBe(0)
  })

  it('answers a shared subtree once, whatever path reaches it', () => {
    const x = variable('x')
    const shared = call('sin', x)
    const expr = add(mul(shared, shared), div(shared, num(3)))
    const named = namedSubtrees(expr)
    expect(named.has(shared)).toBe(true)
    expect(named.size).toBe(5) // expr, the product, the quotient, sin(x), x
  })
})
