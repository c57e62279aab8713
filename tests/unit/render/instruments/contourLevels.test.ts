import { describe, expect, it } from 'vitest'
import { contourLevels } from '../../../../src/render/instruments/contourLevels.ts'

describe('contourLevels', () => {
  it('count levels strictly inside the z range: [−1, 2] with 2 levels puts them at 0 and 1', () => {
    expect(contourLevels(-1, 2, 2, 0)).toEqual({ base: -1, spacing: 1 })
  })
  it('a user-set step wins over the count, with a level at 0', () => {
    expect(contourLevels(-1, 2, 5, 0.25)).toEqual({ base: 0, spacing: 0.25 })
  })
})
