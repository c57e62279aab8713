import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { descend } = await implementation(() => import('../3.11-armijo-descent.ts'), () => import('../solutions/3.11-armijo-descent.ts'))

describe(`exercise 3.11: descend with an Armijo line search (${target})`, () => {
  it('converges on a badly conditioned quadratic where a unit step would diverge', () => {
    // λ = 2 and 200: a fixed step of 1 diverges, so only the line search makes this converge.
    const f = (p: readonly number[]) => p[0]! ** 2 + 100 * p[1]! ** 2
    const grad = (p: readonly number[]) => [2 * p[0]!, 200 * p[1]!]
    const values: number[] = []
    const result = descend((p) => (values.push(f(p)), f(p)), grad, [3, 1], { tolerance: 1e-8, maxSteps: 5000 })
    expect(result.converged, `stopped after ${result.steps} steps at ${result.x} without ‖∇f‖ < 1e-8`).toBe(true)
    expect(Math.hypot(...result.x), 'the minimum is (0, 0)').toBeLessThan(1e-8)
    expect(result.value).toBeCloseTo(f(result.x), 15)
  })

  it('never accepts a step that increases f (each accepted value is below the previous one)', () => {
    const f = (p: readonly number[]) => (1 - p[0]!) ** 2 + 10 * (p[1]! - p[0]! ** 2) ** 2
    const grad = (p: readonly number[]) => [-2 * (1 - p[0]!) - 40 * p[0]! * (p[1]! - p[0]! ** 2), 20 * (p[1]! - p[0]! ** 2)]
    let previous = Infinity
    let x: readonly number[] = [-1.2, 1]
    for (let i = 0; i < 50; i++) {
      const r = descend(f, grad, x, { maxSteps: 1, tolerance: 0 })
      expect(r.value, `step ${i + 1} went uphill: ${previous} → ${r.value}`).toBeLessThanOrEqual(previous)
      previous = r.value
      x = r.x
    }
    const full = descend(f, grad, [-1.2, 1], { tolerance: 1e-6, maxSteps: 20000 })
    expect(full.converged, `Rosenbrock (b = 10) should converge; stopped at ${full.x}`).toBe(true)
    expect(full.x[0]).toBeCloseTo(1, 4)
    expect(full.x[1]).toBeCloseTo(1, 4)
  })

  it('stops at once where the gradient is already small, and reports the step count', () => {
    const r = descend((p) => p[0]! ** 2, (p) => [2 * p[0]!], [0], { tolerance: 1e-6 })
    expect(r).toMatchObject({ steps: 0, converged: true })
    const capped = descend((p) => p[0]! ** 2 + 100 * p[1]! ** 2, (p) => [2 * p[0]!, 200 * p[1]!], [3, 1], { tolerance: 1e-12, maxSteps: 3 })
    expect(capped).toMatchObject({ steps: 3, converged: false })
  })

  it('says so when the gradient is wrong (no step decreases f)', () => {
    expect(() => descend((p) => p[0]! ** 2, (p) => [-2 * p[0]!], [1])).toThrow()
  })
})
