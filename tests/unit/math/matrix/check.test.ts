// The identity checker's float64 tools: central differences in the derivative's layout, verdicts, numerical rank.
import { describe, expect, it } from 'vitest'
import { centralDifferences, numericalRank, parseMatrixExpr, relativeDifference, verdict } from '../../../../src/math/matrix/index.ts'

describe('centralDifferences', () => {
  it("gives ∂(x'x)/∂x = 2x and the Jacobian of A*x = A (row-major), by hand", () => {
    const x = Float64Array.of(0.5, -2, 3)
    const g = centralDifferences(parseMatrixExpr("x'*x", { x: [3] }), 'x', { x })
    expect([...g].map((v) => Math.round(v * 1e6) / 1e6)).toEqual([1, -4, 6])
    const A = Float64Array.of(1, 2, 3, 4, 5, 6)
    const J = centralDifferences(parseMatrixExpr('A*x', { A: [2, 3], x: [3] }), 'x', { A, x })
    expect(relativeDifference(J, A)).toBeLessThan(1e-9)
    expect([...x]).toEqual([0.5, -2, 3]) // the input is left as it was
  })
})

describe('verdict and rank', () => {
  it('relative difference scales by max(1, |b|) and is infinite for NaN or a length mismatch', () => {
    expect(relativeDifference([1, 2], [1, 2.5])).toBe(0.5 / 2.5)
    expect(relativeDifference([0.1], [0.2])).toBeCloseTo(0.1, 15)
    expect(relativeDifference([NaN], [1])).toBe(Infinity)
    expect(relativeDifference([1], [1, 2])).toBe(Infinity)
    expect(verdict([1], [1 + 1e-7], 1e-6).ok).toBe(true)
    expect(verdict([1], [1.1], 1e-6).ok).toBe(false)
  })
  it('an outer product has rank 1, a sum of two independent ones rank 2, zeros rank 0', () => {
    const outer = (u: number[], v: number[]) => u.flatMap((a) => v.map((b) => a * b))
    expect(numericalRank(outer([1, 2, 3], [4, 5]), 3, 2)).toBe(1)
    const two = outer([1, 2, 3], [4, 5]).map((v, i) => v + outer([0, 1, -1], [1, 0])[i]!)
    expect(numericalRank(two, 3, 2)).toBe(2)
    expect(numericalRank([0, 0, 0, 0], 2, 2)).toBe(0)
    expect(numericalRank([1, 2, 2, 4 + 1e-13], 2, 2)).toBe(1)
  })
})
