import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fitSurfaceZRange } from '../../../../src/math/plot/fitSurfaceZRange.ts'
import { refineExtreme } from '../../../../src/math/plot/refineExtreme.ts'

const square = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }
type F = (x: number, y: number) => number

/** The range covers [lo, hi] and adds at most `slack` of the span on either side (the nice-step rounding). */
function expectFrames(fn: F, lo: number, hi: number, slack = 0.06, domain = square) {
  const r = fitSurfaceZRange(fn, domain)
  expect(r.min).toBeLessThanOrEqual(lo)
  expect(r.max).toBeGreaterThanOrEqual(hi)
  expect(lo - r.min).toBeLessThanOrEqual(slack * (hi - lo))
  expect(r.max - hi).toBeLessThanOrEqual(slack * (hi - lo))
  expect(r.clippedBelow || r.clippedAbove).toBe(false)
  return r
}

describe('fitSurfaceZRange: smooth extremes stay whole', () => {
  it('a Gaussian bump reads [0, 1] (the old fit drew a chimney cut at 0.7)', () => {
    const r = expectFrames((x, y) => Math.exp(-(x * x + y * y)), 0, 1)
    expect(r).toMatchObject({ min: 0, max: 1 })
  })

  it('a narrow peak that falls between samples is found: exp(−10 r²) and exp(−1000 r²) reach 1', () => {
    expectFrames((x, y) => Math.exp(-10 * (x * x + y * y)), 0, 1)
    expectFrames((x, y) => Math.exp(-1000 * (x * x + y * y)), 0, 1)
  })

  it('a narrow pit below a broad bump keeps both (Gaussian bumps)', () => {
    const f: F = (x, y) => Math.exp(-4 * ((x - 1) ** 2 + y * y)) - 0.8 * Math.exp(-6 * ((x + 1) ** 2 + (y - 1) ** 2))
    expectFrames(f, -0.8, 1)
  })

  it('a paraboloid reads [0, max] without a 5% margin below 0', () => {
    const r = expectFrames((x, y) => x * x + y * y, 0, 32, 0.06, { xMin: -4, xMax: 4, yMin: -4, yMax: 4 })
    expect(r.min).toBe(0)
  })

  it('corners, cusps and the Rosenbrock valley are bounded', () => {
    expectFrames((x, y) => Math.abs(x) + Math.abs(y), 0, 6)
    expectFrames((x, y) => -Math.cbrt(Math.hypot(x, y)), -Math.cbrt(Math.hypot(3, 3)), 0)
    expectFrames((x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, 0, 2509, 0.06, { xMin: -2, xMax: 2, yMin: -1, yMax: 3 })
  })

  it('a parameter scales the range: 4.5·sin(x)cos(y) reads ±4.5', () => {
    const r = expectFrames((x, y) => 4.5 * Math.sin(x) * Math.cos(y), -4.5, 4.5, 0.06)
    expect(r).toMatchObject({ min: -4.5, max: 4.5 })
  })
})

describe('fitSurfaceZRange: poles are clipped and flagged', () => {
  it('1/(x − y) stays bounded, cut at both ends', () => {
    const r = fitSurfaceZRange((x, y) => 1 / (x - y), square)
    expect(r.clippedAbove && r.clippedBelow).toBe(true)
    expect(r.max).toBeLessThan(50)
    expect(r.min).toBeGreaterThan(-50)
    // The body stays: |f| ≤ 2 wherever |x − y| ≥ 1/2, a good part of the square.
    expect(r.max).toBeGreaterThan(2)
    expect(r.min).toBeLessThan(-2)
  })

  it('1/x and tan(x) + y are cut on both sides', () => {
    for (const f of [(x: number) => 1 / x, (x: number, y: number) => Math.tan(x) + y]) {
      const r = fitSurfaceZRange(f, square)
      expect(r.clippedAbove && r.clippedBelow).toBe(true)
      expect(r.max).toBeLessThan(100)
    }
  })

  it('a log singularity is unbounded too: log(x² + y²) is cut below, not above', () => {
    const r = fitSurfaceZRange((x, y) => Math.log(x * x + y * y), square)
    expect(r).toMatchObject({ clippedBelow: true, clippedAbove: false })
    expect(r.max).toBeGreaterThanOrEqual(Math.log(18))
    expect(r.min).toBeGreaterThan(-20)
  })

  it('1/(x² + y²) is cut above only, and its floor is the true minimum 1/18', () => {
    const r = fitSurfaceZRange((x, y) => 1 / (x * x + y * y), square)
    expect(r).toMatchObject({ clippedBelow: false, clippedAbove: true })
    expect(r.min).toBeLessThanOrEqual(1 / 18)
    expect(r.min).toBeGreaterThanOrEqual(0)
  })
})

describe('fitSurfaceZRange: undefined regions and plateaus', () => {
  it('log(x) + y, undefined for x ≤ 0: the top is log 3 + 3, the bottom is cut (log → −∞ at x = 0)', () => {
    const r = fitSurfaceZRange((x, y) => Math.log(x) + y, square)
    expect(r.max).toBeGreaterThanOrEqual(Math.log(3) + 3)
    expect(r.max).toBeLessThan(Math.log(3) + 3.5)
    expect(r).toMatchObject({ clippedBelow: true, clippedAbove: false })
  })

  it('sqrt(1 − x² − y²), defined on a disc only: [0, 1]', () => {
    expectFrames((x, y) => Math.sqrt(1 - x * x - y * y), 0, 1)
  })

  it('a constant gets a non-degenerate range around it; nothing finite gives [−1, 1]', () => {
    const r = fitSurfaceZRange(() => 2, square)
    expect(r.min).toBeLessThan(2)
    expect(r.max).toBeGreaterThan(2)
    expect(fitSurfaceZRange(() => NaN, square)).toEqual({ min: -1, max: 1, clippedBelow: false, clippedAbove: false })
  })

  it('a step (plateaus) keeps both levels: sign(x) reads [−1, 1]', () => {
    expectFrames((x) => Math.sign(x), -1, 1)
  })

  it('contains every value of random smooth sums of bumps (property)', () => {
    const bump = fc.record({ a: fc.double({ min: -5, max: 5, noNaN: true }), cx: fc.double({ min: -3, max: 3, noNaN: true }), cy: fc.double({ min: -3, max: 3, noNaN: true }), w: fc.double({ min: 0.3, max: 30, noNaN: true }) })
    fc.assert(
      fc.property(fc.array(bump, { minLength: 1, maxLength: 4 }), (bumps) => {
        const f: F = (x, y) => bumps.reduce((s, b) => s + b.a * Math.exp(-b.w * ((x - b.cx) ** 2 + (y - b.cy) ** 2)), 0)
        const r = fitSurfaceZRange(f, square)
        expect(r.clippedAbove || r.clippedBelow).toBe(false)
        // Each bump's centre value is a value f takes: the range must contain it.
        for (const b of bumps) {
          const v = f(b.cx, b.cy)
          expect(r.min).toBeLessThanOrEqual(v + 1e-9)
          expect(r.max).toBeGreaterThanOrEqual(v - 1e-9)
        }
      }),
      { seed: 7, numRuns: 150 },
    )
  })
})

describe('refineExtreme', () => {
  it('walks from a coarse sample to the true maximum of a smooth peak', () => {
    const r = refineExtreme((x, y) => -((x - 0.123) ** 2) - (y + 0.456) ** 2, square, 0, 0, 0.5, 1, 1)
    expect(r.unbounded).toBe(false)
    expect(r.x).toBeCloseTo(0.123, 6)
    expect(r.y).toBeCloseTo(-0.456, 6)
    expect(r.value).toBeCloseTo(0, 10)
  })

  it('calls a pole unbounded and a steep but bounded wall bounded', () => {
    expect(refineExtreme((x) => 1 / x, square, 0.05, 0, 0.1, 1, 10).unbounded).toBe(true)
    expect(refineExtreme((x) => Math.atan(1e6 * x), square, 0.05, 0, 0.1, 1, 3).unbounded).toBe(false)
  })
})
