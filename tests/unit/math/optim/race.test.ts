import { describe, expect, it } from 'vitest'
import { Race, type RaceSurface } from '../../../../src/math/optim/index.ts'

// f = x² + 10 y², written out by hand (no dependency on the expression engine).
const bowl: RaceSurface = {
  f: (x, y) => x * x + 10 * y * y,
  grad: (x, y, out) => {
    out[0] = 2 * x
    out[1] = 20 * y
  },
  domain: { xMin: -2, xMax: 2, yMin: -2, yMax: 2 },
  minima: [[0, 0]],
}

describe('Race', () => {
  it('runs several optimizers from one start, deterministically, and stops them at the gradient tolerance', () => {
    const specs = [
      { id: 'gd', optimizer: 'gd', options: { lr: 0.04 } },
      { id: 'adam', optimizer: 'adam', options: { lr: 0.1 } },
    ] as const
    const run = () => {
      const race = new Race(bowl, specs, [1.5, 1], { maxSteps: 2000, gradTol: 1e-6 })
      while (race.running) race.step()
      return race
    }
    const a = run()
    const b = run()
    expect(a.racers.map((r) => r.status)).toEqual(['converged', 'converged'])
    expect(Array.from(a.racers[0]!.trail)).toEqual(Array.from(b.racers[0]!.trail))
    const gd = a.racers[0]!
    // Gradient descent on x: x_k = 1.5·(1 − 0.04·2)^k exactly.
    expect(gd.trail[2 * 3]).toBeCloseTo(1.5 * 0.92 ** 3, 12)
    expect(gd.loss[0]).toBe(1.5 * 1.5 + 10)
    expect(gd.distance[gd.steps]).toBeLessThan(1e-6)
  })

  it('reports divergence at the step it happens, without throwing', () => {
    const race = new Race(bowl, [{ id: 'gd', optimizer: 'gd', options: { lr: 0.5 } }], [1, 1], { maxSteps: 1000, gradTol: 1e-9 })
    // lr·20 = 10 > 2: y is multiplied by −9 every step and leaves the domain (10 × width 4 = 40 from the centre) at step 2.
    while (race.running) race.step()
    const r = race.racers[0]!
    expect(r.status).toBe('diverged')
    expect(r.message).toBe('diverged at step 2 (θ ran far off the domain)')
  })

  it('reports NaN as divergence and honours the step limit', () => {
    const nanSurface: RaceSurface = { ...bowl, f: (x, y) => (x < 0.5 ? NaN : bowl.f(x, y)) }
    const race = new Race(nanSurface, [{ id: 'gd', optimizer: 'gd', options: { lr: 0.2 } }], [1, 0], { maxSteps: 100, gradTol: 0 })
    while (race.running) race.step()
    expect(race.racers[0]!.message).toMatch(/^diverged at step 2 \(θ or f is not a finite number\)$/) // 1 → 0.6 → 0.36
    const capped = new Race(bowl, [{ id: 'gd', optimizer: 'gd', options: { lr: 1e-4 } }], [1, 1], { maxSteps: 5, gradTol: 0 })
    while (capped.running) capped.step()
    expect(capped.racers[0]!.status).toBe('max-steps')
    expect(capped.racers[0]!.steps).toBe(5)
  })
})
