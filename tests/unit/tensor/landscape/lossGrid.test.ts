// The batched grid against one ordinary forward pass per point, progressive order, cancellation and memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { computeLossGrid, fillProgressive, gridOrder, interpolate1d, lossAtPoint, randomFilterNormalizedDirection, type LandscapeInputs } from '../../../../src/tensor/landscape/index.ts'
import { dataTensors, disposeData, makeProblem, type DataTensors } from '../../../../src/tensor/models/index.ts'

let inputs: LandscapeInputs
let data: DataTensors

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await tf.setBackend('cpu')
  const problem = makeProblem({ dataset: 'spirals', model: 'mlp', activation: 'tanh', dataSeed: 2 })
  data = dataTensors(problem.train, problem.model)
  const center = problem.model.init(3)
  const weights = tf.tidy(() => problem.model.unflatten(tf.tensor1d(center)))
  const d1 = randomFilterNormalizedDirection(weights, 1)
  const d2 = randomFilterNormalizedDirection(weights, 2)
  tf.dispose(weights)
  inputs = { model: problem.model, data, center, d1, d2 }
})
afterAll(() => disposeData(data))

const perPoint = (alpha: number, beta: number): number =>
  tf.tidy(() => {
    const theta = tf.tensor1d(inputs.center).add(tf.tensor1d(inputs.d1).mul(alpha)).add(tf.tensor1d(inputs.d2).mul(beta)) as tf.Tensor1D
    return lossAtPoint(inputs.model, inputs.data, theta).dataSync()[0]!
  })

describe('computeLossGrid', () => {
  it('batched values (B = 37, not a divisor of 121) equal one forward pass per point to float32 tolerance', async () => {
    const grid = await computeLossGrid(inputs, { resolution: 11, extent: 1.5 }, { batchSize: 37 })
    expect(grid.alphas[0]).toBeCloseTo(-1.5, 6)
    expect(grid.betas[10]).toBeCloseTo(1.5, 6)
    let worst = 0
    for (let j = 0; j < 11; j++) {
      for (let i = 0; i < 11; i++) {
        const ref = perPoint(grid.alphas[i]!, grid.betas[j]!)
        worst = Math.max(worst, Math.abs(grid.values[j * 11 + i]! - ref) / Math.max(1, Math.abs(ref)))
      }
    }
    // float32 sums over 400 examples in a different order: ~1e-6 relative
    expect(worst).toBeLessThan(1e-5)
    expect(grid.min).toBe(Math.min(...grid.values))
    // a random plane through random weights is not flat
    expect(grid.max - grid.min).toBeGreaterThan(0.1)
  })

  it('leaves tf.memory().numTensors where it was, after a grid and after a cancel', async () => {
    const before = tf.memory().numTensors
    await computeLossGrid(inputs, { resolution: 11 }, { batchSize: 16 })
    expect(tf.memory().numTensors).toBe(before)
    const controller = new AbortController()
    let progressCalls = 0
    const run = computeLossGrid(inputs, { resolution: 21 }, {
      batchSize: 10,
      signal: controller.signal,
      onProgress: (p) => {
        progressCalls++
        expect(p.etaMs).toBeGreaterThanOrEqual(0)
        if (p.done >= 50) controller.abort()
      },
    })
    await expect(run).rejects.toThrow(/abort/i)
    expect(progressCalls).toBe(5)
    expect(tf.memory().numTensors).toBe(before)
  })

  it('rejects a grid size outside 11..201 and mismatched vectors with a specific message', async () => {
    await expect(computeLossGrid(inputs, { resolution: 10 })).rejects.toThrow(/from 11 to 201, got 10/)
    await expect(computeLossGrid(inputs, { resolution: 202 })).rejects.toThrow(/got 202/)
    await expect(computeLossGrid({ ...inputs, d1: new Float32Array(3) })).rejects.toThrow(/d1 has 3 entries, the model has 337 parameters/)
  })
})

describe('gridOrder / fillProgressive', () => {
  it('visits every point once, the coarse lattice (with the last row and column) first', () => {
    const n = 51
    const g = gridOrder(n)
    expect(new Set(g.order).size).toBe(n * n)
    expect(g.strides).toEqual([8, 4, 2, 1])
    // level 0: indices 0, 8, …, 48 and 50 on each axis: 8 × 8 points
    expect(g.levelEnds[0]).toBe(64)
    expect(g.levelEnds.at(-1)).toBe(n * n)
  })
  it('shows a missing point with the value of the nearest point of the last complete level', () => {
    const n = 11
    const g = gridOrder(n) // strides [2, 1]: level 0 is the even indices plus 10 → 6 × 6
    expect(g.strides).toEqual([2, 1])
    const values = new Float32Array(n * n).fill(NaN)
    for (let k = 0; k < g.levelEnds[0]!; k++) values[g.order[k]!] = g.order[k]!
    const shown = fillProgressive(values, n, g, g.levelEnds[0]!)
    expect(shown[0]).toBe(0)
    expect(shown[1]).toBe(0) // (i = 1, j = 0) → nearest even column 0 (ties go down)
    expect(shown[3 * n + 3]).toBe(2 * n + 2)
    expect(shown.every(Number.isFinite)).toBe(true)
  })
})

describe('interpolate1d', () => {
  it('passes through L(θ0) at t = 0 and L(θ*) at t = 1', async () => {
    const to = inputs.center.map((v, k) => v + 0.5 * inputs.d1[k]!)
    const line = await interpolate1d(inputs.model, inputs.data, inputs.center, to, { points: 5, range: [0, 1] })
    expect(Array.from(line.ts)).toEqual([0, 0.25, 0.5, 0.75, 1])
    expect(line.losses[0]).toBeCloseTo(perPoint(0, 0), 5)
    expect(line.losses[4]).toBeCloseTo(perPoint(0.5, 0), 5)
  })
})
