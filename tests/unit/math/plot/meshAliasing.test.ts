// The aliasing check on known answers: sin(kx) at a known number of cells per wavelength (the threshold is
// "fewer than about 3.2 cells per wave"), smooth bowls and peaks (never), poles (steep but monotone: never), ripples
// as Explore draws them, and a suggested resolution that does clear the note.
import { describe, expect, it } from 'vitest'
import { meshAliasing } from '../../../../src/math/plot/meshAliasing.ts'

const square = { xMin: -4, xMax: 4, yMin: -4, yMax: 4 }
const unit = { min: -1, max: 1 }

/** k for `cellsPerWave` cells of an N-vertex mesh over a width-8 domain: wavelength = cellsPerWave · 8/(N − 1). */
const kFor = (cellsPerWave: number, n: number) => (2 * Math.PI) / ((cellsPerWave * 8) / (n - 1))

describe('meshAliasing: sin(kx) against the mesh', () => {
  // Whole numbers of cells per wave phase-lock with the grid (every crest lands on the same spot of its cell), so the
  // known answers use ratios that sweep all phases.
  it.each([1.3, 1.7, 2.3, 2.7])('%s cells per wavelength at 256×256 is aliased', (cellsPerWave) => {
    const k = kFor(cellsPerWave, 256)
    const r = meshAliasing((x) => Math.sin(k * x), square, 256, unit)
    expect(r.aliased).toBe(true)
    expect(r.suggestedResolution).toBeGreaterThan(256)
  })

  it.each([3.7, 4.3, 6, 10, 100])('%s cells per wavelength at 256×256 is drawn', (cellsPerWave) => {
    const k = kFor(cellsPerWave, 256)
    expect(meshAliasing((x) => Math.sin(k * x), square, 256, unit).aliased).toBe(false)
  })

  it('the same k is aliased on a coarse mesh and fine on a dense one', () => {
    const k = 30 // 8·30/2π ≈ 38 waves across: 64 vertices give 1.6 cells per wave, 512 give 13
    const f = (x: number, y: number) => Math.sin(k * x) * Math.cos(k * y)
    expect(meshAliasing(f, square, 64, unit).aliased).toBe(true)
    expect(meshAliasing(f, square, 512, unit).aliased).toBe(false)
  })

  it('far beyond Nyquist (several waves per cell) it is still aliased, not mistaken for smooth', () => {
    const k = kFor(0.1, 256)
    expect(meshAliasing((x) => Math.sin(k * x), square, 256, unit).aliased).toBe(true)
  })
})

describe('meshAliasing: Explore’s ripples a·sin(bx)·cos(by) at the default 256×256', () => {
  const ripples = (b: number) => (x: number, y: number) => Math.sin(b * x) * Math.cos(b * y)
  it('b = 1 (the default) and b = 20 are drawn; b = 94 and b = 200 alias', () => {
    expect(meshAliasing(ripples(1), square, 256, unit).aliased).toBe(false)
    expect(meshAliasing(ripples(20), square, 256, unit).aliased).toBe(false)
    expect(meshAliasing(ripples(94), square, 256, unit).aliased).toBe(true)
    expect(meshAliasing(ripples(200), square, 256, unit).aliased).toBe(true)
  })

  it('the suggested resolution for b = 94 clears the note, and b = 200 needs more than the 1024 the GUI allows', () => {
    const at94 = meshAliasing(ripples(94), square, 256, unit).suggestedResolution!
    // 8·94/2π ≈ 120 waves across at 6 cells each ≈ 720 vertices (the 95th-percentile slope reads b a little low).
    expect(at94).toBeGreaterThan(500)
    expect(at94).toBeLessThanOrEqual(1024)
    expect(meshAliasing(ripples(94), square, at94, unit).aliased).toBe(false)
    expect(meshAliasing(ripples(200), square, 256, unit).suggestedResolution).toBeGreaterThan(1024)
  })
})

describe('meshAliasing: smooth surfaces and poles are not aliasing', () => {
  it.each([
    ['x^2 + y^2', (x: number, y: number) => x * x + y * y, { min: 0, max: 32 }],
    ['exp(−10(x²+y²)), a narrow peak', (x: number, y: number) => Math.exp(-10 * (x * x + y * y)), { min: 0, max: 1 }],
    ['|x| + |y|, a corner', (x: number, y: number) => Math.abs(x) + Math.abs(y), { min: 0, max: 8 }],
    ['Rosenbrock', (x: number, y: number) => (1 - x) ** 2 + 100 * (y - x * x) ** 2, { min: 0, max: 40000 }],
  ])('%s', (_, f, z) => {
    expect(meshAliasing(f, square, 256, z).aliased).toBe(false)
  })

  it.each([
    ['1/x', (x: number) => 1 / x, { min: -20, max: 20 }],
    ['1/(x − y)', (x: number, y: number) => 1 / (x - y), { min: -10, max: 10 }],
    ['1/(x² + y²)', (x: number, y: number) => 1 / (x * x + y * y), { min: 0, max: 5 }],
    ['tan(x) + y', (x: number, y: number) => Math.tan(x) + y, { min: -15, max: 15 }],
    ['log(x) + y, undefined for x < 0', (x: number, y: number) => Math.log(x) + y, { min: -8, max: 6 }],
  ])('%s: steep but monotone between vertices', (_, f, z) => {
    expect(meshAliasing(f, square, 256, z).aliased).toBe(false)
  })

  it('an oscillation that speeds up towards a point (a chirp) is aliasing where it covers more than 1% of the plot', () => {
    // sin(40/r) outruns 256² vertices inside r ≈ 0.8 (3% of the plot); sin(1/r) only inside r ≈ 0.13 (0.08%).
    expect(meshAliasing((x, y) => Math.sin(40 / Math.hypot(x, y)), square, 256, unit).aliased).toBe(true)
    expect(meshAliasing((x, y) => Math.sin(1 / Math.hypot(x, y)), square, 256, unit).aliased).toBe(false)
  })
})
