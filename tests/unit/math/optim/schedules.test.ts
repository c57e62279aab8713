import { describe, expect, it } from 'vitest'
import { createOptimizer, scheduledLr } from '../../../../src/math/optim/index.ts'

describe('learning-rate schedules', () => {
  it('step: γ·gamma^floor(t/stepSize)', () => {
    const s = { kind: 'step', stepSize: 10, gamma: 0.5 } as const
    expect([0, 9, 10, 25].map((t) => scheduledLr(s, 1, t))).toEqual([1, 1, 0.5, 0.25])
  })
  it('exponential: γ·gamma^t', () => {
    expect(scheduledLr({ kind: 'exponential', gamma: 0.9 }, 2, 3)).toBeCloseTo(2 * 0.729, 14)
  })
  it('cosine: from γ down to lrMin over tMax, then held', () => {
    const s = { kind: 'cosine', tMax: 100, lrMin: 0.1 } as const
    expect(scheduledLr(s, 1, 0)).toBeCloseTo(1, 14)
    expect(scheduledLr(s, 1, 50)).toBeCloseTo(0.55, 14)
    expect(scheduledLr(s, 1, 100)).toBeCloseTo(0.1, 14)
    expect(scheduledLr(s, 1, 500)).toBeCloseTo(0.1, 14)
  })
  it('is applied by the optimizer at each step', () => {
    const opt = createOptimizer('gd', { lr: 1, schedule: { kind: 'step', stepSize: 1, gamma: 0.5 } })
    const theta = Float64Array.of(0)
    opt.step(theta, Float64Array.of(1)) // lr 1
    opt.step(theta, Float64Array.of(1)) // lr 0.5
    expect(theta[0]).toBeCloseTo(-1.5, 14)
    expect(opt.state.lr).toBe(0.5)
  })
  it('rejects bad hyperparameters with a sentence', () => {
    expect(() => createOptimizer('adam', { beta1: 1 })).toThrow('adam: beta1 must be a number in [0, 1), got 1')
    expect(() => createOptimizer('gd', { lr: -1 })).toThrow('gd: lr must be a finite number ≥ 0, got -1')
    expect(() => createOptimizer('sgd' as never)).toThrow(/unknown optimizer 'sgd'/)
  })
})
