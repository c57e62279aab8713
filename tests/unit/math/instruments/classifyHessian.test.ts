import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { classifyHessian } from '../../../../src/math/instruments/classifyHessian.ts'
import { surfaceCalculus } from '../../../../src/math/instruments/surfaceCalculus.ts'
import { curvatureScale } from '../../../../src/math/instruments/curvatureScale.ts'

const classify = (text: string, x: number, y: number) => classifyHessian(surfaceCalculus(parse(text)).at(x, y, {}))

describe('classifyHessian (second-derivative test)', () => {
  it('critical points of the textbook quadrics', () => {
    expect(classify('x^2 + 3*y^2', 0, 0).critical).toBe('minimum')
    expect(classify('-(x^2) - y^2 + 4', 0, 0).critical).toBe('maximum')
    expect(classify('x^2 - y^2', 0, 0).critical).toBe('saddle')
    expect(classify('x*y', 0, 0).critical).toBe('saddle') // H = [[0, 1], [1, 0]], eigenvalues ±1
  })

  it('a zero eigenvalue leaves the test undecided, whatever f really does', () => {
    expect(classify('x^4 + y^4', 0, 0).critical).toBe('degenerate') // really a minimum
    expect(classify('x^3 - 3*x*y^2', 0, 0).critical).toBe('degenerate') // monkey saddle
    expect(classify('x^2 + y^4', 0, 0).critical).toBe('degenerate')
  })

  it('away from critical points: the shape, and no critical label', () => {
    const bowl = classify('x^2 + y^2', 1, 0.5)
    expect(bowl.critical).toBeNull()
    expect(bowl.shape).toBe('bowl')
    expect(bowl.gradientNorm).toBeCloseTo(Math.hypot(2, 1), 14)
    expect(bowl.summary).toMatch(/not a critical point/)
    expect(classify('x^2 - y^2', 1, 1).shape).toBe('saddle')
    expect(classify('-exp(x + y)', 0, 0).shape).toBe('degenerate') // H = −e^{x+y}·[[1,1],[1,1]], eigenvalues −2, 0
  })

  it('the eigenvalues are those of H (Rosenbrock at its minimum (1, 1): H = [[802, −400], [−400, 200]])', () => {
    const c = classify('(1 - x)^2 + 100*(y - x^2)^2', 1, 1)
    const tr = 1002
    const det = 802 * 200 - 400 * 400
    const disc = Math.sqrt((tr * tr) / 4 - det)
    expect(c.eigen.values[0]).toBeCloseTo(tr / 2 - disc, 9)
    expect(c.eigen.values[1]).toBeCloseTo(tr / 2 + disc, 9)
    expect(c.critical).toBe('minimum')
  })

  it('says "undefined here" where the derivatives do not exist', () => {
    const c = classify('log(x*y)', -1, 1)
    expect(c.shape).toBe('undefined')
    expect(c.summary).toMatch(/undefined here/)
  })
})

describe('curvatureScale', () => {
  const domain = { xMin: -1, xMax: 1, yMin: -1, yMax: 1 }
  it('is √|det H| for a quadratic (the same everywhere): 2x² + 3y² has det H = 4·6 = 24', () => {
    expect(curvatureScale(surfaceCalculus(parse('2x^2 + 3y^2')), {}, domain)).toBeCloseTo(Math.sqrt(24), 12)
    expect(curvatureScale(surfaceCalculus(parse('x*y')), {}, domain)).toBeCloseTo(1, 12) // det = −1
  })
  it('falls back to 1 for a plane (no curvature) and where f is undefined everywhere', () => {
    expect(curvatureScale(surfaceCalculus(parse('3x - y')), {}, domain)).toBe(1)
    expect(curvatureScale(surfaceCalculus(parse('log(-(x^2) - 1)')), {}, domain)).toBe(1)
  })
})
