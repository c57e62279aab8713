import { describe, expect, it } from 'vitest'
import { createPlotTransform } from '../../../../src/math/plot/index.ts'
import { clampToDomain, isArrowKey, markerHeight, nudgePoint, roundForLink, worldRayToMath } from '../../../../src/math/instruments/pickedPoint.ts'
import { intersectRayWithGraph } from '../../../../src/math/instruments/raySurface.ts'

const domain = { xMin: -4, xMax: 4, yMin: -2, yMax: 2 }

describe('picked point: keyboard', () => {
  it('arrows move by 1/50 of each side, Shift by 1/500; Up is +y', () => {
    expect(nudgePoint({ x: 0, y: 0 }, 'ArrowRight', false, domain)).toEqual({ x: 0.16, y: 0 })
    expect(nudgePoint({ x: 0, y: 0 }, 'ArrowUp', false, domain)).toEqual({ x: 0, y: 0.08 })
    expect(nudgePoint({ x: 1, y: 1 }, 'ArrowLeft', true, domain)).toEqual({ x: 0.984, y: 1 })
    expect(nudgePoint({ x: 1, y: 1 }, 'ArrowDown', true, domain)).toEqual({ x: 1, y: 0.992 })
  })

  it('never leaves the domain', () => {
    expect(nudgePoint({ x: 3.95, y: -1.99 }, 'ArrowRight', false, domain)).toEqual({ x: 4, y: -1.99 })
    expect(nudgePoint({ x: 0, y: -1.99 }, 'ArrowDown', false, domain)).toEqual({ x: 0, y: -2 })
    expect(clampToDomain(100, -100, domain)).toEqual({ x: 4, y: -2 })
  })

  it('rounds to a hundredth of a fine step (short links), not more', () => {
    const p = clampToDomain(0.123456789, -0.987654321, domain)
    expect(p).toEqual({ x: 0.1235, y: -0.98765 }) // fine steps 0.016 and 0.008 → quanta 1e-4 and 1e-5
    expect(isArrowKey('ArrowUp')).toBe(true)
    expect(isArrowKey('a')).toBe(false)
  })
})

describe('picked point: world ray → math ray', () => {
  it('a ray aimed at the world position of a surface point hits that point', () => {
    const f = (x: number, y: number) => Math.sin(x) * Math.cos(y) + 0.1 * x
    const transform = createPlotTransform(domain, { min: -1.5, max: 1.5 })
    const target = transform.toWorld(1.3, -0.7, f(1.3, -0.7))
    const eye = { x: 2.5, y: -3, z: 2 }
    const dir = { x: target.x - eye.x, y: target.y - eye.y, z: target.z - eye.z }
    const len = Math.hypot(dir.x, dir.y, dir.z)
    const { ray, box } = worldRayToMath(transform, eye, { x: dir.x / len, y: dir.y / len, z: dir.z / len })
    expect(box).toEqual({ xMin: -4, xMax: 4, yMin: -2, yMax: 2, zMin: -1.5, zMax: 1.5 })
    const hit = intersectRayWithGraph(ray, f, box)
    expect(hit).not.toBeNull()
    expect(hit!.x).toBeCloseTo(1.3, 9)
    expect(hit!.y).toBeCloseTo(-0.7, 9)
  })
})

describe('direction dial helpers', () => {
  it('a ray meets the plane z = h where its z reaches h, not behind the origin', async () => {
    const { intersectRayWithHorizontalPlane, angleDegreesTo } = await import('../../../../src/math/instruments/rayPlane.ts')
    expect(intersectRayWithHorizontalPlane({ origin: [0, 0, 5], direction: [1, 2, -1] }, 1)).toEqual({ x: 4, y: 8 })
    expect(intersectRayWithHorizontalPlane({ origin: [0, 0, 5], direction: [1, 0, 1] }, 1)).toBeNull()
    expect(intersectRayWithHorizontalPlane({ origin: [0, 0, 5], direction: [1, 0, 0] }, 1)).toBeNull()
    expect(angleDegreesTo(1, 1, 1, 3)).toBe(90)
    expect(angleDegreesTo(0, 0, 1, -1)).toBe(315)
    expect(angleDegreesTo(0, 0, -1, 0)).toBe(180)
    expect(angleDegreesTo(2, 2, 2, 2)).toBeNaN()
  })
})

describe('picked point: marker height', () => {
  it('is f inside the z range (bounds included), and the floor where f is above, below or not a number', () => {
    const zRange = { min: -2, max: 3 }
    expect(markerHeight(1.5, zRange)).toBe(1.5)
    expect(markerHeight(-2, zRange)).toBe(-2)
    expect(markerHeight(3, zRange)).toBe(3)
    for (const off of [3.0001, 50, -2.5, NaN, Infinity, -Infinity]) expect(markerHeight(off, zRange)).toBe(-2)
  })
})

describe('picked point: rounding for the link', () => {
  it('rounds to the power of ten just below a hundredth of the fine step', () => {
    // fine step 0.003 → 3e-5 → quantum 1e-5; fine step 0.002 → 2e-5 → 1e-5; fine step 0.02 → 1e-4.
    expect(roundForLink(-1.9999993826371523, 0.003)).toBe(-2)
    expect(roundForLink(0.123456789, 0.002)).toBe(0.12346)
    expect(roundForLink(0.123456789, 0.02)).toBe(0.1235)
    // Values already on the grid stay exactly as typed.
    expect(roundForLink(0.777, 0.003)).toBe(0.777)
  })
})
