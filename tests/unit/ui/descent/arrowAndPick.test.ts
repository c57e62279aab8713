import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { createPlotTransform } from '../../../../src/math/plot/index.ts'
import { clampedArrowLength } from '../../../../src/render/descent/arrowLength.ts'
import { pickGraph } from '../../../../src/render/gestures/pickGraph.ts'

describe('internals arrows', () => {
  it('length is the world length of the step, clamped', () => {
    expect(clampedArrowLength(3, 4, 0.1, 0.1, 0.01, 1)).toBeCloseTo(0.5, 12)
    expect(clampedArrowLength(3, 4, 1, 1, 0.01, 1)).toBe(1)
    expect(clampedArrowLength(3e-6, 4e-6, 1, 1, 0.01, 1)).toBe(0.01)
    expect(clampedArrowLength(0, 0, 1, 1, 0.01, 1)).toBeNaN()
    expect(clampedArrowLength(NaN, 1, 1, 1, 0.01, 1)).toBeNaN()
  })
})

describe('start-point picking', () => {
  it('a camera ray through a point of the graph picks that point (math coordinates)', () => {
    const f = (x: number, y: number) => x * x + y * y
    const transform = createPlotTransform({ xMin: -2, xMax: 2, yMin: -1, yMax: 3 }, { min: 0, max: 10 })
    const target = transform.toWorld(0.7, 1.2, f(0.7, 1.2))
    const eye = new THREE.Vector3(2.5, -2.5, 2.2)
    const ray = new THREE.Ray(eye, new THREE.Vector3(target.x, target.y, target.z).sub(eye).normalize())
    const hit = pickGraph(ray, transform, f)!
    expect(hit.x).toBeCloseTo(0.7, 6)
    expect(hit.y).toBeCloseTo(1.2, 6)
    expect(hit.z).toBeCloseTo(f(0.7, 1.2), 6)
  })

  it('a ray that misses the box picks nothing', () => {
    const transform = createPlotTransform({ xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, { min: 0, max: 1 })
    const ray = new THREE.Ray(new THREE.Vector3(5, 5, 5), new THREE.Vector3(0, 0, 1))
    expect(pickGraph(ray, transform, () => 0.5)).toBeNull()
  })
})
