import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fitZRange, percentileOfSorted, sampleGrid } from '../../../../src/math/plot/fitZRange.ts'

const square = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }

describe('sampleGrid', () => {
  it('samples the n × n vertices row by row, corners included', () => {
    const values = sampleGrid((x, y) => 10 * x + y, { xMin: 0, xMax: 2, yMin: 0, yMax: 1 }, 3)
    // x ∈ {0, 1, 2}, y ∈ {0, 0.5, 1}
    expect([...values]).toEqual([0, 10, 20, 0.5, 10.5, 20.5, 1, 11, 21])
  })
})

describe('percentileOfSorted', () => {
  it('interpolates linearly between order statistics', () => {
    expect(percentileOfSorted([0, 10, 20, 30, 40], 0.5)).toBe(20)
    expect(percentileOfSorted([0, 10, 20, 30, 40], 0.1)).toBeCloseTo(4, 12) // position 0.4 between 0 and 10
  })
})

describe('fitZRange', () => {
  it('frames a smooth function by its true extremes plus a 5% margin', () => {
    // sin(x)·cos(y) on a grid through 0 and ±π/2 reaches exactly ±1.
    const values = sampleGrid((x, y) => Math.sin(x) * Math.cos(y), { xMin: -Math.PI, xMax: Math.PI, yMin: -Math.PI, yMax: Math.PI }, 65)
    const range = fitZRange(values)
    expect(range.min).toBeCloseTo(-1.1, 9)
    expect(range.max).toBeCloseTo(1.1, 9)
  })

  it('ignores NaN and ±Infinity', () => {
    const range = fitZRange([NaN, Infinity, -Infinity, 0, 1, 2, 3, 4, NaN], { pad: 0 })
    expect(range).toEqual({ min: 0, max: 4 })
  })

  it('drops a lone huge outlier', () => {
    const values = Array.from({ length: 1000 }, (_, k) => Math.sin(k))
    values.push(1e9)
    const range = fitZRange(values)
    expect(range.max).toBeLessThan(1.2)
    expect(range.min).toBeLessThan(-0.99)
  })

  it('keeps the body of 1/x but not its pole', () => {
    const range = fitZRange(sampleGrid((x) => 1 / x, square, 64))
    // Columns next to x = 0 reach ±1/(3/63) = ±21: cut. Columns from |x| ≥ 1/3 (|f| ≤ 3) must stay inside.
    expect(range.max).toBeLessThan(21)
    expect(range.min).toBeGreaterThan(-21)
    expect(range.max).toBeGreaterThan(3)
    expect(range.min).toBeLessThan(-3)
  })

  it('handles log(x) + y, undefined on half the domain', () => {
    const range = fitZRange(sampleGrid((x, y) => Math.log(x) + y, square, 64))
    expect(Number.isFinite(range.min) && Number.isFinite(range.max)).toBe(true)
    // The upper extreme is smooth: log(3) + 3.
    expect(range.max).toBeGreaterThan(Math.log(3) + 3)
  })

  it('gives [-1, 1] when nothing is finite, and a non-degenerate range for a constant', () => {
    expect(fitZRange([NaN, Infinity])).toEqual({ min: -1, max: 1 })
    const flat = fitZRange([2, 2, 2], { pad: 0 })
    expect(flat.min).toBeLessThan(2)
    expect(flat.max).toBeGreaterThan(2)
    expect((flat.min + flat.max) / 2).toBeCloseTo(2, 12)
  })

  it('contains every sample of a distribution without outliers (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.double({ min: 1e-2, max: 1e3, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 200 }),
        (lo, span, unit) => {
          // An even spread of 100 values over [lo, lo + span] plus up to 200 anywhere in it: however the extra values
          // cluster, the spread keeps the ends within reach of the body, so nothing is an outlier.
          const even = Array.from({ length: 100 }, (_, k) => lo + (span * k) / 99)
          const samples = [...even, ...unit.map((u) => lo + u * span)]
          const range = fitZRange(samples)
          expect(range.min).toBeLessThanOrEqual(Math.min(...samples))
          expect(range.max).toBeGreaterThanOrEqual(Math.max(...samples))
        },
      ),
      { seed: 42, numRuns: 300 },
    )
  })
})
