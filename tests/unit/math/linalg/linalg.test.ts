import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { apply2, det2, inverse2, symmetricEigen2 } from '../../../../src/math/linalg/index.ts'

describe('symmetricEigen2', () => {
  it('diagonal matrices: the diagonal, sorted, with the axes as eigenvectors', () => {
    const e = symmetricEigen2(3, 0, -2)
    expect(e.values).toEqual([-2, 3])
    expect(Math.abs(e.vectors[1][0])).toBeCloseTo(1, 15) // λ = 3 along x
    expect(Math.abs(e.vectors[0][1])).toBeCloseTo(1, 15) // λ = −2 along y
  })

  it('[[2, 1], [1, 2]] has eigenvalues 1 and 3 along (1, −1) and (1, 1)', () => {
    const e = symmetricEigen2(2, 1, 2)
    expect(e.values[0]).toBeCloseTo(1, 14)
    expect(e.values[1]).toBeCloseTo(3, 14)
    const [v1, v3] = e.vectors
    expect(Math.abs(v1[0] * Math.SQRT1_2 - v1[1] * Math.SQRT1_2)).toBeCloseTo(1, 14)
    expect(Math.abs(v3[0] * Math.SQRT1_2 + v3[1] * Math.SQRT1_2)).toBeCloseTo(1, 14)
  })

  it('a multiple of the identity: both eigenvalues equal, any orthonormal pair', () => {
    const e = symmetricEigen2(5, 0, 5)
    expect(e.values).toEqual([5, 5])
    expect(e.vectors[0][0] * e.vectors[1][0] + e.vectors[0][1] * e.vectors[1][1]).toBeCloseTo(0, 15)
  })

  it('NaN in, NaN out', () => {
    expect(symmetricEigen2(NaN, 0, 1).values.every(Number.isNaN)).toBe(true)
  })

  it('A·v = λ·v, orthonormal vectors, trace and determinant kept (property)', () => {
    const entry = fc.double({ min: -1e3, max: 1e3, noNaN: true })
    fc.assert(
      fc.property(entry, entry, entry, (a, b, d) => {
        const { values, vectors } = symmetricEigen2(a, b, d)
        const size = Math.max(1, Math.abs(a), Math.abs(b), Math.abs(d))
        expect(values[0]).toBeLessThanOrEqual(values[1])
        for (let i = 0; i < 2; i++) {
          const [x, y] = vectors[i]!
          const lambda = values[i]!
          expect(Math.hypot(x, y)).toBeCloseTo(1, 12)
          expect(Math.abs(a * x + b * y - lambda * x)).toBeLessThan(1e-12 * size)
          expect(Math.abs(b * x + d * y - lambda * y)).toBeLessThan(1e-12 * size)
        }
        expect(Math.abs(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1])).toBeLessThan(1e-12)
        expect(Math.abs(values[0] + values[1] - (a + d))).toBeLessThan(1e-12 * size)
        expect(Math.abs(values[0] * values[1] - (a * d - b * b))).toBeLessThan(1e-10 * size * size)
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})

describe('det2, inverse2, apply2', () => {
  it('known answers', () => {
    expect(det2([1, 2, 3, 4])).toBe(-2)
    expect(inverse2([1, 2, 3, 4])).toEqual([-2, 1, 1.5, -0.5])
    expect(apply2([1, 2, 3, 4], [1, -1])).toEqual([-1, -1])
  })

  it('a singular matrix has no inverse', () => {
    expect(inverse2([1, 2, 2, 4])).toBeNull()
    expect(inverse2([0, 0, 0, 0])).toBeNull()
    expect(inverse2([NaN, 0, 0, 1])).toBeNull()
  })

  it('M⁻¹·(M·v) = v for well-conditioned M (property)', () => {
    const entry = fc.integer({ min: -1000, max: 1000 }).map((k) => k / 100)
    fc.assert(
      fc.property(entry, entry, entry, entry, entry, entry, (a, b, c, d, x, y) => {
        fc.pre(Math.abs(a * d - b * c) > 0.1)
        const inv = inverse2([a, b, c, d])!
        const back = apply2(inv, apply2([a, b, c, d], [x, y]))
        expect(back[0]).toBeCloseTo(x, 8)
        expect(back[1]).toBeCloseTo(y, 8)
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})
