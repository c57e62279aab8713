// Curve sampling must break at jumps, poles and domain edges and be continuous elsewhere.
import { describe, expect, it } from 'vitest'
import { clipPolylines, sampleCurve, type Polyline } from '../../../../src/math/calculus1d/index.ts'

const xsOf = (line: Polyline) => line.filter((_, i) => i % 2 === 0)
const window = { min: -2, max: 2 }

describe('sampleCurve', () => {
  it('a smooth curve is one polyline from xMin to xMax whose points lie on the curve', () => {
    const lines = sampleCurve(Math.sin, -3, 3, window)
    expect(lines).toHaveLength(1)
    const xs = xsOf(lines[0]!)
    expect(xs[0]).toBe(-3)
    expect(xs[xs.length - 1]).toBe(3)
    for (let i = 0; i < lines[0]!.length; i += 2) expect(lines[0]![i + 1]).toBe(Math.sin(lines[0]![i]!))
    // Neighbouring drawn points are within the tolerance (span/200) in y.
    for (let i = 3; i < lines[0]!.length; i += 2) expect(Math.abs(lines[0]![i]! - lines[0]![i - 2]!)).toBeLessThanOrEqual(4 / 200 + 1e-12)
  })

  it('a jump breaks the curve: sign(x) gives two pieces, with no segment crossing 0 vertically', () => {
    const lines = sampleCurve(Math.sign, -1, 1.3, window, { samples: 50 })
    expect(lines).toHaveLength(2)
    expect(Math.max(...xsOf(lines[0]!))).toBeLessThanOrEqual(0)
    expect(Math.min(...xsOf(lines[1]!))).toBeGreaterThan(0)
    // The break is located to within (base interval)/2^14.
    expect(Math.max(...xsOf(lines[0]!))).toBeGreaterThan(-(2.3 / 49) / 16384 * 2)
  })

  it('tan has a break at each pole in view (±π/2)', () => {
    const lines = sampleCurve(Math.tan, -3, 3, { min: -5, max: 5 })
    expect(lines).toHaveLength(3)
    for (const line of lines) for (let i = 0; i < line.length; i += 2) expect(Math.abs(Math.abs(line[i]!) - Math.PI / 2)).toBeGreaterThan(1e-9)
  })

  it('sqrt starts at its domain edge 0 (found by bisection), not at the next sample', () => {
    const lines = sampleCurve(Math.sqrt, -1, 1, window, { samples: 7 })
    expect(lines).toHaveLength(1)
    expect(lines[0]![0]).toBeLessThan(1e-12)
    expect(lines[0]![0]).toBeGreaterThanOrEqual(0)
  })

  it('nothing to draw where f is undefined everywhere', () => {
    expect(sampleCurve(() => NaN, -1, 1, window)).toEqual([])
  })
})

describe('clipPolylines', () => {
  it('cuts a segment at the band edges, by hand: y = 2x from x = −2 to 2 clipped to [−1, 1] gives x from −0.5 to 0.5', () => {
    const clipped = clipPolylines([[-2, -4, 2, 4]], -1, 1)
    expect(clipped).toEqual([[-0.5, -1, 0.5, 1]])
  })

  it('a curve that leaves and re-enters the band becomes two pieces', () => {
    const clipped = clipPolylines([[0, 0, 1, 3, 2, 0]], -1, 1)
    expect(clipped).toHaveLength(2)
    expect(clipped[0]).toEqual([0, 0, 1 / 3, 1])
    expect(clipped[1]![0]).toBeCloseTo(5 / 3, 12)
    expect(clipped[1]![clipped[1]!.length - 2]).toBe(2)
  })

  it('keeps a polyline fully inside unchanged', () => {
    expect(clipPolylines([[0, 0, 1, 0.5, 2, -0.5]], -1, 1)).toEqual([[0, 0, 1, 0.5, 2, -0.5]])
  })
})
