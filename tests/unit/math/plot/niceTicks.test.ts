import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatTick, niceStep, niceTicks, decimalsForStep } from '../../../../src/math/plot/niceTicks.ts'

describe('niceTicks', () => {
  it.each([
    // [min, max, expected]: worked by hand from span/5 rounded to the nearest 1, 2 or 5 × 10^k on a log scale
    [-3, 3, [-3, -2, -1, 0, 1, 2, 3]], // 6/5 = 1.2 → 1
    [0, 1, [0, 0.2, 0.4, 0.6, 0.8, 1]], // 0.2 → 2 × 0.1
    [-1.05, 1.05, [-1, -0.5, 0, 0.5, 1]], // 0.42 → 5 × 0.1
    [0, 0.3, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]], // 0.06 → 5 × 0.01
    [2, 98, [20, 40, 60, 80]], // 19.2 → 2 × 10
    [-7.7, 7.7, [-6, -4, -2, 0, 2, 4, 6]], // 3.08 → 2
  ])('niceTicks(%d, %d) is %j', (min, max, expected) => {
    expect(niceTicks(min, max)).toEqual(expected)
  })

  it('has no float noise and no negative zero', () => {
    const ticks = niceTicks(-0.3, 0.3)
    expect(ticks).toContain(0.1)
    expect(ticks).toContain(-0.1)
    expect(Object.is(ticks[ticks.indexOf(0)], -0)).toBe(false)
  })

  it('gives ticks inside the range, equally spaced by a 1-2-5 step (property)', () => {
    const range = fc
      .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }))
      .map(([lo, span]) => [lo, lo + span] as const)
    fc.assert(
      fc.property(range, ([lo, hi]) => {
        const ticks = niceTicks(lo, hi)
        const step = niceStep(hi - lo)
        const mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-9))
        expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6)).toBe(true)
        expect(ticks.length).toBeGreaterThanOrEqual(2)
        expect(ticks.length).toBeLessThanOrEqual(12)
        // Float rounding of the bounds themselves (an ulp of 1e6 is 1e-10) also counts as "on the bound".
        const slack = step * 1e-6 + 1e-12 * Math.max(Math.abs(lo), Math.abs(hi))
        for (const t of ticks) {
          expect(t).toBeGreaterThanOrEqual(lo - slack)
          expect(t).toBeLessThanOrEqual(hi + slack)
        }
        for (let k = 1; k < ticks.length; k++) expect(ticks[k]! - ticks[k - 1]!).toBeCloseTo(step, 6)
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('a degenerate range gives its one value', () => {
    expect(niceTicks(2, 2)).toEqual([2])
  })
})

describe('formatTick', () => {
  it.each([
    [0.30000000000000004, 0.1, '0.3'],
    [-0, 1, '0'],
    [2, 0.5, '2.0'],
    [2.5, 0.5, '2.5'],
    [0.25, 0.05, '0.25'],
    [40, 20, '40'],
    [2e-4, 1e-4, '2e-4'],
    [150000, 50000, '1.5e+5'],
  ])('formatTick(%d, step %d) is %s', (value, step, text) => {
    expect(formatTick(value, step)).toBe(text)
  })

  it('decimalsForStep counts the decimals a step needs', () => {
    expect(decimalsForStep(5)).toBe(0)
    expect(decimalsForStep(0.25)).toBe(2)
    expect(decimalsForStep(1e-3)).toBe(3)
  })
  it('keeps ticks on tiny and huge spans (a derivative of 1e-36 got ticks that all rounded to 0)', () => {
    expect(niceTicks(0, 1.2e-36, 4)).toEqual([0, 2e-37, 4e-37, 6e-37, 8e-37, 1e-36, 1.2e-36]) // span/4 = 3e-37 → nearest nice step 2e-37
    expect(niceTicks(1e20, 3e20, 2)).toEqual([1e20, 2e20, 3e20])
    expect(formatTick(6e-37, 3e-37)).toBe('6e-37')
  })
})
