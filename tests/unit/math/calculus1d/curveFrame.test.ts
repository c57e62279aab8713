import { describe, expect, it } from 'vitest'
import { createCurveFrame, fitCurveWindow } from '../../../../src/math/calculus1d/index.ts'

describe('createCurveFrame', () => {
  const frame = createCurveFrame({ xMin: -2, xMax: 6, yMin: -1, yMax: 3 }, { centerX: 0.5, centerZ: 0, halfWidth: 1, halfHeight: 0.8 })
  it('maps the window corners onto the rectangle corners', () => {
    expect(frame.worldX(-2)).toBeCloseTo(-0.5, 14)
    expect(frame.worldX(6)).toBeCloseTo(1.5, 14)
    expect(frame.worldZ(-1)).toBeCloseTo(-0.8, 14)
    expect(frame.worldZ(3)).toBeCloseTo(0.8, 14)
    expect(frame.scaleX).toBeCloseTo(2 / 8, 14)
    expect(frame.scaleY).toBeCloseTo(1.6 / 4, 14)
  })
  it('mathX inverts worldX', () => {
    for (const x of [-2, 0, 1.7, 6]) expect(frame.mathX(frame.worldX(x))).toBeCloseTo(x, 12)
  })
  it('refuses an empty window with a sentence that says which', () => {
    expect(() => createCurveFrame({ xMin: 1, xMax: 1, yMin: 0, yMax: 1 }, frame.rect)).toThrow(/xMin < xMax/)
  })
})

describe('fitCurveWindow', () => {
  it('frames sin on [−π, π] with a small margin and keeps 0 inside', () => {
    const w = fitCurveWindow([Math.sin], -Math.PI, Math.PI)
    expect(w.yMin).toBeLessThan(-1)
    expect(w.yMin).toBeGreaterThan(-1.3)
    expect(w.yMax).toBeGreaterThan(1)
    expect(w.yMax).toBeLessThan(1.3)
  })
  it('is not squashed by the poles of tan, nor by those of its derivative sec²', () => {
    const w = fitCurveWindow([Math.tan], -3, 3)
    expect(w.yMax - w.yMin).toBeLessThan(200)
    const d = fitCurveWindow([(x) => 1 / Math.cos(x) ** 2], -4, 4)
    expect(d.yMax).toBeLessThan(60)
    expect(d.yMin).toBeLessThan(1) // sec² ≥ 1 stays in view
    expect(d.yMin).toBeGreaterThan(-5)
  })
  it('keeps the true extremes of a smooth curve: x³ − 3x on [−2.5, 2.5] reaches ±8.125', () => {
    const w = fitCurveWindow([(x) => x ** 3 - 3 * x], -2.5, 2.5)
    expect(w.yMax).toBeGreaterThan(8.125)
    expect(w.yMin).toBeLessThan(-8.125)
  })
  it('includes the x axis when the curve sits just above it, and not when it is far away', () => {
    expect(fitCurveWindow([(x) => 0.2 + x], 0, 1).yMin).toBe(0)
    expect(fitCurveWindow([(x) => 2 + x], 0, 1).yMin).toBeGreaterThan(1.8)
  })
})
