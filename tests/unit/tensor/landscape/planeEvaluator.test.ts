// The affine-plane grid (first layer P0 + α·P1 + β·P2, precomputed once) against one ordinary forward pass per point
// and against the stacked batched pass, for the three kinds of model: logistic regression (logits affine in α, β), the
// spirals MLP (2 → 16 → 16 → 1, tanh) and the image MLP (784 → 32 → 10 on 28×28 Fashion-MNIST, ReLU); and its memory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { PlaneEvaluator, choosePlaneBatchSize, chooseBatchSize, computeLossGrid, interpolate1d, lossAtPoint, randomFilterNormalizedDirection, type LandscapeInputs } from '../../../../src/tensor/landscape/index.ts'
import { Trainer, dataTensors, disposeData, makeProblem, type DataTensors, type DatasetName, type ModelKind } from '../../../../src/tensor/models/index.ts'
import type { Activation } from '../../../../src/tensor/models/denseModel.ts'

const held: DataTensors[] = []
beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await tf.setBackend('cpu')
})
afterAll(() => held.forEach(disposeData))

/** A briefly trained model (so θ* is not the symmetric initialisation) and two random filter-normalized directions. */
function setup(dataset: DatasetName, model: ModelKind, activation: Activation, steps: number): LandscapeInputs {
  const problem = makeProblem({ dataset, model, activation, dataSeed: 4 })
  const data = dataTensors(problem.train, problem.model)
  held.push(data)
  const trainer = new Trainer(problem.model, data, 'adam', { lr: 0.02 }, problem.model.init(5), steps)
  trainer.step(steps)
  const center = trainer.flatParams()
  trainer.dispose()
  const weights = tf.tidy(() => problem.model.unflatten(tf.tensor1d(center)))
  const d1 = randomFilterNormalizedDirection(weights, 11)
  const d2 = randomFilterNormalizedDirection(weights, 12, { biases: 'keep' })
  tf.dispose(weights)
  return { model: problem.model, data, center, d1, d2 }
}

function perPoint(inputs: LandscapeInputs, alpha: number, beta: number): number {
  return tf.tidy(() => {
    const theta = tf.tensor1d(inputs.center).add(tf.tensor1d(inputs.d1).mul(alpha)).add(tf.tensor1d(inputs.d2).mul(beta)) as tf.Tensor1D
    return lossAtPoint(inputs.model, inputs.data, theta).dataSync()[0]!
  })
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b))

describe('affine-plane grid = one forward pass per point (float32 tolerance)', () => {
  const cases = [
    { name: 'logistic regression on moons', dataset: 'moons', model: 'logistic', activation: 'tanh', steps: 20, stride: 1 },
    { name: 'spirals MLP 2→16→16→1 (tanh)', dataset: 'spirals', model: 'mlp', activation: 'tanh', steps: 20, stride: 1 },
    // one ordinary pass costs 12.5 M multiply-adds on the pure-JS backend: every 4th point of the grid is compared
    { name: 'image MLP 784→32→10 (ReLU)', dataset: 'fashion', model: 'mlp', activation: 'relu', steps: 5, stride: 4 },
  ] as const
  for (const c of cases) {
    it(c.name, async () => {
      const inputs = setup(c.dataset, c.model, c.activation, c.steps)
      const before = tf.memory().numTensors
      // B = 23 divides neither 121 nor the coarse level, so partial chunks are exercised; α and β reach ±2.
      const plane = await computeLossGrid(inputs, { resolution: 11, extent: 2 }, { batchSize: 23 })
      expect(tf.memory().numTensors).toBe(before)
      const stacked = await computeLossGrid(inputs, { resolution: 11, extent: 2 }, { batchSize: 23, method: 'stacked' })
      let worstPoint = 0
      let worstStacked = 0
      for (let k = 0; k < 121; k++) {
        worstStacked = Math.max(worstStacked, relative(plane.values[k]!, stacked.values[k]!))
        if (k % c.stride) continue
        worstPoint = Math.max(worstPoint, relative(plane.values[k]!, perPoint(inputs, plane.alphas[k % 11]!, plane.betas[Math.floor(k / 11)]!)))
      }
      // float32 sums in another order (P0 + α·P1 + β·P2 instead of X·(W* + α·D + β·E)): ~1e-6 relative
      expect(worstPoint).toBeLessThan(2e-5)
      expect(worstStacked).toBeLessThan(2e-5)
      // the plane is not flat, so agreement is not trivial
      expect(plane.max - plane.min).toBeGreaterThan(0.1)
      expect(plane.values.every(Number.isFinite)).toBe(true)
    })
  }
})

describe('PlaneEvaluator', () => {
  it('frees what it owns: tf.memory() is back to its level after dispose, after a cancelled grid and after a line', async () => {
    const inputs = setup('fashion', 'mlp', 'relu', 1)
    const before = tf.memory().numTensors
    const evaluator = new PlaneEvaluator(inputs.model, inputs.data, inputs.center, [inputs.d1, inputs.d2])
    expect(tf.memory().numTensors).toBe(before + 2) // [P0; P1; P2] and the later layers' [θ*; d1; d2]
    const out = evaluator.losses(Float32Array.of(0, 0.5), Float32Array.of(0, -0.5))
    expect(out.shape).toEqual([2])
    out.dispose()
    evaluator.dispose()
    expect(tf.memory().numTensors).toBe(before)
    expect(() => evaluator.losses(Float32Array.of(0), Float32Array.of(0))).toThrow(/after dispose/)

    const controller = new AbortController()
    const run = computeLossGrid(inputs, { resolution: 11 }, { batchSize: 8, signal: controller.signal, onProgress: (p) => p.done >= 16 && controller.abort() })
    await expect(run).rejects.toThrow(/abort/i)
    expect(tf.memory().numTensors).toBe(before)

    const line = await interpolate1d(inputs.model, inputs.data, new Float32Array(inputs.model.paramCount), inputs.center, { points: 3, range: [0, 1] })
    expect(tf.memory().numTensors).toBe(before)
    // at t = 0 all weights are zero: every class gets logit 0, so the loss is ln 10
    expect(line.losses[0]).toBeCloseTo(Math.log(10), 5)
    expect(relative(line.losses[2]!, perPoint(inputs, 0, 0))).toBeLessThan(1e-5)
  })

  it('rejects mismatched inputs with a specific message', () => {
    const inputs = setup('moons', 'logistic', 'tanh', 1)
    const { model, data, center, d1 } = inputs
    expect(() => new PlaneEvaluator(model, data, center, [d1, new Float32Array(2)])).toThrow(/d2 has 2 entries, the model has 3 parameters/)
    expect(() => new PlaneEvaluator(model, data, center, [])).toThrow(/1 or 2 directions, got 0/)
    const evaluator = new PlaneEvaluator(model, data, center, [d1, inputs.d2])
    expect(() => evaluator.losses(Float32Array.of(0, 1), Float32Array.of(0))).toThrow(/as many β as α, got 1 and 2/)
    evaluator.dispose()
  })

  it('fits more points per pass than the stacked pass for the image model (no per-point first-layer weights)', () => {
    const problem = makeProblem({ dataset: 'fashion', model: 'mlp', activation: 'relu', dataSeed: 1 })
    expect(problem.model.paramCount).toBe(784 * 32 + 32 + 32 * 10 + 10)
    expect(choosePlaneBatchSize(problem.model, 500)).toBeGreaterThan(2 * chooseBatchSize(problem.model, 500))
  })
})
