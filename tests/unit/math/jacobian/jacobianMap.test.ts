import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compile, parse } from '../../../../src/math/expr/index.ts'
import { createJacobianMap } from '../../../../src/math/jacobian/index.ts'
import { MAP_PRESETS } from '../../../../src/math/jacobian/mapPresets.ts'

/** Central difference with the project's step h = 1e-5·max(1, |t|). */
const central = (g: (t: number) => number, t: number) => {
  const h = 1e-5 * Math.max(1, Math.abs(t))
  return (g(t + h) - g(t - h)) / (2 * h)
}

describe('createJacobianMap', () => {
  it('complex square z²: F and J by hand (J = [[2x, −2y], [2y, 2x]], det = 4(x² + y²))', () => {
    const map = createJacobianMap(parse('x^2 - y^2'), parse('2*x*y'))
    const p = map.at(0.7, -1.3)
    expect(p.u).toBeCloseTo(0.49 - 1.69, 14)
    expect(p.v).toBeCloseTo(2 * 0.7 * -1.3, 14)
    expect(p.matrix[0]).toBeCloseTo(1.4, 14)
    expect(p.matrix[1]).toBeCloseTo(2.6, 14)
    expect(p.matrix[2]).toBeCloseTo(-2.6, 14)
    expect(p.matrix[3]).toBeCloseTo(1.4, 14)
    expect(p.det).toBeCloseTo(4 * (0.49 + 1.69), 13)
    expect(p.defined).toBe(true)
  })

  it('polar (x cos y, x sin y) has det J = x (= r) everywhere', () => {
    const map = createJacobianMap(parse('x*cos(y)'), parse('x*sin(y)'))
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), (x, y) => {
        expect(map.at(x, y).det).toBeCloseTo(x, 12)
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('a linear map is its own Jacobian, with the sliders bound as parameters', () => {
    const params = { a: 1.2, b: 0.5, c: -0.3, d: 0.9 }
    const map = createJacobianMap(parse(MAP_PRESETS.linear.u), parse(MAP_PRESETS.linear.v), params)
    const p = map.at(3, -7)
    expect(p.matrix).toEqual([1.2, 0.5, -0.3, 0.9])
    expect(p.det).toBeCloseTo(1.2 * 0.9 + 0.5 * 0.3, 15)
  })

  it('the swirl is area-preserving (det J = 1) and the shear too, whatever their parameter', () => {
    for (const s of [0.3, 1, 2.5]) {
      const swirl = createJacobianMap(parse(MAP_PRESETS.swirl.u), parse(MAP_PRESETS.swirl.v), { s })
      for (const [x, y] of [[0.9, 0.4], [-1.2, 0.7], [0.1, -1.4]] as const) expect(swirl.at(x, y).det).toBeCloseTo(1, 12)
    }
    const shear = createJacobianMap(parse(MAP_PRESETS.shear.u), parse(MAP_PRESETS.shear.v), { k: -3 })
    expect(shear.at(0.4, 0.2).matrix).toEqual([1, -3, 0, 1])
  })

  it('the fold flips orientation inside the parabola x < −3y² (det J = 3y² + x)', () => {
    const fold = createJacobianMap(parse(MAP_PRESETS.fold.u), parse(MAP_PRESETS.fold.v))
    expect(fold.at(-1, 0.2).det).toBeCloseTo(3 * 0.04 - 1, 14)
    expect(fold.at(1, 0.2).det).toBeGreaterThan(0)
  })

  it('every entry agrees with central differences of compile(u) and compile(v)', () => {
    const u = parse('exp(-x^2/3)*sin(2*y) + x*y^2')
    const v = parse('log(1 + x^2 + y^2) - atan(x - y)*cos(x)')
    const map = createJacobianMap(u, v)
    const [uf, vf] = [compile(u), compile(v)]
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (x, y) => {
        const p = map.at(x, y)
        const expected = [
          central((t) => uf({ x: t, y }), x),
          central((t) => uf({ x, y: t }), y),
          central((t) => vf({ x: t, y }), x),
          central((t) => vf({ x, y: t }), y),
        ]
        // Central differences are accurate to about h² ≈ 1e-10 (truncation) plus 1e-16/h ≈ 1e-11 (rounding), times the size.
        expected.forEach((e, i) => expect(Math.abs(p.matrix[i]! - e)).toBeLessThan(1e-7 * Math.max(1, Math.abs(e))))
        expect(p.u).toBe(uf({ x, y }))
        expect(p.v).toBe(vf({ x, y }))
      }),
      { seed: 42, numRuns: 200 },
    )
  })

  it('is undefined where F or J is: 1/x at x = 0, sqrt of a negative', () => {
    const pole = createJacobianMap(parse('1/x'), parse('y'))
    expect(pole.at(0, 1).defined).toBe(false)
    expect(pole.at(2, 1).defined).toBe(true)
    // sqrt(x) is defined at 0 but its derivative 1/(2 sqrt x) is not: the Jacobian does not exist there.
    const root = createJacobianMap(parse('sqrt(x)'), parse('y'))
    expect(root.at(0, 1).defined).toBe(false)
    expect(root.at(-1, 1).defined).toBe(false)
    expect(Number.isNaN(root.at(-1, 1).u)).toBe(true)
  })

  it('keeps the derivation steps of each partial for the panel', () => {
    const map = createJacobianMap(parse('x*cos(y)'), parse('x*sin(y)'))
    expect(map.partials).toHaveLength(4)
    expect(map.partials[1].steps.some((s) => s.rule === 'product' || s.rule === 'constant-multiple' || s.rule === 'chain')).toBe(true)
    for (const partial of map.partials) expect(partial.steps.length).toBeGreaterThan(0)
  })
})
