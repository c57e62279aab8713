import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { createJacobianMap, signedPolygonArea, squareImage } from '../../../../src/math/jacobian/index.ts'

describe('signedPolygonArea', () => {
  it('unit square counter-clockwise is +1, clockwise −1; a triangle by hand', () => {
    expect(signedPolygonArea([0, 0, 1, 0, 1, 1, 0, 1])).toBe(1)
    expect(signedPolygonArea([0, 0, 0, 1, 1, 1, 1, 0])).toBe(-1)
    expect(signedPolygonArea([1, 1, 4, 1, 1, 5])).toBe(6)
  })

  it('keeps a tiny polygon far from the origin exact (coordinates taken relative to a nearby point)', () => {
    const e = 1e-6
    const x0 = 1e6
    expect(signedPolygonArea([x0, x0, x0 + e, x0, x0 + e, x0 + e, x0, x0 + e]) / (e * e)).toBeCloseTo(1, 3)
  })
})

describe('squareImage', () => {
  it('a linear map sends the square exactly onto the parallelogram: area ratio = det J', () => {
    const map = createJacobianMap(parse('2*x + y'), parse('-x + 3*y'))
    const point = map.at(0.4, -0.2)
    const image = squareImage(map, point, 0.5, 16)
    // Corners by hand: F(p) = (0.6, −1), J e₁ = (2, −1), J e₂ = (1, 3), ε = 0.5.
    expect([...image.parallelogram]).toEqual([0.6, -1, 0.6 + 1, -1 - 0.5, 0.6 + 1 + 0.5, -1 - 0.5 + 1.5, 0.6 + 0.5, -1 + 1.5].map((n) => expect.closeTo(n, 14)))
    expect(image.areaRatio).toBeCloseTo(7, 12)
    expect(image.det).toBe(7)
    // The sampled image boundary starts at F(p) and passes through the parallelogram's corners.
    expect(image.imageBoundary[0]).toBeCloseTo(0.6, 14)
    expect(image.imageBoundary[2 * 16]).toBeCloseTo(1.6, 14)
  })

  it('a reflection gives negative signed area: orientation flipped', () => {
    const map = createJacobianMap(parse('y'), parse('x'))
    const image = squareImage(map, map.at(1, 2), 0.1)
    expect(image.areaRatio).toBeCloseTo(-1, 12)
  })

  it('area(F(S))/ε² → det J as ε → 0, with an error shrinking like ε (complex square, det = 4|z|²)', () => {
    const map = createJacobianMap(parse('x^2 - y^2'), parse('2*x*y'))
    const point = map.at(0.8, 0.5)
    const det = 4 * (0.64 + 0.25)
    const errors = [0.2, 0.02, 0.002].map((e) => Math.abs(squareImage(map, point, e, 64).areaRatio - det))
    expect(errors[2]!).toBeLessThan(0.01 * det)
    expect(errors[1]! / errors[0]!).toBeLessThan(0.15)
    expect(errors[2]! / errors[1]!).toBeLessThan(0.15)
  })

  it('polar: area ratio of a small square at r = 1.5 approaches det J = r', () => {
    const map = createJacobianMap(parse('x*cos(y)'), parse('x*sin(y)'))
    const image = squareImage(map, map.at(1.5, 0.6), 1e-3, 64)
    // Exactly: the image is an annular sector of area ∫∫ r dr dθ = ε·(1.5 + ε/2)·ε; the polygon's chords lose ~1e-7 of it.
    expect(image.areaRatio).toBeCloseTo(1.5 + 1e-3 / 2, 6)
  })

  it('an undefined sample on the boundary makes the area undefined, not a wrong number', () => {
    const map = createJacobianMap(parse('sqrt(x)'), parse('y'))
    const image = squareImage(map, map.at(-0.05, 0), 0.1)
    expect(Number.isNaN(image.areaRatio)).toBe(true)
  })
})
