import { describe, expect, it } from 'vitest'
import { createPlotTransform } from '../../../../src/math/plot/index.ts'
import { curveSegments, lineThroughDomain } from '../../../../src/math/instruments/curveSegments.ts'

const domain = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }

describe('curveSegments', () => {
  it('a defined curve gives one segment per step, in world coordinates on the surface', () => {
    const transform = createPlotTransform(domain, { min: -4, max: 4 })
    const f = (x: number, y: number) => x * y
    const segs = curveSegments((t) => [t, 1], f, -2, 2, 8, transform)
    expect(segs.length).toBe(8 * 6)
    // The first segment starts at (−2, 1, −2) in math coordinates.
    const start = transform.toWorld(-2, 1, -2)
    expect(segs[0]).toBeCloseTo(start.x, 6)
    expect(segs[1]).toBeCloseTo(start.y, 6)
    expect(segs[2]).toBeCloseTo(start.z, 6)
  })

  it('breaks where f is undefined or leaves the z range: no segment bridges the gap', () => {
    const transform = createPlotTransform(domain, { min: -3, max: 3 })
    const log = (x: number) => Math.log(x) // NaN for x < 0, below the range near 0
    const segs = curveSegments((t) => [t, 0], log, -2, 2, 40, transform)
    const worldZero = transform.toWorld(0, 0, 0).x
    for (let i = 0; i < segs.length; i += 6) {
      expect(segs[i]!).toBeGreaterThan(worldZero) // every segment lies where x > 0
      expect(segs[i + 3]!).toBeGreaterThan(worldZero)
    }
    expect(segs.length).toBeGreaterThan(0)
  })
})

describe('lineThroughDomain', () => {
  it('clips a line to the domain rectangle', () => {
    expect(lineThroughDomain(0, 0, 1, 0, domain)).toEqual([-2, 2])
    const [t0, t1] = lineThroughDomain(1, 1, Math.SQRT1_2, Math.SQRT1_2, domain)!
    expect(1 + t1 * Math.SQRT1_2).toBeCloseTo(2, 14)
    expect(1 + t0 * Math.SQRT1_2).toBeCloseTo(-2, 14)
    expect(lineThroughDomain(5, 0, 0, 1, domain)).toBeNull()
  })
})
