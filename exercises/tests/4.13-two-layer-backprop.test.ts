import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'
import type { MlpParams } from '../solutions/4.13-two-layer-backprop.ts'

const { mlpLossAndGradients } = await implementation(
  () => import('../4.13-two-layer-backprop.ts'),
  () => import('../solutions/4.13-two-layer-backprop.ts'),
)

function seeded(seed: number) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1
}
const random = seeded(11)
const matrix = (rows: number, cols: number) => Array.from({ length: rows }, () => Array.from({ length: cols }, random))

// 3 inputs, 4 hidden units, 2 outputs.
const params: MlpParams = { W1: matrix(4, 3), b1: matrix(1, 4)[0]!, W2: matrix(2, 4), b2: matrix(1, 2)[0]! }
const x = [0.5, -1.2, 0.8]
const y = [0.3, -0.7]

/** The loss written out directly (no backward pass), for the finite differences. */
function lossOf(p: MlpParams): number {
  const h = p.W1.map((row, i) => Math.tanh(row.reduce((s, w, j) => s + w * x[j]!, p.b1[i]!)))
  const yHat = p.W2.map((row, i) => row.reduce((s, w, j) => s + w * h[j]!, p.b2[i]!))
  return 0.5 * yHat.reduce((s, v, i) => s + (v - y[i]!) ** 2, 0)
}

type Key = keyof MlpParams
function numericGradient(key: Key, index: [number, number] | [number]): number {
  const h = 1e-5
  const at = (delta: number) => {
    const copy = structuredClone(params) as { -readonly [K in Key]: MlpParams[K] }
    if (index.length === 2) (copy[key] as number[][])[index[0]]![index[1]]! += delta
    else (copy[key] as number[])[index[0]]! += delta
    return lossOf(copy)
  }
  return (at(h) - at(-h)) / (2 * h)
}

describe(`exercise 4.13: backprop through a two-layer tanh network (${target})`, () => {
  const result = () => mlpLossAndGradients(params, x, y)

  it('returns the loss ½‖ŷ − y‖²', () => {
    expect(result().loss).toBeCloseTo(lossOf(params), 14)
  })

  it('every gradient entry agrees with central differences (the gradient check of exercise 2.12)', () => {
    const r = result()
    const grads = { W1: r.dW1, b1: r.db1, W2: r.dW2, b2: r.db2 }
    for (const key of ['W2', 'b2', 'W1', 'b1'] as const) {
      const value = params[key]
      if (Array.isArray(value[0])) {
        const g = grads[key] as number[][]
        expect([g.length, g[0]?.length], `d${key} has the shape of ${key}`).toEqual([value.length, (value[0] as number[]).length])
        ;(value as number[][]).forEach((row, i) =>
          row.forEach((_, j) => expect(g[i]![j], `d${key}[${i}][${j}]`).toBeCloseTo(numericGradient(key, [i, j]), 8)),
        )
      } else {
        const g = grads[key] as number[]
        expect(g.length, `d${key} has the length of ${key}`).toBe(value.length)
        ;(value as number[]).forEach((_, i) => expect(g[i], `d${key}[${i}]`).toBeCloseTo(numericGradient(key, [i]), 8))
      }
    }
  })

  it('the gradient vanishes when the prediction is exact', () => {
    // With the target 0, ∂L/∂b2 = ŷ − 0 is the prediction itself; aiming at it must give zero loss and gradients.
    const prediction = mlpLossAndGradients(params, x, [0, 0]).db2
    const zero = mlpLossAndGradients(params, x, [...prediction])
    expect(zero.loss).toBeCloseTo(0, 14)
    for (const row of [...zero.dW1, ...zero.dW2, zero.db1, zero.db2]) for (const v of row) expect(v).toBeCloseTo(0, 14)
  })
})
