import { describe, expect, it } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { createPlotTransform } from '../../../../src/math/plot/index.ts'
import { createGradientFieldSampler } from '../../../../src/math/instruments/gradientField.ts'
import { arrowColor, ARROW_CELL_FRACTION, writeArrowInstances } from '../../../../src/math/instruments/arrowInstances.ts'

const domain = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }

describe('gradient field (batched)', () => {
  it('∇(a·sin x·cos y) at every cell centre, from the hand-written formula', () => {
    const sampler = createGradientFieldSampler(parse('a*sin(x)*cos(y)'))
    const a = 1.7
    const n = 16
    const field = sampler.sample({ a }, domain, n)
    for (const i of [0, 17, 100, 255]) {
      const x = -3 + ((i % n) + 0.5) * (6 / n)
      const y = -3 + (Math.floor(i / n) + 0.5) * (6 / n)
      expect(field.xs[i]).toBeCloseTo(x, 14)
      expect(field.ys[i]).toBeCloseTo(y, 14)
      expect(field.gx[i]).toBeCloseTo(a * Math.cos(x) * Math.cos(y), 13)
      expect(field.gy[i]).toBeCloseTo(-a * Math.sin(x) * Math.sin(y), 13)
      expect(field.norms[i]).toBeCloseTo(Math.hypot(field.gx[i]!, field.gy[i]!), 14)
    }
  })

  it('re-sampling with new parameters reuses the arrays and changes the values', () => {
    const sampler = createGradientFieldSampler(parse('a*x^2 + y'))
    const first = sampler.sample({ a: 1 }, domain, 8)
    const gx0 = first.gx[5]
    const second = sampler.sample({ a: 3 }, domain, 8, first)
    expect(second).toBe(first)
    expect(second.gx[5]).toBeCloseTo(3 * gx0!, 12)
  })

  it('the reference norm is the 95th percentile, so one pole does not shrink every arrow', () => {
    const field = createGradientFieldSampler(parse('1/(x^2 + y^2)')).sample({}, domain, 32)
    const finite = [...field.norms].filter(Number.isFinite).sort((p, q) => p - q)
    expect(field.referenceNorm).toBe(finite[Math.floor(0.95 * (finite.length - 1))])
    expect(field.referenceNorm).toBeLessThan(finite[finite.length - 1]!)
  })

  it('NaN where f is undefined, even where the symbolic derivative has a value (d/dx log x = 1/x at x < 0)', () => {
    const field = createGradientFieldSampler(parse('log(x)')).sample({}, domain, 4)
    expect(field.norms[0]).toBeNaN() // x = −2.25
    expect(field.gx[0]).toBeNaN()
    expect(field.norms[3]).toBeCloseTo(1 / 2.25, 14) // x = 2.25
  })
})

describe('arrow instances', () => {
  it('each matrix maps the unit arrow onto a segment centred on its cell, along ∇f in world space', () => {
    const n = 4
    const transform = createPlotTransform(domain, { min: -10, max: 10 })
    const field = createGradientFieldSampler(parse('2*x + y')).sample({}, domain, n)
    const matrices = new Float32Array(n * n * 16)
    const colors = new Float32Array(n * n * 3)
    writeArrowInstances(field, transform, 'floor', matrices, colors)
    const m = matrices.subarray(16 * 5, 16 * 6)
    // Column-major: local (0,0,0) ↦ column 3, local (1,0,0) ↦ column 0 + column 3.
    const start = [m[12]!, m[13]!]
    const end = [m[0]! + m[12]!, m[1]! + m[13]!]
    const centre = transform.toWorld(field.xs[5]!, field.ys[5]!, 0)
    expect((start[0]! + end[0]!) / 2).toBeCloseTo(centre.x, 6)
    expect((start[1]! + end[1]!) / 2).toBeCloseTo(centre.y, 6)
    // Constant gradient (2, 1): every arrow is full length (|∇f| = reference) and points along (2, 1) (equal x/y scales).
    const length = Math.hypot(end[0]! - start[0]!, end[1]! - start[1]!)
    expect(length).toBeCloseTo((ARROW_CELL_FRACTION * 2) / n, 6)
    expect((end[1]! - start[1]!) / (end[0]! - start[0]!)).toBeCloseTo(0.5, 6)
    expect(m[14]).toBeCloseTo(-transform.halfExtent.z + 1e-3, 6)
    // Colour buffers hold linear RGB: the sRGB ramp value decoded with the sRGB transfer function, written out here.
    const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
    const [r, g, b] = arrowColor(1)
    expect(colors[15]).toBeCloseTo(linear(r), 6)
    expect(colors[16]).toBeCloseTo(linear(g), 6)
    expect(colors[17]).toBeCloseTo(linear(b), 6)
  })

  it('undefined arrows get a zero matrix (nothing drawn); on the surface, so do arrows outside the z range', () => {
    const n = 4
    const transform = createPlotTransform(domain, { min: -1, max: 1 })
    const field = createGradientFieldSampler(parse('log(x) + y')).sample({}, domain, n)
    const matrices = new Float32Array(n * n * 16).fill(7)
    const colors = new Float32Array(n * n * 3)
    writeArrowInstances(field, transform, 'surface', matrices, colors)
    expect([...matrices.subarray(0, 16)].every((v) => v === 0)).toBe(true) // x = −2.25: log undefined
    // Row 0 (y = −2.25), column 3 (x = 2.25): f = log 2.25 − 2.25 ≈ −1.44, below the range.
    expect([...matrices.subarray(16 * 3, 16 * 4)].every((v) => v === 0)).toBe(true)
    // Row 2 (y = 0.75), column 3: f ≈ 1.56 > 1, also out; row 1 (y = −0.75), column 2 (x = 0.75): f ≈ −1.04, out; row 1 col 3: f ≈ 0.06, drawn.
    expect(matrices[16 * 7 + 15]).toBe(1)
  })

  it('arrowColor runs pale yellow → orange → red', () => {
    expect(arrowColor(0)).toEqual([1, 0.87, 0.45])
    expect(arrowColor(0.5)).toEqual([0.96, 0.45, 0.1])
    expect(arrowColor(1)[0]).toBeCloseTo(0.62, 12)
    expect(arrowColor(-3)).toEqual(arrowColor(0))
  })
})

