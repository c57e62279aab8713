import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { createJacobianMap, fitBoundsToPanel, robustBounds, sharedZoomScale, warpedGrid } from '../../../../src/math/jacobian/index.ts'

const domain = { xMin: -1, xMax: 1, yMin: -2, yMax: 2 }

describe('warpedGrid', () => {
  it('the identity map gives the domain grid back, sampled along each line', () => {
    const map = createJacobianMap(parse('x'), parse('y'))
    const grid = warpedGrid(map, domain, { lines: 5, samples: 11 })
    expect(grid.domainConstX.length).toBe(5 * 4)
    expect([...grid.domainConstX.subarray(4, 8)]).toEqual([-0.5, -2, -0.5, 2])
    // 5 lines × 10 segments, every segment on x = const.
    expect(grid.imageConstX.length).toBe(5 * 10 * 4)
    for (let i = 0; i < grid.imageConstX.length; i += 4) expect(grid.imageConstX[i]).toBe(grid.imageConstX[i + 2])
    for (let i = 0; i < grid.imageConstY.length; i += 4) expect(grid.imageConstY[i + 1]).toBe(grid.imageConstY[i + 3])
    expect(grid.imageBounds).toEqual({ minX: -1, maxX: 1, minY: -2, maxY: 2 })
  })

  it('maps each sample through F: polar lines x = r are circles of radius r', () => {
    const map = createJacobianMap(parse('x*cos(y)'), parse('x*sin(y)'))
    const grid = warpedGrid(map, { xMin: 0.5, xMax: 2, yMin: -3, yMax: 3 }, { lines: 4, samples: 64 })
    const radii = new Set<number>()
    for (let i = 0; i < grid.imageConstX.length; i += 2) radii.add(Math.round(Math.hypot(grid.imageConstX[i]!, grid.imageConstX[i + 1]!) * 1e9) / 1e9)
    expect([...radii].sort()).toEqual([0.5, 1, 1.5, 2])
  })

  it('cuts lines at a pole and at undefined samples instead of drawing a chord across', () => {
    // u = 1/x: the line y = const runs through x = 0, where u jumps from −∞ to +∞.
    const map = createJacobianMap(parse('1/x'), parse('y'))
    const grid = warpedGrid(map, { xMin: -1, xMax: 1.2, yMin: -1, yMax: 1 }, { lines: 3, samples: 200 })
    for (let i = 0; i < grid.imageConstY.length; i += 4) {
      // No segment joins the negative branch to the positive one.
      expect(Math.sign(grid.imageConstY[i]!)).toBe(Math.sign(grid.imageConstY[i + 2]!))
    }
    const roots = createJacobianMap(parse('sqrt(x)'), parse('y'))
    const cut = warpedGrid(roots, { xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, { lines: 3, samples: 21 })
    expect(cut.imageConstY.every(Number.isFinite)).toBe(true)
    expect(cut.imageConstY.length).toBe(3 * 10 * 4) // only x ∈ [0, 1]: 10 of the 20 segments per line
  })
})

describe('robustBounds', () => {
  it('tame clouds: plain min/max; runaway samples near a pole: the bulk', () => {
    expect(robustBounds([[0, 0, 2, -1, 1, 3]])).toEqual({ minX: 0, maxX: 2, minY: -1, maxY: 3 })
    const bulk = Array.from({ length: 400 }, (_, i) => [i / 400, -i / 400]).flat()
    const bounds = robustBounds([bulk, [1e6, 0, NaN, 1]])
    expect(bounds.maxX).toBeLessThan(1)
    expect(bounds.minY).toBeGreaterThan(-1)
  })
  it('widens a degenerate side and falls back to [−1, 1]² with no finite point', () => {
    const b = robustBounds([[3, 1, 3, 2]])
    expect(b.maxX - b.minX).toBeCloseTo(3, 12)
    expect(robustBounds([[NaN, NaN]])).toEqual({ minX: -1, maxX: 1, minY: -1, maxY: 1 })
  })
})

describe('panel framing', () => {
  it('fits bounds with one scale for both axes, centred, inside the margin', () => {
    const map = fitBoundsToPanel({ minX: 0, maxX: 4, minY: -1, maxY: 1 }, { cx: 1, cy: 2, half: 0.5 }, 0.1)
    expect(map.scale).toBeCloseTo(0.8 / 4, 15)
    expect(map.scale * 2 + map.offsetX).toBeCloseTo(1, 15) // centre x = 2 → panel centre
    expect(map.scale * 0 + map.offsetY).toBeCloseTo(2, 15)
  })
  it('the zoom scale fits the larger of the square and the image', () => {
    expect(sharedZoomScale(0.1, { minX: 0, maxX: 0.4, minY: 0, maxY: 0.2 }, 0.5, 0)).toBeCloseTo(1 / 0.4, 12)
    expect(sharedZoomScale(0.1, { minX: 0, maxX: 0.01, minY: 0, maxY: 0.02 }, 0.5, 0)).toBeCloseTo(1 / 0.1, 12)
    expect(sharedZoomScale(0.1, null, 0.5, 0)).toBeCloseTo(10, 12)
  })
})
