// Difference quotients against the math core: the secant slope is computed from compile(f) here, independently, and
// the tangent slope must equal compile(differentiate(f)); the quotients converge to f′(x) until round-off takes over.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compile, differentiate, parse } from '../../../../src/math/expr/index.ts'
import { bestRow, clipLineToWindow, function1d, optimalStep, quotientTable, secantLine, tangentLine, lineAt } from '../../../../src/math/calculus1d/index.ts'

const at = (text: string) => {
  const fn = compile(parse(text))
  return (x: number) => fn({ x })
}

describe('secant and tangent lines', () => {
  it('the secant slope is (f(x+h) − f(x))/h from compile(f), for both signs of h', () => {
    const f = function1d(parse('x^3 - 2*x'), 'x')
    const g = at('x^3 - 2*x')
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.boolean(), (x, size, left) => {
        const h = left ? -size : size
        const line = secantLine(f.f, x, h)
        expect(line.slope).toBe((g(x + h) - g(x)) / h)
        // The secant passes through both points.
        expect(lineAt(line, x + h)).toBeCloseTo(g(x + h), 9)
      }),
      { seed: 42, numRuns: 200 },
    )
  })

  it('the tangent slope equals compile(differentiate(f)) and, by hand, 3x² − 2', () => {
    const f = function1d(parse('x^3 - 2*x'), 'x')
    const dfCore = compile(differentiate(parse('x^3 - 2*x'), 'x').result)
    for (const x of [-2, -0.5, 0, 1.25, 3]) {
      const line = tangentLine(f.f, f.df, x)
      expect(line.slope).toBe(dfCore({ x }))
      expect(line.slope).toBeCloseTo(3 * x * x - 2, 12)
      expect(line.y0).toBeCloseTo(x ** 3 - 2 * x, 12)
    }
  })

  it('parameters are read from the scope given to function1d', () => {
    const f = function1d(parse('a*sin(b*x)'), 'x', { a: 2, b: 3 })
    expect(f.f(0.4)).toBeCloseTo(2 * Math.sin(1.2), 14)
    expect(f.df(0.4)).toBeCloseTo(6 * Math.cos(1.2), 14)
    expect(f.d2f(0.4)).toBeCloseTo(-18 * Math.sin(1.2), 13)
  })
})

describe('quotient table', () => {
  const sin = function1d(parse('sin(x)'), 'x')
  const rows = quotientTable(sin.f, sin.df, sin.d2f, 1, 16)

  it('lists h = 10^-1 … 10^-k with the quotients written out by hand', () => {
    expect(rows.map((r) => r.h)).toEqual(Array.from({ length: 16 }, (_, i) => Math.pow(10, -(i + 1))))
    for (const row of rows) {
      expect(row.right).toBe((Math.sin(1 + row.h) - Math.sin(1)) / row.h)
      expect(row.left).toBe((Math.sin(1) - Math.sin(1 - row.h)) / row.h)
      expect(row.error).toBe(Math.abs(row.right - Math.cos(1)))
    }
  })

  it('converges like h at first: the error shrinks about tenfold per row while truncation dominates', () => {
    for (let k = 0; k < 5; k++) {
      const ratio = rows[k]!.error / rows[k + 1]!.error
      expect(ratio).toBeGreaterThan(8)
      expect(ratio).toBeLessThan(12)
      // The truncation estimate |f″|h/2 = sin(1)h/2 explains the error to leading order.
      expect(rows[k + 1]!.error / rows[k + 1]!.truncationEstimate).toBeCloseTo(1, 1)
    }
  })

  it('then round-off takes over: the error at h = 1e-12 is far larger than the best, which is near h* ≈ 1e-8', () => {
    const best = bestRow(rows)!
    expect(best.exponent).toBeGreaterThanOrEqual(7)
    expect(best.exponent).toBeLessThanOrEqual(9)
    expect(rows[11]!.error).toBeGreaterThan(100 * best.error)
    expect(rows[15]!.error).toBeGreaterThan(0.01)
    const hStar = optimalStep(Math.sin(1), -Math.sin(1))
    expect(hStar).toBeCloseTo(2 * Math.sqrt(Number.EPSILON), 20)
  })
})

describe('clipLineToWindow', () => {
  const window = { xMin: -2, xMax: 2, yMin: -1, yMax: 1 }
  it('y = x through the window [−2, 2] × [−1, 1] is visible from (−1, −1) to (1, 1)', () => {
    const out = [0, 0, 0, 0]
    expect(clipLineToWindow({ x0: 0, y0: 0, slope: 1 }, window, out)).toBe(true)
    expect(out).toEqual([-1, -1, 1, 1])
  })
  it('a flat line spans the window; a line above it, or an undefined one, is not drawn', () => {
    const out = [0, 0, 0, 0]
    expect(clipLineToWindow({ x0: 5, y0: 0.5, slope: 0 }, window, out)).toBe(true)
    expect(out).toEqual([-2, 0.5, 2, 0.5])
    expect(clipLineToWindow({ x0: 0, y0: 3, slope: 0 }, window, out)).toBe(false)
    expect(clipLineToWindow({ x0: 0, y0: 0, slope: NaN }, window, out)).toBe(false)
    expect(clipLineToWindow({ x0: 0, y0: 10, slope: 0.1 }, window, out)).toBe(false)
  })
})

describe('function1d where f is undefined', () => {
  it('f′ and f″ are NaN where f is: (ln x)′ = 1/x is not drawn at x = −1', () => {
    const log = function1d(parse('log(x)'), 'x')
    expect(log.df(-1)).toBeNaN()
    expect(log.d2f(-1)).toBeNaN()
    expect(log.df(2)).toBe(0.5)
    expect(log.d2f(2)).toBeCloseTo(-0.25, 15)
  })
})
