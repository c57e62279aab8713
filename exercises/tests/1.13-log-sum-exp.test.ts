import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { logSumExp, softmax } = await implementation(() => import('../1.13-log-sum-exp.ts'), () => import('../solutions/1.13-log-sum-exp.ts'))

describe(`exercise 1.13: logSumExp and softmax (${target})`, () => {
  it('agree with the plain formulas on small logits', () => {
    const z = [1, 2, 3]
    expect(logSumExp(z)).toBeCloseTo(Math.log(Math.E + Math.E ** 2 + Math.E ** 3), 13)
    const total = Math.exp(1) + Math.exp(2) + Math.exp(3)
    softmax(z).forEach((p, i) => expect(p, `softmax([1, 2, 3])[${i}]`).toBeCloseTo(Math.exp(z[i]!) / total, 14))
  })

  it('do not overflow for large logits (shift by the maximum, theory 1.6)', () => {
    expect(logSumExp([1000, 1000]), 'logSumExp([1000, 1000]) should be 1000 + ln 2; Infinity means e^1000 overflowed').toBeCloseTo(1000 + Math.LN2, 10)
    expect(logSumExp([-1000, -1000]), 'logSumExp([-1000, -1000]) should be −1000 + ln 2; −Infinity means e^−1000 underflowed to 0').toBeCloseTo(-1000 + Math.LN2, 10)
    const p = softmax([1000, 0])
    expect(p.every(Number.isFinite), `softmax([1000, 0]) gave ${p}: NaN is ∞/∞`).toBe(true)
    expect(p[0]).toBeCloseTo(1, 15)
    expect(p[1]).toBeLessThan(1e-300)
  })

  it('softmax is a probability vector; edge cases', () => {
    const p = softmax([3, -2, 0.5, 7])
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14)
    expect(p.every((v) => v > 0)).toBe(true)
    expect(logSumExp([5]), 'one logit: LSE is the logit itself').toBeCloseTo(5, 14)
    expect(logSumExp([]), 'the empty sum is 0, and ln 0 = −∞').toBe(-Infinity)
    expect(softmax([])).toEqual([])
  })
})
