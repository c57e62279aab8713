// AdaGrad, RMSProp, Adam and AdamW step by step against hand-computed values from torch.optim's documented algorithms.
import { describe, expect, it } from 'vitest'
import { createOptimizer } from '../../../../src/math/optim/index.ts'

const v = (...xs: number[]) => Float64Array.from(xs)

describe('adagrad', () => {
  it('divides by the root of the summed squares (ε outside the root)', () => {
    const opt = createOptimizer('adagrad', { lr: 1, eps: 0 })
    const theta = v(0)
    opt.step(theta, v(3)) // s = 9, θ = −3/3 = −1
    expect(theta[0]).toBeCloseTo(-1, 14)
    opt.step(theta, v(4)) // s = 25, θ = −1 − 4/5 = −1.8
    expect(theta[0]).toBeCloseTo(-1.8, 14)
    expect(opt.state.sumSquares![0]).toBe(25)
  })

  it('applies lr decay γ/(1 + (t−1)η) and the initial accumulator', () => {
    const opt = createOptimizer('adagrad', { lr: 1, eps: 0, lrDecay: 1, initialAccumulatorValue: 16 })
    const theta = v(0)
    opt.step(theta, v(3)) // s = 16 + 9 = 25, γ̃ = 1, θ = −3/5 = −0.6
    expect(theta[0]).toBeCloseTo(-0.6, 14)
    opt.step(theta, v(0)) // γ̃ = 1/2, g = 0: no move
    expect(opt.state.lr).toBeCloseTo(0.5, 14)
    expect(theta[0]).toBeCloseTo(-0.6, 14)
  })
})

describe('rmsprop', () => {
  it('keeps a running average of g² with α', () => {
    const opt = createOptimizer('rmsprop', { lr: 0.1, alpha: 0.5, eps: 0 })
    const theta = v(0)
    opt.step(theta, v(2)) // v = 0.5·4 = 2, θ = −0.1·2/√2 = −0.1414213562373095
    expect(theta[0]).toBeCloseTo(-0.1414213562373095, 14)
    opt.step(theta, v(2)) // v = 1 + 2 = 3, θ −= 0.1·2/√3
    expect(theta[0]).toBeCloseTo(-0.1414213562373095 - 0.2 / Math.sqrt(3), 14)
  })

  it('centered: divides by the root of the variance v − ḡ²', () => {
    const opt = createOptimizer('rmsprop', { lr: 0.1, alpha: 0.5, eps: 0, centered: true })
    const theta = v(0)
    opt.step(theta, v(2)) // v = 2, ḡ = 1, ṽ = 1, θ = −0.2
    expect(opt.state.gradAvg![0]).toBeCloseTo(1, 14)
    expect(theta[0]).toBeCloseTo(-0.2, 14)
  })

  it('with momentum: b ← μ b + g/(√ṽ + ε), θ ← θ − γ b', () => {
    const opt = createOptimizer('rmsprop', { lr: 0.1, alpha: 0.5, eps: 0, momentum: 0.5 })
    const theta = v(0)
    opt.step(theta, v(2)) // b = 2/√2 = √2
    opt.step(theta, v(2)) // v = 3, b = √2/2 + 2/√3
    const b2 = Math.SQRT2 / 2 + 2 / Math.sqrt(3)
    expect(opt.state.velocity![0]).toBeCloseTo(b2, 14)
    expect(theta[0]).toBeCloseTo(-0.1 * Math.SQRT2 - 0.1 * b2, 14)
  })

  it('has PyTorch defaults (α = 0.99, ε = 1e-8, lr = 1e-2)', () => {
    const o = createOptimizer('rmsprop').options
    expect([o.alpha, o.eps, o.lr]).toEqual([0.99, 1e-8, 1e-2])
  })
})

describe('adam', () => {
  it('first step is about γ·sign(g), thanks to bias correction', () => {
    const opt = createOptimizer('adam', { lr: 0.1 })
    const theta = v(1, 1)
    opt.step(theta, v(2, -1e-3))
    // m̂ = g, v̂ = g², step = γ g/(|g| + ε)
    expect(theta[0]).toBeCloseTo(1 - (0.1 * 2) / (2 + 1e-8), 14)
    expect(theta[1]).toBeCloseTo(1 + (0.1 * 1e-3) / (1e-3 + 1e-8), 14)
    expect(opt.state.mHat![0]).toBeCloseTo(2, 12)
    expect(opt.state.vHat![0]).toBeCloseTo(4, 12)
  })

  it('second step uses m = β₁m + (1−β₁)g, v = β₂v + (1−β₂)g², corrected by 1 − βᵗ', () => {
    const opt = createOptimizer('adam', { lr: 0.1, eps: 0 })
    const theta = v(0)
    opt.step(theta, v(1))
    opt.step(theta, v(3))
    const m = 0.9 * 0.1 + 0.1 * 3 // 0.39
    const vv = 0.999 * 0.001 + 0.001 * 9 // 0.009999
    const mHat = m / (1 - 0.81)
    const vHat = vv / (1 - 0.999 ** 2)
    expect(opt.state.m![0]).toBeCloseTo(m, 14)
    expect(opt.state.v![0]).toBeCloseTo(vv, 14)
    expect(theta[0]).toBeCloseTo(-0.1 - (0.1 * mHat) / Math.sqrt(vHat), 12)
  })

  it('AMSGrad divides by the running max of v', () => {
    const opt = createOptimizer('adam', { lr: 0.1, eps: 0, amsgrad: true })
    const theta = v(0)
    opt.step(theta, v(10)) // v = 0.1
    opt.step(theta, v(0)) // v = 0.0999 < vMax = 0.1
    expect(opt.state.vMax![0]).toBeCloseTo(0.1, 14)
    const mHat = (0.9 * 1) / (1 - 0.81)
    const vHat = 0.1 / (1 - 0.999 ** 2)
    expect(theta[0]).toBeCloseTo(-0.1 - (0.1 * mHat) / Math.sqrt(vHat), 12)
  })

  it('Adam weight decay is added to the gradient', () => {
    const opt = createOptimizer('adam', { lr: 0.1, eps: 0, weightDecay: 1 })
    const theta = v(2)
    opt.step(theta, v(0)) // g = 0 + 1·2 = 2 → step −0.1
    expect(theta[0]).toBeCloseTo(1.9, 14)
  })
})

describe('adamw', () => {
  it('decays θ directly (decoupled), not through the moments', () => {
    const opt = createOptimizer('adamw', { lr: 0.1, eps: 0, weightDecay: 0.5 })
    const theta = v(2)
    opt.step(theta, v(1)) // θ = 2(1 − 0.05) = 1.9, then − 0.1·1/1 = 1.8
    expect(theta[0]).toBeCloseTo(1.8, 14)
    expect(opt.state.m![0]).toBeCloseTo(0.1, 14) // the moment saw only g = 1
  })

  it('defaults to weightDecay = 1e-2', () => {
    expect(createOptimizer('adamw').options.weightDecay).toBe(1e-2)
  })
})
