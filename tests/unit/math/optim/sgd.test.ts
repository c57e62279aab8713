// SGD family checked step by step against values computed by hand from torch.optim.SGD's documented algorithm.
import { describe, expect, it } from 'vitest'
import { createOptimizer } from '../../../../src/math/optim/index.ts'

const v = (...xs: number[]) => Float64Array.from(xs)

describe('gd', () => {
  it('takes θ ← θ − γ g', () => {
    const opt = createOptimizer('gd', { lr: 0.1 })
    const theta = v(1, -2)
    opt.step(theta, v(4, -10))
    expect(theta[0]).toBeCloseTo(0.6, 14) // 1 − 0.1·4
    expect(theta[1]).toBeCloseTo(-1, 14) // −2 + 0.1·10
    expect(opt.state.t).toBe(1)
    expect(opt.state.lastStep[0]).toBeCloseTo(-0.4, 14)
    expect(opt.state.effectiveLr[1]).toBeCloseTo(0.1, 14)
  })

  it('folds weight decay into the gradient (coupled L2)', () => {
    const opt = createOptimizer('gd', { lr: 0.5, weightDecay: 0.1 })
    const theta = v(2)
    opt.step(theta, v(1)) // g = 1 + 0.1·2 = 1.2 → θ = 2 − 0.6
    expect(theta[0]).toBeCloseTo(1.4, 14)
  })

  it('uses PyTorch default lr = 1e-3', () => {
    expect(createOptimizer('gd').options.lr).toBe(1e-3)
  })
})

describe('momentum (heavy ball)', () => {
  it('starts the buffer at g, then b ← μ b + (1 − τ) g', () => {
    const opt = createOptimizer('momentum', { lr: 0.1, momentum: 0.9, dampening: 0.5 })
    const theta = v(0)
    opt.step(theta, v(1)) // b = 1 (no dampening on the first step), θ = −0.1
    expect(opt.state.velocity![0]).toBeCloseTo(1, 14)
    expect(theta[0]).toBeCloseTo(-0.1, 14)
    opt.step(theta, v(2)) // b = 0.9·1 + 0.5·2 = 1.9, θ = −0.1 − 0.19 = −0.29
    expect(opt.state.velocity![0]).toBeCloseTo(1.9, 14)
    expect(theta[0]).toBeCloseTo(-0.29, 14)
  })

  it('reset forgets the buffer', () => {
    const opt = createOptimizer('momentum', { lr: 0.1 })
    const theta = v(0)
    opt.step(theta, v(1))
    opt.reset()
    expect(opt.state.t).toBe(0)
    opt.step(theta, v(3)) // fresh buffer: b = 3
    expect(opt.state.velocity![0]).toBeCloseTo(3, 14)
  })
})

describe('nesterov', () => {
  it('steps along g + μ b and exposes the look-ahead point', () => {
    const opt = createOptimizer('nesterov', { lr: 0.1, momentum: 0.9 })
    const theta = v(1)
    opt.step(theta, v(1)) // b = 1, g' = 1 + 0.9 = 1.9, θ = 1 − 0.19 = 0.81
    expect(theta[0]).toBeCloseTo(0.81, 14)
    expect(opt.state.lookahead![0]).toBeCloseTo(0.81 - 0.1 * 0.9 * 1, 14)
    opt.step(theta, v(0.5)) // b = 0.9 + 0.5 = 1.4, g' = 0.5 + 1.26 = 1.76, θ = 0.81 − 0.176 = 0.634
    expect(theta[0]).toBeCloseTo(0.634, 14)
  })

  it('rejects dampening, as PyTorch does', () => {
    expect(() => createOptimizer('nesterov', { dampening: 0.1 })).toThrow(/zero dampening/)
  })
})
