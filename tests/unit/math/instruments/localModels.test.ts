import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { quadraticModelAt, tangentPlaneAt } from '../../../../src/math/instruments/localModels.ts'
import { tangentLineSegment } from '../../../../src/math/instruments/tangentLine.ts'
import { surfaceCalculus } from '../../../../src/math/instruments/surfaceCalculus.ts'

describe('tangent plane and quadratic model', () => {
  it('the tangent plane of x² + y² at (1, 2) is z = 5 + 2(x − 1) + 4(y − 2)', () => {
    const T = tangentPlaneAt(surfaceCalculus(parse('x^2 + y^2')).at(1, 2, {}))
    for (const [x, y] of [[1, 2], [0, 0], [3, -1]] as const) expect(T(x, y)).toBeCloseTo(5 + 2 * (x - 1) + 4 * (y - 2), 13)
  })

  it('the quadratic model of a quadratic is the quadratic itself, from any point', () => {
    const q = (x: number, y: number) => 3 * x * x - 2 * x * y + 0.5 * y * y + x - 4 * y + 7
    const Q = quadraticModelAt(surfaceCalculus(parse('3x^2 - 2x y + 0.5y^2 + x - 4y + 7')).at(-0.8, 1.9, {}))
    for (const [x, y] of [[0, 0], [2, -3], [-5, 4.5]] as const) expect(Q(x, y)).toBeCloseTo(q(x, y), 10)
  })

  it('the errors shrink like |d|² (plane) and |d|³ (quadratic model) near the point', () => {
    const calc = surfaceCalculus(parse('sin(x)*exp(y)'))
    const p = calc.at(0.4, -0.2, {})
    const T = tangentPlaneAt(p)
    const Q = quadraticModelAt(p)
    const err = (m: (x: number, y: number) => number, d: number) => Math.abs(m(0.4 + d, -0.2 + d) - calc.value(0.4 + d, -0.2 + d, {}))
    // Halving d divides the plane's error by ≈ 4 and the quadratic model's by ≈ 8.
    expect(err(T, 1e-2) / err(T, 5e-3)).toBeCloseTo(4, 1)
    expect(err(Q, 1e-2) / err(Q, 5e-3)).toBeCloseTo(8, 0)
  })
})

describe('tangentLineSegment', () => {
  const box = { xMin: -2, xMax: 2, yMin: -2, yMax: 2, zMin: -1, zMax: 1 }
  it('runs along the direction with the given slope, centred on the point when the box allows', () => {
    const seg = tangentLineSegment(0, 0, 0, 1, 0, 0.5, 1, box)!
    expect(seg[0]).toEqual([-1, 0, -0.5])
    expect(seg[1]).toEqual([1, 0, 0.5])
  })
  it('is cut where it leaves the box (here through the lid z = 1)', () => {
    const seg = tangentLineSegment(0, 0, 0, 0, 1, 2, 1, box)!
    expect(seg[0]).toEqual([0, -0.5, -1])
    expect(seg[1]).toEqual([0, 0.5, 1])
  })
  it('is absent at an undefined point', () => {
    expect(tangentLineSegment(0, 0, NaN, 1, 0, 1, 1, box)).toBeNull()
  })
})
