import { describe, expect, it } from 'vitest'
import { classifyBasins, gridStarts } from '../../../../src/math/optim/index.ts'

describe('basins', () => {
  it('labels each particle with the nearest minimum within the radius, else −1', () => {
    const minima = [[3, 2], [-3, -3]] as const
    const labels = classifyBasins([3.01, 2, -2.9, -3.05, 0, 0, NaN, 1], minima, 0.2)
    expect(Array.from(labels)).toEqual([0, 1, -1, -1])
  })
  it('places √K×√K starts at cell centres of the domain', () => {
    const s = gridStarts(4, { xMin: 0, xMax: 2, yMin: -1, yMax: 1 })
    expect(Array.from(s)).toEqual([0.5, -0.5, 1.5, -0.5, 0.5, 0.5, 1.5, 0.5])
    expect(gridStarts(4096, { xMin: 0, xMax: 1, yMin: 0, yMax: 1 }).length).toBe(8192)
  })
})
