// Goh, "Why Momentum Really Works" (Distill 2017): on a quadratic with eigenvalues λ₁ ≥ … ≥ λₙ > 0 and κ = λ₁/λₙ, heavy-ball
// momentum with α = (2 / (√λ₁ + √λₙ))² and β = ((√κ − 1)/(√κ + 1))² converges at the rate (√κ − 1)/(√κ + 1) per step.
// Torch's buffer form (b ← βb + g, θ ← θ − αb) is exactly Goh's z/w iteration, so the same rate must show.
import { describe, expect, it } from 'vitest'
import { createOptimizer } from '../../../../src/math/optim/index.ts'

function observedRate(kappa: number, steps: number): { rate: number; gdRate: number } {
  const lambdas = [kappa, 1]
  const alpha = (2 / (Math.sqrt(lambdas[0]!) + Math.sqrt(lambdas[1]!))) ** 2
  const beta = ((Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)) ** 2
  const run = (name: 'momentum' | 'gd', lr: number, momentum?: number) => {
    const opt = createOptimizer(name, { lr, momentum })
    const theta = Float64Array.of(1, 1)
    const grad = new Float64Array(2)
    const norms: number[] = []
    for (let k = 0; k < steps; k++) {
      grad[0] = lambdas[0]! * theta[0]!
      grad[1] = lambdas[1]! * theta[1]!
      opt.step(theta, grad)
      norms.push(Math.hypot(theta[0]!, theta[1]!))
    }
    // Geometric rate over the second half (the critically damped mode decays like k·rᵏ, so measure over a long window).
    const a = Math.floor(steps / 2)
    return (norms[steps - 1]! / norms[a - 1]!) ** (1 / (steps - a))
  }
  return { rate: run('momentum', alpha, beta), gdRate: run('gd', 2 / (lambdas[0]! + lambdas[1]!)) }
}

describe('momentum convergence rate', () => {
  for (const kappa of [10, 100, 1000]) {
    it(`κ = ${kappa}: converges at (√κ−1)/(√κ+1), far faster than gradient descent's (κ−1)/(κ+1)`, () => {
      const theory = (Math.sqrt(kappa) - 1) / (Math.sqrt(kappa) + 1)
      // Enough steps to shrink the error by about e^-400 (1e-174): long window, no underflow.
      const { rate, gdRate } = observedRate(kappa, Math.round(400 / -Math.log(theory)))
      expect(rate).toBeGreaterThan(theory - 0.01)
      expect(rate).toBeLessThan(theory + 0.01)
      expect(gdRate).toBeCloseTo((kappa - 1) / (kappa + 1), 3)
    })
  }
})
