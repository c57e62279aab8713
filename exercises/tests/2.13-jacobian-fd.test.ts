import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { jacobianFD } = await implementation(() => import('../2.13-jacobian-fd.ts'), () => import('../solutions/2.13-jacobian-fd.ts'))

describe(`exercise 2.13: jacobianFD (${target})`, () => {
  it('has m rows of n entries for F: ℝ³ → ℝ²', () => {
    const F = (p: readonly number[]) => [p[0]! * p[1]!, p[1]! + Math.exp(p[2]!)]
    const J = jacobianFD(F, [1, 2, 0.5])
    expect(J.length, 'rows = number of outputs (2); did you store columns as rows?').toBe(2)
    for (const row of J) expect(row.length, 'columns = number of inputs (3)').toBe(3)
    const exact = [
      [2, 1, 0],
      [0, 1, Math.exp(0.5)],
    ]
    exact.forEach((row, i) => row.forEach((v, j) => expect(J[i]![j], `J[${i}][${j}] = ∂F${i + 1}/∂x${j + 1}`).toBeCloseTo(v, 8)))
  })

  it('matches the polar map exactly, to 1e-9', () => {
    const polar = (p: readonly number[]) => [p[0]! * Math.cos(p[1]!), p[0]! * Math.sin(p[1]!)]
    const [r, t] = [1.7, 2.2]
    const J = jacobianFD(polar, [r, t])
    const exact = [
      [Math.cos(t), -r * Math.sin(t)],
      [Math.sin(t), r * Math.cos(t)],
    ]
    exact.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(J[i]![j]! - v), `J[${i}][${j}]: got ${J[i]![j]}, exact ${v}`).toBeLessThan(1e-9)))
  })

  it('leaves x unchanged', () => {
    const x = [0.3, -0.4]
    jacobianFD((p) => [p[0]! ** 2, p[0]! * p[1]!], x)
    expect(x).toEqual([0.3, -0.4])
  })
})
