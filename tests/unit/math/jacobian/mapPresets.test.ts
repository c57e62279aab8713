import { describe, expect, it } from 'vitest'
import { freeVariables, parse } from '../../../../src/math/expr/index.ts'
import { createJacobianMap, MAP_PRESETS, squareImage, warpedGrid } from '../../../../src/math/jacobian/index.ts'

describe('MAP_PRESETS', () => {
  for (const [id, preset] of Object.entries(MAP_PRESETS)) {
    it(`${id}: parses, binds all its parameters, and is defined at its point inside its domain`, () => {
      const [u, v] = [parse(preset.u), parse(preset.v)]
      const params: Readonly<Record<string, number>> = 'dynamic' in preset ? preset.dynamic : {}
      const free = [...new Set([...freeVariables(u), ...freeVariables(v)])].filter((n) => n !== 'x' && n !== 'y')
      expect(free.sort()).toEqual(Object.keys(params).sort())
      const [x0, y0] = preset.point
      expect(x0).toBeGreaterThanOrEqual(preset.x[0])
      expect(x0).toBeLessThanOrEqual(preset.x[1])
      expect(y0).toBeGreaterThanOrEqual(preset.y[0])
      expect(y0).toBeLessThanOrEqual(preset.y[1])
      const map = createJacobianMap(u, v, params)
      const point = map.at(x0, y0)
      expect(point.defined).toBe(true)
      expect(Number.isFinite(squareImage(map, point, 0.01).areaRatio)).toBe(true)
      const grid = warpedGrid(map, { xMin: preset.x[0], xMax: preset.x[1], yMin: preset.y[0], yMax: preset.y[1] }, { lines: 5, samples: 32 })
      expect(grid.imageConstX.length).toBeGreaterThan(0)
      expect(Object.values(grid.imageBounds).every(Number.isFinite)).toBe(true)
    })
  }

  it('the determinants the labels promise, at each preset point', () => {
    const detAt = (id: keyof typeof MAP_PRESETS) => {
      const p = MAP_PRESETS[id]
      return createJacobianMap(parse(p.u), parse(p.v), 'dynamic' in p ? p.dynamic : {}).at(p.point[0], p.point[1]).det
    }
    expect(detAt('complexSquare')).toBeCloseTo(4 * (0.8 ** 2 + 0.5 ** 2), 13)
    expect(detAt('polar')).toBeCloseTo(1.2, 14)
    expect(detAt('shear')).toBe(1)
    expect(detAt('swirl')).toBeCloseTo(1, 13)
    expect(detAt('linear')).toBeCloseTo(1.23, 14)
    expect(detAt('fold')).toBeLessThan(0) // the fold's point shows the flipped orientation
  })
})
