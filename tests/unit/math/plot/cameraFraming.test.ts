import { describe, expect, it } from 'vitest'
import { defaultCameraPosition, framingDistance } from '../../../../src/math/plot/cameraFraming.ts'

describe('framingDistance', () => {
  it('fits a unit sphere in a 90° square view at √2', () => {
    // The sphere touches the view's edges when sin(45°) = r / d.
    expect(framingDistance(1, 90, 1)).toBeCloseTo(Math.SQRT2, 12)
  })

  it('steps back for a portrait canvas, where the horizontal angle is the narrower one', () => {
    const halfH = Math.atan(Math.tan(Math.PI / 4) * 0.5) // aspect 0.5
    expect(framingDistance(1, 90, 0.5)).toBeCloseTo(1 / Math.sin(halfH), 12)
    expect(framingDistance(1, 90, 2)).toBeCloseTo(Math.SQRT2, 12)
  })
})

describe('defaultCameraPosition', () => {
  it('looks from azimuth −60° and elevation 30° at the framing distance', () => {
    const half = { x: 1, y: 1, z: 0.8 }
    const p = defaultCameraPosition(half, 50, 16 / 9, 1)
    const distance = Math.hypot(p.x, p.y, p.z)
    expect(distance).toBeCloseTo(framingDistance(Math.hypot(1, 1, 0.8), 50, 16 / 9), 9)
    expect(p.z / distance).toBeCloseTo(0.5, 12) // sin 30°
    expect((Math.atan2(p.y, p.x) * 180) / Math.PI).toBeCloseTo(-60, 9)
  })
})
