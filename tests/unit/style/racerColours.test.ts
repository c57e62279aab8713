import { describe, expect, it } from 'vitest'
import { OPTIMIZER_NAMES } from '../../../src/math/optim/index.ts'
import { OPTIMIZER_COLOURS, OPTIMIZER_LABELS, UNRESOLVED_COLOUR, basinColour } from '../../../src/style/racerColours.ts'

describe('racer and basin colours', () => {
  it('every optimizer has its own colour and label', () => {
    expect(new Set(OPTIMIZER_NAMES.map((n) => OPTIMIZER_COLOURS[n])).size).toBe(OPTIMIZER_NAMES.length)
    expect(new Set(OPTIMIZER_NAMES.map((n) => OPTIMIZER_LABELS[n])).size).toBe(OPTIMIZER_NAMES.length)
  })

  it('basins: four minima get four different colours, none of them the unresolved grey', () => {
    const colours = [0, 1, 2, 3].map(basinColour)
    expect(new Set(colours).size).toBe(4)
    expect(colours).not.toContain(UNRESOLVED_COLOUR)
    expect(basinColour(-1)).toBe(UNRESOLVED_COLOUR)
    expect(basinColour(NaN)).toBe(UNRESOLVED_COLOUR)
  })
})
