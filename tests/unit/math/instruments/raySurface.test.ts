import { describe, expect, it } from 'vitest'
import { clipRayToBox, intersectRayWithGraph } from '../../../../src/math/instruments/raySurface.ts'

const box = { xMin: -2, xMax: 2, yMin: -2, yMax: 2, zMin: -5, zMax: 5 }

describe('intersectRayWithGraph', () => {
  it('hits a paraboloid straight down at the exact height', () => {
    const hit = intersectRayWithGraph({ origin: [0.5, -0.25, 10], direction: [0, 0, -1] }, (x, y) => x * x + y * y, box)
    expect(hit).not.toBeNull()
    expect(hit!.x).toBe(0.5)
    expect(hit!.z).toBeCloseTo(0.3125, 12) // 0.25 + 0.0625
  })

  it('returns the FIRST crossing along an oblique ray (front face of a bump)', () => {
    // f = 4 − x², ray along +x at height 3: crosses at x = −1 first (then again at x = +1).
    const hit = intersectRayWithGraph({ origin: [-3, 0, 3], direction: [1, 0, 0] }, (x) => 4 - x * x, box)
    expect(hit!.x).toBeCloseTo(-1, 10)
  })

  it('ignores the undefined region instead of inventing a crossing there', () => {
    // log(x) is NaN for x < 0; a ray along +x at height 0 meets log at x = 1, not at the NaN boundary x = 0.
    const hit = intersectRayWithGraph({ origin: [-2, 0, 0], direction: [1, 0, 0] }, (x) => Math.log(x), box)
    expect(hit!.x).toBeCloseTo(1, 10)
  })

  it('misses when the ray stays above the graph or outside the box', () => {
    expect(intersectRayWithGraph({ origin: [0, 0, 4.9], direction: [1, 0, 0] }, () => 0, box)).toBeNull()
    expect(clipRayToBox({ origin: [10, 10, 10], direction: [1, 0, 0] }, box)).toBeNull()
  })
})
