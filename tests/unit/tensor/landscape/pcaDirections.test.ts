// pcaDirections against an SVD worked out by hand. The centred rows are X = [[2,0,0],[−2,0,0],[0,1,0],[0,−1,0]] (in a
// rotated basis), so XᵀX = diag(8, 2, 0): σ₁² = 8 along e1, σ₂² = 2 along e2, explained ratios 0.8 and 0.2.
import { describe, expect, it } from 'vitest'
import { pcaDirections } from '../../../../src/tensor/landscape/index.ts'

// A rotation by 30° in the (1, 2) plane followed by 45° in the (2, 3) plane, so the answer is not on the axes.
const c = Math.cos(Math.PI / 6), s = Math.sin(Math.PI / 6), q = Math.SQRT1_2
const R = [
  [c, -s * q, s * q],
  [s, c * q, -c * q],
  [0, q, q],
]
const rotate = (v: number[]) => R.map((row) => row[0]! * v[0]! + row[1]! * v[1]! + row[2]! * v[2]!)
const e1 = rotate([1, 0, 0])
const e2 = rotate([0, 1, 0])

describe('pcaDirections', () => {
  const center = [10, -5, 2]
  const offset = [0.5, 0.5, 0.5] // a common shift of the path, removed by mean-centring
  const rows = [[2, 0, 0], [-2, 0, 0], [0, 1, 0], [0, -1, 0]].map((v) => rotate(v).map((x, k) => x + offset[k]! + center[k]!))

  for (const [label, path] of [['M > P (XᵀX route)', rows], ['M < P (XXᵀ route)', rows.map((r) => [...r, 0, 0])]] as const) {
    it(`${label}: unit directions, explained-variance ratios and coordinates`, () => {
      const ctr = path[0]!.length === 3 ? center : [...center, 0, 0]
      const { directions, explained, coords, degenerate } = pcaDirections(path, ctr)
      expect(degenerate).toBe(false)
      expect(explained[0]).toBeCloseTo(0.8, 10)
      expect(explained[1]).toBeCloseTo(0.2, 10)
      const [d1, d2] = directions
      // up to sign (fixed by the sign rule below), d1 = R e1 and d2 = R e2
      const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((t, v, k) => t + v * (b[k] ?? 0), 0)
      expect(Math.abs(dot(d1, e1))).toBeCloseTo(1, 10)
      expect(Math.abs(dot(d2, e2))).toBeCloseTo(1, 10)
      expect(dot(d1, d1)).toBeCloseTo(1, 12)
      // svd_flip on the components: the entry of largest magnitude is positive
      for (const d of directions) {
        const big = Array.from(d).reduce((b, v) => (Math.abs(v) > Math.abs(b) ? v : b), 0)
        expect(big).toBeGreaterThan(0)
      }
      // coords are the dot products of θ_i − center (not mean-centred) with d1, d2
      path.forEach((row, i) => {
        const rel = row.map((v, k) => v - ctr[k]!)
        expect(coords[i]![0]).toBeCloseTo(dot(rel, d1), 10)
        expect(coords[i]![1]).toBeCloseTo(dot(rel, d2), 10)
      })
      // the first point is 2·R e1 + offset: its d1 coordinate is ±2 plus the offset's projection
      expect(Math.abs(coords[0]![0] - dot(offset, d1))).toBeCloseTo(2, 10)
    })
  }

  it('a straight path is degenerate: d2 is a unit vector ⟂ d1 with ratio 0', () => {
    const path = [0, 1, 2, 3].map((t) => [t, 2 * t, 0, 0])
    const { directions, explained, degenerate } = pcaDirections(path, [0, 0, 0, 0])
    expect(degenerate).toBe(true)
    expect(explained).toEqual([1, 0])
    const [d1, d2] = directions
    expect(Math.abs(d1[0]! * d2[0]! + d1[1]! * d2[1]! + d1[2]! * d2[2]!)).toBeLessThan(1e-12)
    expect(Math.hypot(...d2)).toBeCloseTo(1, 12)
  })

  it('rejects bad paths with a specific message', () => {
    expect(() => pcaDirections([[1, 2]], [0, 0])).toThrow(/at least 2 points, got 1/)
    expect(() => pcaDirections([[1, 2], [1]], [0, 0])).toThrow(/path point 1 has 1 parameters, the center has 2/)
    expect(() => pcaDirections([[1, 2], [1, 2]], [0, 0])).toThrow(/does not move/)
  })
})

describe('projectOntoPlane', () => {
  it('recovers (α, β) of points built as center + α d1 + β d2 with non-orthogonal, non-unit directions', async () => {
    const { projectOntoPlane } = await import('../../../../src/tensor/landscape/index.ts')
    const center = [1, 2, 3, 4]
    const d1 = [2, 0, 1, 0]
    const d2 = [1, 1, 0, 3]
    const pts = [[0.5, -2], [3, 1.25]].map(([a, b]) => center.map((c, k) => c + a! * d1[k]! + b! * d2[k]!))
    const got = projectOntoPlane(pts, center, d1, d2)
    expect(got[0]![0]).toBeCloseTo(0.5, 12)
    expect(got[0]![1]).toBeCloseTo(-2, 12)
    expect(got[1]![0]).toBeCloseTo(3, 12)
    expect(got[1]![1]).toBeCloseTo(1.25, 12)
    expect(() => projectOntoPlane(pts, center, d1, d1.map((v) => 2 * v))).toThrow(/parallel/)
  })
})
