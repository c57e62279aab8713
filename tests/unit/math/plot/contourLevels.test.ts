import { describe, expect, it } from 'vitest'
import { marchingSquares, quantileLevels } from '../../../../src/math/plot/contourLevels.ts'

/** Samples of f on an n × n grid over [-1, 1]², row-major (values[j * n + i] at x_i, y_j). */
function sample(f: (x: number, y: number) => number, n: number): Float64Array {
  const out = new Float64Array(n * n)
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) out[j * n + i] = f(-1 + (2 * i) / (n - 1), -1 + (2 * j) / (n - 1))
  return out
}

describe('quantile levels', () => {
  it('takes evenly spaced quantiles of the finite samples', () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => i)
    expect(quantileLevels(values, 4)).toEqual([20, 40, 60, 80])
  })

  it('ignores NaN and infinities, and merges equal levels', () => {
    expect(quantileLevels([NaN, 1, 1, 1, Infinity, 1], 3)).toEqual([1])
    expect(quantileLevels([NaN, NaN], 3)).toEqual([])
  })

  it('spreads levels over the area for a function spanning decades (Rosenbrock-like growth)', () => {
    const values = sample((x, y) => 100 * (y - x * x) ** 2 + (1 - x) ** 2, 60)
    const levels = quantileLevels(values, 9)
    // Half the levels lie below the median value, which is far below the mean for this skewed function.
    const sorted = Array.from(values).sort((a, b) => a - b)
    expect(levels.filter((l) => l < sorted[sorted.length / 2]!).length).toBeGreaterThanOrEqual(4)
  })
})

describe('marching squares', () => {
  it('f = x at level 0 gives segments on the line x = 0 (grid column (n − 1)/2)', () => {
    const n = 11
    const segments = marchingSquares(sample((x) => x, n), n, n, 0.001)
    expect(segments.length).toBe(4 * (n - 1)) // one segment per row of cells
    for (let s = 0; s < segments.length; s += 2) expect(segments[s]!).toBeCloseTo(5 + 0.001 * 5, 9)
  })

  it('segment end points of a circle lie on the level set (interpolated within the grid error)', () => {
    const n = 41
    const f = (x: number, y: number) => x * x + y * y
    const segments = marchingSquares(sample(f, n), n, n, 0.5)
    expect(segments.length).toBeGreaterThan(40)
    for (let s = 0; s < segments.length; s += 2) {
      const x = -1 + (2 * segments[s]!) / (n - 1)
      const y = -1 + (2 * segments[s + 1]!) / (n - 1)
      // Linear interpolation of x² along a cell edge of width h errs by at most h²/4.
      expect(Math.abs(f(x, y) - 0.5)).toBeLessThan((2 / (n - 1)) ** 2 / 4 + 1e-12)
    }
  })

  it('draws nothing in cells with an undefined corner', () => {
    const n = 5
    const values = sample((x) => x, n).map((v, k) => (k % n === 2 ? NaN : v)) // column x = 0 undefined
    expect(marchingSquares(values, n, n, 0.001)).toEqual([])
  })

  it('resolves the saddle cell by its centre value', () => {
    // Corners (00, 10, 11, 01) = (1, 0, 1, 0): case 5. Centre 0.5 > 0.4 joins the two high corners.
    const joined = marchingSquares([1, 0, 0, 1], 2, 2, 0.4)
    const split = marchingSquares([1, 0, 0, 1], 2, 2, 0.6)
    expect(joined.length).toBe(8)
    expect(split.length).toBe(8)
    // Joined: the curves cut off the LOW corners 10 (bottom-right) and 01 (top-left).
    // Left edge (1 → 0) crosses 0.4 at t = 0.6; top edge (0 → 1) at t = 0.4.
    expect(joined.slice(0, 4)).toEqual([0, 0.6, 0.4, 1]) // left edge to top edge: around corner 01
    // Split at 0.6: the curves cut off the HIGH corners; around 00: left edge at t = 0.4, bottom edge (1 → 0) at t = 0.4.
    expect(split.slice(0, 4)).toEqual([0, 0.4, 0.4, 0])
  })
})
