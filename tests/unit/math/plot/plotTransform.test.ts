import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPlotTransform, MAX_ASPECT } from '../../../../src/math/plot/plotTransform.ts'

const square = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }

describe('createPlotTransform', () => {
  it('maps a square domain to [-1, 1]² and the z range to [-zScale, zScale]', () => {
    const t = createPlotTransform(square, { min: -2, max: 6 }, 0.8)
    const expectPoint = (p: { x: number; y: number; z: number }, x: number, y: number, z: number) => {
      expect(p.x).toBeCloseTo(x, 14)
      expect(p.y).toBeCloseTo(y, 14)
      expect(p.z).toBeCloseTo(z, 14)
    }
    expectPoint(t.toWorld(-3, -3, -2), -1, -1, -0.8)
    expectPoint(t.toWorld(3, 3, 6), 1, 1, 0.8)
    const centre = t.toWorld(0, 0, 2)
    expect(centre.x).toBeCloseTo(0, 15)
    expect(centre.y).toBeCloseTo(0, 15)
    expect(centre.z).toBeCloseTo(0, 15)
  })

  it('keeps the aspect of a 2 : 1 domain', () => {
    const t = createPlotTransform({ xMin: 0, xMax: 8, yMin: -1, yMax: 3 }, { min: 0, max: 1 })
    expect(t.halfExtent.x).toBe(1)
    expect(t.halfExtent.y).toBe(0.5)
    expect(t.toWorld(8, 3, 0).y).toBeCloseTo(0.5, 15)
    // Equal math lengths are equal world lengths on both axes.
    expect(t.scale.x).toBeCloseTo(t.scale.y, 15)
  })

  it('stops keeping the aspect beyond MAX_ASPECT : 1', () => {
    const t = createPlotTransform({ xMin: 0, xMax: 100, yMin: 0, yMax: 1 }, { min: 0, max: 1 })
    expect(t.halfExtent.y).toBe(1 / MAX_ASPECT)
  })

  it('round-trips math → world → math (property)', () => {
    const t = createPlotTransform({ xMin: -5, xMax: 2, yMin: 1, yMax: 4 }, { min: -10, max: 0.5 }, 0.7)
    const coord = fc.double({ min: -100, max: 100, noNaN: true })
    fc.assert(
      fc.property(coord, coord, coord, (x, y, z) => {
        const w = t.toWorld(x, y, z)
        const m = t.toMath(w.x, w.y, w.z)
        expect(m.x).toBeCloseTo(x, 9)
        expect(m.y).toBeCloseTo(y, 9)
        expect(m.z).toBeCloseTo(z, 9)
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('writes into `out` without allocating', () => {
    const t = createPlotTransform(square, { min: -1, max: 1 })
    const out = { x: 0, y: 0, z: 0 }
    expect(t.toWorld(3, 0, 1, out)).toBe(out)
  })

  it('gives a unit normal perpendicular to the graph tangents (central differences in world space)', () => {
    const t = createPlotTransform({ xMin: -2, xMax: 6, yMin: -1, yMax: 3 }, { min: -3, max: 40 }, 0.8)
    const f = (x: number, y: number) => x * x + 3 * y
    for (const [x0, y0] of [[0.5, 1], [-1.5, 2.5], [4, -0.5]] as const) {
      const n = t.normalFromGradient(2 * x0, 3) // ∂f/∂x = 2x, ∂f/∂y = 3, by hand
      expect(Math.hypot(n.x, n.y, n.z)).toBeCloseTo(1, 12)
      expect(n.z).toBeGreaterThan(0)
      const h = 1e-5 * Math.max(1, Math.abs(x0))
      const a = t.toWorld(x0 + h, y0, f(x0 + h, y0))
      const b = t.toWorld(x0 - h, y0, f(x0 - h, y0))
      const c = t.toWorld(x0, y0 + h, f(x0, y0 + h))
      const d = t.toWorld(x0, y0 - h, f(x0, y0 - h))
      const along = (p: { x: number; y: number; z: number }, q: { x: number; y: number; z: number }) => {
        const v = { x: p.x - q.x, y: p.y - q.y, z: p.z - q.z }
        return (n.x * v.x + n.y * v.y + n.z * v.z) / Math.hypot(v.x, v.y, v.z)
      }
      expect(Math.abs(along(a, b))).toBeLessThan(1e-8)
      expect(Math.abs(along(c, d))).toBeLessThan(1e-8)
    }
  })

  it('contains() is the closed box', () => {
    const t = createPlotTransform(square, { min: 0, max: 1 })
    expect(t.contains(3, -3, 1)).toBe(true)
    expect(t.contains(3.01, 0, 0.5)).toBe(false)
    expect(t.contains(0, 0, 1.01)).toBe(false)
  })

  it('says how to fix an unusable domain', () => {
    expect(() => createPlotTransform({ xMin: 1, xMax: -1, yMin: 0, yMax: 1 }, { min: 0, max: 1 })).toThrow(/each max must be greater/)
    expect(() => createPlotTransform({ xMin: 0, xMax: NaN, yMin: 0, yMax: 1 }, { min: 0, max: 1 })).toThrow(/finite bounds/)
  })

  it('widens a degenerate z range instead of dividing by zero', () => {
    const t = createPlotTransform(square, { min: 2, max: 2 })
    expect(Number.isFinite(t.scale.z)).toBe(true)
    expect(t.toWorld(0, 0, 2).z).toBeCloseTo(0, 12)
  })
})
