import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { linearForward, linearBackward } = await implementation(() => import('../4.12-linear-layer.ts'), () => import('../solutions/4.12-linear-layer.ts'))

/** A seeded generator, so every run checks the same numbers. */
function seeded(seed: number) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1
}
const random = seeded(7)
const matrix = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, random))

// m = 3 outputs, n = 4 inputs, B = 5 examples. L = Σ C ⊙ Y, so ∂L/∂Y = C exactly.
const W = matrix(3, 4)
const b = matrix(1, 3)[0]!
const X = matrix(4, 5)
const C = matrix(3, 5)
const loss = (w: number[][], bias: number[], x: number[][]) =>
  linearForward(w, bias, x).reduce((s, row, i) => s + row.reduce((t, v, k) => t + C[i]![k]! * v, 0), 0)

/** Central difference of the loss in one entry of a copied argument. */
function numeric(perturb: (h: number) => number): number {
  const h = 1e-5
  return (perturb(h) - perturb(-h)) / (2 * h)
}
const bump = (m: number[][], i: number, j: number, h: number) => m.map((row, r) => row.map((v, c) => (r === i && c === j ? v + h : v)))

describe(`exercise 4.12: linear layer forward and backward (${target})`, () => {
  it('forward: Y = W X + b 1ᵀ, with the shape m × B', () => {
    const Y = linearForward([[1, 2], [0, 1]], [10, -1], [[1, 0, 2], [1, 1, -1]])
    expect(Y, 'W = [1 2; 0 1], b = (10, −1), X = [1 0 2; 1 1 −1]').toEqual([
      [13, 12, 10],
      [0, 0, -2],
    ])
  })

  it('backward: shapes are those of W, b and X', () => {
    const { dW, db, dX } = linearBackward(W, X, C)
    expect([dW.length, dW[0]!.length], 'dW is m × n like W (G Xᵀ, not X Gᵀ)').toEqual([3, 4])
    expect(db.length, 'db has m entries like b').toBe(3)
    expect([dX.length, dX[0]!.length], 'dX is n × B like X').toEqual([4, 5])
  })

  it('backward agrees with central differences of the loss, entry by entry', () => {
    const { dW, db, dX } = linearBackward(W, X, C)
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 4; j++) expect(dW[i]![j], `dW[${i}][${j}]`).toBeCloseTo(numeric((h) => loss(bump(W, i, j, h), b, X)), 8)
    for (let i = 0; i < 3; i++)
      expect(db[i], `db[${i}] (the bias is shared by every example: sum over the batch)`).toBeCloseTo(numeric((h) => loss(W, b.map((v, r) => (r === i ? v + h : v)), X)), 8)
    for (let j = 0; j < 4; j++)
      for (let k = 0; k < 5; k++) expect(dX[j]![k], `dX[${j}][${k}] (Wᵀ G)`).toBeCloseTo(numeric((h) => loss(W, b, bump(X, j, k, h))), 8)
  })
})
