import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { surfaceCalculus } from '../../../../src/math/instruments/surfaceCalculus.ts'
import { gradientDescentPath } from '../../../../src/math/instruments/gradientDescentPath.ts'

const domain = { xMin: -5, xMax: 5, yMin: -5, yMax: 5 }

describe('gradientDescentPath', () => {
  it('on f = x² + 10y² each step multiplies x by (1 − 2η) and y by (1 − 20η), exactly', () => {
    const calc = surfaceCalculus(parse('x^2 + 10*y^2'))
    const eta = 0.04
    const path = gradientDescentPath(calc, {}, { x: 3, y: 1 }, eta, 5, domain)
    expect(path.steps).toBe(5)
    expect(path.status).toBe('running')
    for (let k = 0; k <= 5; k++) {
      expect(path.xs[k]).toBeCloseTo(3 * (1 - 2 * eta) ** k, 12)
      expect(path.ys[k]).toBeCloseTo((1 - 20 * eta) ** k, 12)
      expect(path.fs[k]).toBeCloseTo(path.xs[k]! ** 2 + 10 * path.ys[k]! ** 2, 12)
    }
  })

  it('too large a step diverges on the steep axis (|1 − 20η| > 1 for η > 0.1)', () => {
    const path = gradientDescentPath(surfaceCalculus(parse('x^2 + 10*y^2')), {}, { x: 0, y: 1 }, 0.12, 500, domain)
    expect(['diverged', 'left the domain']).toContain(path.status)
    expect(path.steps).toBeLessThan(500)
  })

  it('one step longer than ten domain widths is reported as diverged, with the point it reached', () => {
    // f = x² + y², η = 100 from (1, 0): the step is −100·2·1 = −200, twenty domain widths; f(−199, 0) = 39601 is finite.
    const path = gradientDescentPath(surfaceCalculus(parse('x^2 + y^2')), {}, { x: 1, y: 0 }, 100, 50, domain)
    expect(path.status).toBe('diverged')
    expect(path.steps).toBe(1)
    expect(path.xs[1]).toBe(-199)
    expect(path.fs[1]).toBe(39601)
  })

  it('converges at a minimum and stops', () => {
    const path = gradientDescentPath(surfaceCalculus(parse('(x - 1)^2 + (y + 2)^2')), {}, { x: 4, y: 3 }, 0.25, 1000, domain)
    expect(path.status).toBe('converged')
    expect(path.xs[path.steps]).toBeCloseTo(1, 7)
    expect(path.ys[path.steps]).toBeCloseTo(-2, 7)
  })

  it('stops where f is undefined', () => {
    // f = log(x) + y²: the gradient pushes x toward 0 and beyond with a big step, where log is undefined.
    const path = gradientDescentPath(surfaceCalculus(parse('log(x) + y^2')), {}, { x: 0.5, y: 0 }, 1, 10, domain)
    expect(path.status).toBe('undefined')
    expect(path.xs[path.steps]).toBeCloseTo(-1.5, 12) // 0.5 − 1·(1/0.5)
  })
})
