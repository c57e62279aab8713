import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { symmetricEigenJacobi } from '../../../../src/math/linalg/index.ts'

describe('symmetricEigenJacobi', () => {
  it('A v = λ v with orthonormal v and descending λ, for random symmetric matrices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 144, maxLength: 144 }), (n, raw) => {
        const a = new Float64Array(n * n)
        for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) a[i * n + j] = a[j * n + i] = raw[i * 12 + j]!
        const { values, vectors } = symmetricEigenJacobi(a, n)
        for (let k = 0; k + 1 < n; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k + 1]! - 1e-12)
        for (let k = 0; k < n; k++) {
          for (let i = 0; i < n; i++) {
            let av = 0
            for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[j * n + k]!
            expect(av).toBeCloseTo(values[k]! * vectors[i * n + k]!, 8)
          }
          for (let l = 0; l < n; l++) {
            let d = 0
            for (let i = 0; i < n; i++) d += vectors[i * n + k]! * vectors[i * n + l]!
            expect(d).toBeCloseTo(k === l ? 1 : 0, 10)
          }
        }
      }),
      { seed: 42, numRuns: 60 },
    )
  })
  it('knows the eigenvalues of [[2, 1], [1, 2]]: 3 and 1', () => {
    const { values } = symmetricEigenJacobi([2, 1, 1, 2], 2)
    expect(values[0]).toBeCloseTo(3, 14)
    expect(values[1]).toBeCloseTo(1, 14)
  })
})
