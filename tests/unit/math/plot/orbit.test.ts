import { describe, expect, it } from 'vitest'
import { orbitAngle, orbitPosition } from '../../../../src/math/plot/orbit.ts'

describe('camera orbit', () => {
  it('turns about the vertical line through the target, keeping height and radius', () => {
    const p = orbitPosition([3, 1, 2], [1, 1, 0.5], Math.PI / 2)
    expect(p[0]).toBeCloseTo(1, 12)
    expect(p[1]).toBeCloseTo(3, 12) // the offset (2, 0) turned a quarter counter-clockwise is (0, 2)
    expect(p[2]).toBe(2)
  })

  it('frame k of n is at D·k/n, so a 360° loop never repeats its first frame', () => {
    expect(orbitAngle(360, 0, 90)).toBe(0)
    expect(orbitAngle(360, 45, 90)).toBeCloseTo(Math.PI, 12)
    expect(orbitAngle(360, 89, 90)).toBeCloseTo((2 * Math.PI * 89) / 90, 12)
  })
})
