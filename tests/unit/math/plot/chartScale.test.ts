import { describe, expect, it } from 'vitest'
import { linearScale, logScale, positiveRange } from '../../../../src/math/plot/chartScale.ts'
import { formatPowerOfTen } from '../../../../src/math/format/formatNumber.ts'

describe('chart scales', () => {
  it('log scale: equal decades take equal pixels, ticks at powers of ten', () => {
    const s = logScale(1e-3, 1e1, 100, 0) // y grows upwards: the bottom pixel is 100
    expect(s.toPixel(1e-3)).toBeCloseTo(100, 12)
    expect(s.toPixel(1e1)).toBeCloseTo(0, 12)
    expect(s.toPixel(1e-1)).toBeCloseTo(50, 12)
    expect(s.ticks).toEqual([1e-3, 1e-2, 1e-1, 1, 10])
  })

  it('log scale: zero, negatives and NaN have no pixel', () => {
    const s = logScale(1, 100, 0, 10)
    expect(s.toPixel(0)).toBeNaN()
    expect(s.toPixel(-5)).toBeNaN()
    expect(s.toPixel(NaN)).toBeNaN()
  })

  it('log scale thins its ticks past 8 decades', () => {
    expect(logScale(1e-12, 1, 0, 1).ticks.map((t) => Math.round(Math.log10(t)))).toEqual([-12, -10, -8, -6, -4, -2, 0])
  })

  it('linear scale maps ends to ends', () => {
    const s = linearScale(0, 200, 40, 340)
    expect(s.toPixel(0)).toBe(40)
    expect(s.toPixel(100)).toBe(190)
    expect(s.toPixel(200)).toBe(340)
  })

  it('positiveRange: positive finite values only, first count entries, minus offsets, widened to decades', () => {
    const a = Float64Array.of(5, 0.02, -1, NaN, 1e9)
    const b = Float64Array.of(Infinity, 300)
    expect(positiveRange([a, b], [3, 2])).toEqual({ lo: 0.01, hi: 1000 })
    // Offsets: f − f* with f* = 1 turns [3, 1.5] into [2, 0.5].
    expect(positiveRange([Float64Array.of(3, 1.5)], [2], [1])).toEqual({ lo: 0.1, hi: 10 })
    expect(positiveRange([Float64Array.of(-1, 0)], [2])).toBeNull()
  })

  it('positiveRange floors the bottom at 1e-16 of the top (below that is round-off)', () => {
    const range = positiveRange([Float64Array.of(1, 1e-300)], [2])!
    expect(Math.log10(range.lo)).toBeCloseTo(-16, 12)
    expect(range.hi).toBe(1)
  })

  it('formats powers of ten briefly', () => {
    expect([1e-6, 1e-2, 0.1, 1, 10, 1000, 1e4].map(formatPowerOfTen)).toEqual(['1e-6', '0.01', '0.1', '1', '10', '1000', '1e4'])
  })
})
