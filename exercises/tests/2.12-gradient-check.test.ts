import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { numericGradient, gradientCheck } = await implementation(
  () => import('../2.12-gradient-check.ts'),
  () => import('../solutions/2.12-gradient-check.ts'),
)

// Rosenbrock in 3 variables and its exact gradient.
const f = (x: readonly number[]) => (1 - x[0]!) ** 2 + 100 * (x[1]! - x[0]! ** 2) ** 2 + Math.sin(x[2]!) * x[0]!
const grad = (x: readonly number[]) => [
  -2 * (1 - x[0]!) - 400 * x[0]! * (x[1]! - x[0]! ** 2) + Math.sin(x[2]!),
  200 * (x[1]! - x[0]! ** 2),
  Math.cos(x[2]!) * x[0]!,
]
const x0 = [-1.2, 1, 0.7]

describe(`exercise 2.12: numericGradient and gradientCheck (${target})`, () => {
  it('numericGradient matches the exact gradient to 1e-8 relative', () => {
    const numeric = numericGradient(f, x0)
    expect(numeric, 'one entry per variable').toHaveLength(3)
    grad(x0).forEach((g, i) =>
      expect(Math.abs(numeric[i]! - g) / Math.max(1, Math.abs(g)), `∂f/∂x${i + 1}: got ${numeric[i]}, exact ${g}`).toBeLessThan(1e-8),
    )
  })

  it('numericGradient leaves the input array unchanged and takes every partial at x itself', () => {
    const x = [...x0]
    numericGradient(f, x)
    expect(x, 'numericGradient changed its input').toEqual(x0)
    // A function of x1 only: if x1 were left shifted while taking ∂/∂x2, the results would still be right, so use a product.
    const g = numericGradient((p) => p[0]! * p[1]!, [2, 3])
    expect(g[0], '∂(xy)/∂x at (2, 3) is 3').toBeCloseTo(3, 8)
    expect(g[1], '∂(xy)/∂y at (2, 3) is 2 (was x moved back after its partial?)').toBeCloseTo(2, 8)
  })

  it('gradientCheck passes a right gradient and finds the wrong entry of a wrong one', () => {
    const right = gradientCheck(f, grad, x0)
    expect(right.maxRelativeError, 'a correct gradient should check to about 1e-10').toBeLessThan(1e-7)
    const wrong = gradientCheck(f, (x) => grad(x).map((v, i) => (i === 2 ? -v : v)), x0)
    expect(wrong.maxRelativeError, 'a sign error in entry 3 should give a relative error near 1').toBeGreaterThan(0.5)
    expect(wrong.worstIndex, 'the wrong entry is index 2').toBe(2)
  })

  it('uses a floor on the denominator, so a zero gradient checks as exact', () => {
    expect(gradientCheck(() => 5, () => [0, 0], [1, 2])).toEqual({ maxRelativeError: 0, worstIndex: -1 })
  })
})
