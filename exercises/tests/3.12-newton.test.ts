import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { solve, newtonMinimize } = await implementation(() => import('../3.12-newton.ts'), () => import('../solutions/3.12-newton.ts'))

describe(`exercise 3.12: solve and newtonMinimize (${target})`, () => {
  it('solve needs pivoting: a zero in the top-left corner', () => {
    const x = solve([[0, 1], [2, 3]], [4, 11])
    expect(x[0], 'x = (−0.5, 4)... check by substituting: 0·x + y = 4, 2x + 3y = 11').toBeCloseTo(-0.5, 12)
    expect(x[1]).toBeCloseTo(4, 12)
    const y = solve([[1e-20, 1], [1, 1]], [1, 2])
    expect(y[0], 'a tiny pivot without row swaps loses all accuracy: expected x ≈ 1').toBeCloseTo(1, 10)
    expect(y[1]).toBeCloseTo(1, 10)
  })

  it('solve reports a singular matrix', () => {
    expect(() => solve([[1, 2], [2, 4]], [1, 2])).toThrow(/singular/)
  })

  it('one Newton step solves a quadratic (exercise 3.8)', () => {
    const grad = (p: readonly number[]) => [2 * p[0]! + p[1]! - 3, p[0]! + 2 * p[1]!]
    const hessian = () => [[2, 1], [1, 2]]
    const r = newtonMinimize(grad, hessian, [0, 0])
    expect(r.x[0]).toBeCloseTo(2, 12)
    expect(r.x[1]).toBeCloseTo(-1, 12)
    expect(r.iterations, 'a quadratic needs exactly one Newton step').toBe(1)
  })

  it('Rosenbrock from (−1.2, 1) in a handful of steps', () => {
    const grad = (p: readonly number[]) => [-2 * (1 - p[0]!) - 400 * p[0]! * (p[1]! - p[0]! ** 2), 200 * (p[1]! - p[0]! ** 2)]
    const hessian = (p: readonly number[]) => [
      [2 - 400 * p[1]! + 1200 * p[0]! ** 2, -400 * p[0]!],
      [-400 * p[0]!, 200],
    ]
    const r = newtonMinimize(grad, hessian, [-1.2, 1])
    expect(r.x[0]).toBeCloseTo(1, 10)
    expect(r.x[1]).toBeCloseTo(1, 10)
    expect(r.iterations, `pure Newton takes about 6 steps here; took ${r.iterations}`).toBeLessThanOrEqual(10)
  })

  it('a singular Hessian is an error that says so', () => {
    expect(() => newtonMinimize((p) => [p[0]! ** 3, 0], () => [[0, 0], [0, 0]], [1, 1])).toThrow(/singular/)
  })
})
