// The backprop scene's network: the hand-written backward pass against central differences (float64), against the
// matrix core's symbolic derivative of the same loss, and against tf.grads (float32, cpu); SGD lowers the loss.
import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { batchGradients, initNetwork, makeDataSet, sgdStep, traceExample, DATA_SET_NAMES, type NetworkParams } from '../../../src/math/network/index.ts'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr } from '../../../src/math/matrix/index.ts'
import { autodiffNetworkGradients } from '../../../src/tensor/networkAutodiff.ts'
import { useBackend } from '../../../src/tensor/backend.ts'
import { relativeError } from './matrix/centralDifference.ts'

const KEYS = ['W1', 'b1', 'W2', 'b2'] as const
const data = makeDataSet('moons', 40, 3)

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await useBackend('cpu')
})

describe('two-layer network', () => {
  for (const activation of ['tanh', 'relu'] as const) {
    it(`${activation}: backprop = central differences of the mean loss`, () => {
      const net = initNetwork(5, 2)
      const { grads } = batchGradients(net, activation, data)
      for (const key of KEYS) {
        const fd = net[key].map((v, i) => {
          const h = 1e-5 * Math.max(1, Math.abs(v))
          const at = (d: number): number => {
            const p = Float64Array.from(net[key])
            p[i] = v + d
            return batchGradients({ ...net, [key]: p } as NetworkParams, activation, data).loss
          }
          return (at(h) - at(-h)) / (2 * h)
        })
        expect(relativeError(grads[key], fd), key).toBeLessThan(1e-6)
      }
    })
    it(`${activation}: backprop = tf.grads (float32) to 1e-4`, () => {
      const net = initNetwork(8, 4)
      const mine = batchGradients(net, activation, data)
      const auto = autodiffNetworkGradients(net, activation, data)
      expect(Math.abs(auto.loss - mine.loss)).toBeLessThan(1e-5)
      for (const key of KEYS) expect(relativeError(auto.grads[key], mine.grads[key]), key).toBeLessThan(1e-4)
    })
  }

  it('one example = the matrix core’s symbolic derivative of −y′log softmax(W₂ tanh(W₁x + b₁) + b₂)', () => {
    const net = initNetwork(4, 9)
    const t = traceExample(net, 'tanh', [0.3, -1.2], 1)
    const shapes = { x: [2], y: [2], W1: [4, 2], b1: [4], W2: [2, 4], b2: [2] }
    const loss = parseMatrixExpr("-y'*log(softmax(W2*tanh(W1*x + b1) + b2))", shapes)
    const env = { x: t.x, y: t.y, W1: net.W1, b1: net.b1, W2: net.W2, b2: net.b2 }
    expect(evaluateMatrixExpr(loss, env).data[0]).toBeCloseTo(t.loss, 12)
    for (const key of KEYS) expect(relativeError(evaluateMatrixExpr(matrixDerivative(loss, key).expr, env).data, t.grads[key]), key).toBeLessThan(1e-12)
  })

  it('the named quantities: δ₂ = p − y, ∂L/∂W₂ = δ₂a₁ᵀ has rank one, δ₁ = (W₂ᵀδ₂) ⊙ σ′(z₁)', () => {
    const net = initNetwork(3, 5)
    const t = traceExample(net, 'tanh', [1, 0.5], 0)
    expect([...t.delta2]).toEqual([t.p[0]! - 1, t.p[1]!])
    expect(t.delta2[0]! + t.delta2[1]!).toBeCloseTo(0, 15) // softmax outputs sum to 1, y too
    for (let i = 0; i < 3; i++) expect(t.delta1[i]).toBeCloseTo(t.backToHidden[i]! * (1 - Math.tanh(t.z1[i]!) ** 2), 15)
    // rank one: every 2×2 minor of δ₂a₁ᵀ vanishes
    const g = t.grads.W2
    expect(g[0]! * g[3 + 1]! - g[1]! * g[3]!).toBeCloseTo(0, 15)
  })

  it('full-batch SGD lowers the loss on every data set, and is deterministic', () => {
    for (const name of DATA_SET_NAMES) {
      const set = makeDataSet(name, 60, 1)
      let net = initNetwork(8, 1)
      const first = batchGradients(net, 'tanh', set).loss
      for (let i = 0; i < 200; i++) net = sgdStep(net, batchGradients(net, 'tanh', set).grads, 0.5)
      const last = batchGradients(net, 'tanh', set)
      expect(last.loss, name).toBeLessThan(first)
      expect(makeDataSet(name, 60, 1).x).toEqual(set.x)
    }
  })
})