describe('arrow instances on the surface', () => {
  it('lie in the tangent plane, pointing uphill, centred (up to a small lift) on the surface point', () => {
    const n = 4
    const d = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }
    const transform = createPlotTransform(d, { min: -10, max: 10 })
    const field = createGradientFieldSampler(parse('x^2 + 2*y')).sample({}, d, n)
    const matrices = new Float32Array(n * n * 16)
    writeArrowInstances(field, transform, 'surface', matrices, new Float32Array(n * n * 3))
    const i = 6 // row 1 (y = −0.5), column 2 (x = 0.5): ∇f = (1, 2), f = −0.75
    const m = matrices.subarray(16 * i, 16 * i + 16)
    const along = [m[0]!, m[1]!, m[2]!]
    // The tangent plane's uphill direction in world units: (sx·fx, sy·fy, sz·(fx² + fy²)).
    const { scale } = transform
    const uphill = [scale.x * 1, scale.y * 2, scale.z * 5]
    const cos = (along[0]! * uphill[0]! + along[1]! * uphill[1]! + along[2]! * uphill[2]!) / (Math.hypot(...along) * Math.hypot(...uphill))
    expect(cos).toBeCloseTo(1, 6)
    const mid = [m[12]! + along[0]! / 2, m[13]! + along[1]! / 2, m[14]! + along[2]! / 2]
    const onSurface = transform.toWorld(0.5, -0.5, -0.75)
    expect(Math.hypot(mid[0]! - onSurface.x, mid[1]! - onSurface.y, mid[2]! - onSurface.z)).toBeLessThan(0.005)
  })

  it('are never sheared, even when the box stretches x and y differently (a domain wider than 4 : 1)', () => {
    const n = 4
    const wide = { xMin: -8, xMax: 8, yMin: -1, yMax: 1 } // 8 : 1, so the box holds y at a quarter of x: sx ≠ sy
    const transform = createPlotTransform(wide, { min: -20, max: 20 })
    expect(transform.scale.x).not.toBeCloseTo(transform.scale.y, 3)
    const field = createGradientFieldSampler(parse('x + 3*y + x*y')).sample({}, wide, n)
    for (const placement of ['floor', 'surface'] as const) {
      const matrices = new Float32Array(n * n * 16)
      writeArrowInstances(field, transform, placement, matrices, new Float32Array(n * n * 3))
      const m = matrices.subarray(16 * 5, 16 * 6)
      const col = (k: number) => [m[4 * k]!, m[4 * k + 1]!, m[4 * k + 2]!]
      const dot = (a: number[], b: number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!
      const [along, across, normal] = [col(0), col(1), col(2)]
      const L = Math.hypot(...along)
      // Orthogonal columns of equal length: a rotation times a uniform scale, no shear.
      expect(Math.abs(dot(along, across)) / (L * L)).toBeLessThan(1e-6)
      expect(Math.abs(dot(along, normal)) / (L * L)).toBeLessThan(1e-6)
      expect(Math.abs(dot(across, normal)) / (L * L)).toBeLessThan(1e-6)
      expect(Math.hypot(...across)).toBeCloseTo(L, 6)
      // The arrow still shows ∇f's own direction on the floor: (sx·fx, sy·fy), with ∇f = (1 + y, 3 + x) at the cell centre.
      if (placement === 'floor') {
        const fx = 1 + field.ys[5]!
        const fy = 3 + field.xs[5]!
        expect(along[1]! / along[0]!).toBeCloseTo((transform.scale.y * fy) / (transform.scale.x * fx), 5)
      }
    }
  })
})
