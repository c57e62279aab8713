import { describe, expect, it } from 'vitest'
import { DATASET_2D_NAMES, fashionMnist, makeDataset2d, FASHION_SIDE } from '../../../../src/tensor/models/index.ts'

describe('2D data sets', () => {
  for (const name of DATASET_2D_NAMES) {
    it(`${name}: seeded, balanced, finite, and a different seed gives different points`, () => {
      const a = makeDataset2d(name, { count: 200, seed: 3 })
      const b = makeDataset2d(name, { count: 200, seed: 3 })
      const c = makeDataset2d(name, { count: 200, seed: 4 })
      expect(Array.from(a.x)).toEqual(Array.from(b.x))
      expect(Array.from(a.x)).not.toEqual(Array.from(c.x))
      expect(a.labels.filter((l) => l === 1).length).toBe(100)
      expect(a.x.every(Number.isFinite)).toBe(true)
      expect(Math.max(...a.x.map(Math.abs))).toBeLessThan(3)
    })
  }
  it('XOR labels are the sign of x·y (noise-free)', () => {
    const d = makeDataset2d('xor', { count: 100, noise: 0, seed: 1 })
    for (let i = 0; i < d.count; i++) expect(d.labels[i]).toBe(d.x[2 * i]! * d.x[2 * i + 1]! < 0 ? 1 : 0)
  })
  it('circles put class 0 on radius 1 and class 1 on radius 0.45 (noise-free)', () => {
    const d = makeDataset2d('circles', { count: 50, noise: 0, seed: 1 })
    for (let i = 0; i < d.count; i++) expect(Math.hypot(d.x[2 * i]!, d.x[2 * i + 1]!)).toBeCloseTo(d.labels[i] === 0 ? 1 : 0.45, 5)
  })
  it('rejects bad options with a specific message', () => {
    expect(() => makeDataset2d('moons', { count: 1 })).toThrow(/count must be an integer in \[2, 100000\], got 1/)
    expect(() => makeDataset2d('moons', { noise: -1 })).toThrow(/noise must be in \[0, 1\]/)
    expect(() => makeDataset2d('rings' as never)).toThrow(/unknown data set 'rings'/)
  })
})

describe('Fashion-MNIST subset', () => {
  it('is 500 + 200 balanced 14×14 images in [0, 1] that are not blank', () => {
    const { train, test } = fashionMnist()
    expect(FASHION_SIDE).toBe(14)
    expect([train.count, test.count, train.features, train.classes]).toEqual([500, 200, 196, 10])
    for (let k = 0; k < 10; k++) expect(train.labels.filter((l) => l === k).length).toBe(50)
    expect(train.x.every((v) => v >= 0 && v <= 1)).toBe(true)
    // every image has some ink: mean grey level above 2 %
    for (let i = 0; i < train.count; i++) {
      let s = 0
      for (let p = 0; p < 196; p++) s += train.x[i * 196 + p]!
      expect(s / 196).toBeGreaterThan(0.02)
    }
  })
})
