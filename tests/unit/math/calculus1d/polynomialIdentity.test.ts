// The symbolic zero test behind "verified symbolically" in the ML scene.
import { describe, expect, it } from 'vitest'
import { differentiate, parse, sub } from '../../../../src/math/expr/index.ts'
import { isIdenticallyZero } from '../../../../src/math/calculus1d/index.ts'

const zero = (text: string) => isIdenticallyZero(parse(text))

describe('isIdenticallyZero', () => {
  it('expands products and cancels, treating calls as atoms', () => {
    expect(zero('(a + b)^2 - a^2 - 2*a*b - b^2')).toBe(true)
    expect(zero('y - y*(1 - sigmoid(z)) - (y - 1)*sigmoid(z) - sigmoid(z)')).toBe(true)
    expect(zero('sin(x)*(1 - cos(x)) + sin(x)*cos(x) - sin(x)')).toBe(true)
    expect(zero('x/2 - 0.5*x')).toBe(true)
  })

  it('does not call a non-zero expression zero', () => {
    expect(zero('(a + b)^2 - a^2 - b^2')).toBe(false)
    expect(zero('sigmoid(z) - sigmoid(y)')).toBe(false)
    expect(zero('x - 1e-6')).toBe(false)
  })

  it('the cross-entropy gradient: d/dz of −[y log σ(z) + (1−y) log(1−σ(z))] minus (σ(z) − y) is zero', () => {
    const loss = parse('-(y*log(sigmoid(z)) + (1 - y)*log(1 - sigmoid(z)))')
    const derivative = differentiate(loss, 'z').result
    expect(isIdenticallyZero(sub(derivative, parse('sigmoid(z) - y')))).toBe(true)
    // … and a wrong claim (σ(z) + y) is not.
    expect(isIdenticallyZero(sub(derivative, parse('sigmoid(z) + y')))).toBe(false)
  })

  it("σ′ = σ(1 − σ) and softplus′ = σ", () => {
    expect(isIdenticallyZero(sub(differentiate(parse('sigmoid(x)'), 'x').result, parse('sigmoid(x)*(1 - sigmoid(x))')))).toBe(true)
    expect(isIdenticallyZero(sub(differentiate(parse('softplus(x)'), 'x').result, parse('sigmoid(x)')))).toBe(true)
  })
})

describe('substitute', () => {
  it('f(g(x)): sin(x) with x → x^2 reads back as sin(x^2), and its derivative is 2x cos(x²) by hand', async () => {
    const { substitute, function1d } = await import('../../../../src/math/calculus1d/index.ts')
    const { toText } = await import('../../../../src/math/expr/index.ts')
    const composite = substitute(parse('sin(x) + x'), 'x', parse('x^2'))
    expect(toText(composite)).toBe('sin(x^2) + x^2')
    const h = function1d(composite, 'x')
    for (const x of [-1.3, 0, 0.7, 2]) expect(h.df(x)).toBeCloseTo(2 * x * Math.cos(x * x) + 2 * x, 12)
  })
})
