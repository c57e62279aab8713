import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
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
  it('is 500 + 200 balanced 28×28 images in [0, 1] that are not blank', () => {
    const { train, test } = fashionMnist()
    expect(FASHION_SIDE).toBe(28)
    expect([train.count, test.count, train.features, train.classes]).toEqual([500, 200, 784, 10])
    for (let k = 0; k < 10; k++) expect(train.labels.filter((l) => l === k).length).toBe(50)
    for (let k = 0; k < 10; k++) expect(test.labels.filter((l) => l === k).length).toBe(20)
    expect(train.x.every((v) => v >= 0 && v <= 1)).toBe(true)
    // every image has some ink: mean grey level above 2 %
    for (let i = 0; i < train.count; i++) {
      let s = 0
      for (let p = 0; p < 784; p++) s += train.x[i * 784 + p]!
      expect(s / 784).toBeGreaterThan(0.02)
    }
  })

  it('holds the native images of the package, unpooled: training image 10·k + label is image k of that class', () => {
    const { train, test } = fashionMnist()
    const require = createRequire(import.meta.url)
    const file = join(dirname(require.resolve('fashion-mnist/package.json')), 'src/clothes/7.json')
    const sneakers = (JSON.parse(readFileSync(file, 'utf8')) as { data: number[][] }).data
    for (const k of [0, 3, 49]) {
      const ours = Array.from(train.x.subarray((10 * k + 7) * 784, (10 * k + 8) * 784), (v) => Math.round(v * 255))
      expect(ours).toEqual(sneakers[k])
    }
    // held-out image j of a class is the class's image 50 + j (never one of the training images)
    const heldOut = Array.from(test.x.subarray((10 * 2 + 7) * 784, (10 * 2 + 8) * 784), (v) => Math.round(v * 255))
    expect(heldOut).toEqual(sneakers[52])
  })
})
