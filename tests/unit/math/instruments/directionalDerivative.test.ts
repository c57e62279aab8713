import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  directionalDerivative,
  directionalDerivativeOverAngles,
  steepestAscentAngle,
  wrapAngle,
} from '../../../../src/math/instruments/directionalDerivative.ts'
import { parse } from '../../../../src/math/expr/index.ts'
import { surfaceCalculus } from '../../../../src/math/instruments/surfaceCalculus.ts'

describe('directional derivative', () => {
  it('along the axes it is the partial derivative', () => {
    expect(directionalDerivative(3, -2, 0)).toBe(3)
    expect(directionalDerivative(3, -2, Math.PI / 2)).toBeCloseTo(-2, 15)
  })

  it('equals the derivative of f along the line x₀ + t·u (central difference)', () => {
    const calc = surfaceCalculus(parse('x^2*y - cos(x + 2y)'))
    const p = calc.at(0.6, -0.3, {})
    for (const angle of [0.3, 1.9, 4]) {
      const [ux, uy] = [Math.cos(angle), Math.sin(angle)]
      const h = 1e-5
      const fd = (calc.value(0.6 + h * ux, -0.3 + h * uy, {}) - calc.value(0.6 - h * ux, -0.3 - h * uy, {})) / (2 * h)
      expect(directionalDerivative(p.fx, p.fy, angle)).toBeCloseTo(fd, 8)
    }
  })

  it('is |∇f| along the gradient, −|∇f| against it and 0 along the level curve (property)', () => {
    const g = fc.double({ min: -100, max: 100, noNaN: true })
    fc.assert(
      fc.property(g, g, (fx, fy) => {
        fc.pre(Math.hypot(fx, fy) > 1e-6)
        const theta = steepestAscentAngle(fx, fy)
        const norm = Math.hypot(fx, fy)
        expect(directionalDerivative(fx, fy, theta)).toBeCloseTo(norm, 10)
        expect(directionalDerivative(fx, fy, theta + Math.PI)).toBeCloseTo(-norm, 10)
        expect(Math.abs(directionalDerivative(fx, fy, theta + Math.PI / 2))).toBeLessThan(1e-12 * Math.max(1, norm))
        // No sampled direction beats the gradient's.
        const { values } = directionalDerivativeOverAngles(fx, fy, 90)
        expect(Math.max(...values)).toBeLessThanOrEqual(norm * (1 + 1e-12))
      }),
      { seed: 42, numRuns: 300 },
    )
  })

  it('no steepest direction at a critical point; angles wrap into [0, 2π)', () => {
    expect(steepestAscentAngle(0, 0)).toBeNaN()
    expect(wrapAngle(-Math.PI / 2)).toBeCloseTo((3 * Math.PI) / 2, 15)
    expect(wrapAngle(5 * Math.PI)).toBeCloseTo(Math.PI, 14)
  })
})
