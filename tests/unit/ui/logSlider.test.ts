import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { logSliderPosition, logSliderRange, logSliderValue } from '../../../src/ui/logSlider.ts'

const res = { kind: 'integer', min: 16, max: 1024 } as const
const rate = { kind: 'number', min: 0.01, max: 1000 } as const

describe('log sliders', () => {
  it('span log10 of the range', () => {
    expect(logSliderRange(rate)).toEqual({ min: -2, max: 3 })
    expect(logSliderRange(res).min).toBeCloseTo(Math.log10(16), 15)
    expect(() => logSliderRange({ kind: 'number', min: 0, max: 1 })).toThrow(/needs min > 0/)
  })

  it('equal slider travel multiplies the value by an equal factor', () => {
    const step = Math.log10(2)
    expect(logSliderValue(res, Math.log10(16) + step)).toBe(32)
    expect(logSliderValue(res, Math.log10(16) + 4 * step)).toBe(256)
    expect(logSliderValue(rate, 2)).toBe(100)
  })

  it('rounds to whole numbers for integers and 3 significant digits otherwise', () => {
    expect(logSliderValue(res, Math.log10(100.4))).toBe(100)
    expect(logSliderValue(rate, Math.log10(1.23456))).toBe(1.23)
  })

  it('clamps positions outside the range', () => {
    expect(logSliderValue(res, 5)).toBe(1024)
    expect(logSliderPosition(res, 1)).toBeCloseTo(Math.log10(16), 15)
  })

  it('reads back every integer of the range exactly (position → value inverts value → position)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 1024 }), (n) => logSliderValue(res, logSliderPosition(res, n)) === n),
      { seed: 42, numRuns: 300 },
    )
  })
})
