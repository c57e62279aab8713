import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { FixedStepClock, MAX_FRAME_SECONDS } from '../../../../src/math/optim/fixedStepClock.ts'

const run = (clock: FixedStepClock, dts: readonly number[], rate: number, cap: number) => dts.reduce((sum, dt) => sum + clock.advance(dt, rate, cap), 0)

describe('FixedStepClock', () => {
  it('takes rate × time whole steps: 64 frames of 1/64 s at 200 steps/s is 200 steps', () => {
    expect(run(new FixedStepClock(), new Array(64).fill(1 / 64), 200, 1000)).toBe(200)
  })

  it('is independent of the frame rate: 30 fps and 120 fps give the same count over 2 s (±1 for the carry)', () => {
    const slow = run(new FixedStepClock(), new Array(60).fill(1 / 30), 137, 1000)
    const fast = run(new FixedStepClock(), new Array(240).fill(1 / 120), 137, 1000)
    expect(Math.abs(slow - 274)).toBeLessThanOrEqual(1)
    expect(Math.abs(fast - 274)).toBeLessThanOrEqual(1)
  })

  it('carries fractions: 3 frames of 0.5 steps each give 0, 1, 0 steps', () => {
    const clock = new FixedStepClock()
    expect([0.5, 0.5, 0.5].map((dt) => clock.advance(dt / 10, 10, 100))).toEqual([0, 1, 0])
  })

  it('caps a frame at maxStepsPerFrame and drops the excess instead of owing it', () => {
    const clock = new FixedStepClock()
    expect(clock.advance(0.1, 1000, 50)).toBe(50)
    expect(clock.advance(0, 1000, 50)).toBe(0)
  })

  it('accounts at most MAX_FRAME_SECONDS for one frame (a stall does not jump the race ahead)', () => {
    expect(new FixedStepClock().advance(10, 100, 1e9)).toBe(Math.floor(MAX_FRAME_SECONDS * 100))
  })

  it('treats NaN, negative and infinite inputs as no time', () => {
    const clock = new FixedStepClock()
    expect(clock.advance(NaN, 100, 10)).toBe(0)
    expect(clock.advance(-1, 100, 10)).toBe(0)
    expect(clock.advance(0.1, NaN, 10)).toBe(0)
  })

  it('reset forgets the carried fraction', () => {
    const clock = new FixedStepClock()
    clock.advance(0.009, 100, 10) // 0.9 of a step carried
    clock.reset()
    expect(clock.advance(0.005, 100, 10)).toBe(0)
  })

  it('property: without the cap, the total is floor(rate × Σdt) for any frame times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 100 }), fc.integer({ min: 1, max: 500 }), (ms, rate) => {
        // Frame times in whole milliseconds, rate in steps/s: rate·Σdt is then a ratio of integers we can floor exactly.
        const total = run(new FixedStepClock(), ms.map((m) => m / 1000), rate, 1e9)
        const exact = Math.floor((rate * ms.reduce((a, b) => a + b, 0)) / 1000)
        return Math.abs(total - exact) <= 1 && total <= exact
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})
