import { describe, expect, it, vi } from 'vitest'
import { parse } from '../../../../src/math/expr/index.ts'
import { createOptimizer } from '../../../../src/math/optim/index.ts'
import { buildRaceSurface, minimaForParams } from '../../../../scenes/lab/descent/raceSurface.ts'
import { RaceRuntime } from '../../../../scenes/lab/descent/raceRuntime.ts'

const domain = { xMin: -2, xMax: 2, yMin: -1, yMax: 3 }
const rosenbrock = buildRaceSurface(parse('(a - x)^2 + b (y - x^2)^2'), { a: 1, b: 100 }, domain, [[1, 1]])
const specs = [
  { id: 'gd', optimizer: 'gd' as const, options: { lr: 1e-3 } },
  { id: 'adam', optimizer: 'adam' as const, options: { lr: 0.05 } },
]

describe('race surface', () => {
  it('f and the exact gradient match hand-written Rosenbrock', () => {
    const g = new Float64Array(2)
    for (const [x, y] of [[-1.5, 2], [0.3, -0.7], [1, 1]] as const) {
      rosenbrock.grad(x, y, g)
      expect(rosenbrock.f(x, y)).toBeCloseTo((1 - x) ** 2 + 100 * (y - x * x) ** 2, 10)
      expect(g[0]).toBeCloseTo(-2 * (1 - x) - 400 * x * (y - x * x), 9)
      expect(g[1]).toBeCloseTo(200 * (y - x * x), 9)
    }
  })

  it("Rosenbrock's minimum follows a: (a, a²)", () => {
    expect(minimaForParams('rosenbrock', [[1, 1]], { a: 0.5, b: 100 })).toEqual([[0.5, 0.25]])
    expect(minimaForParams('himmelblau', [[3, 2]], {})).toEqual([[3, 2]])
  })
})

describe('race runtime', () => {
  it('steps match the float64 optimizers run by hand', () => {
    const runtime = new RaceRuntime()
    runtime.configure({ surface: rosenbrock, specs, start: [-1.5, 2], maxSteps: 500, gradTol: 1e-9 })
    expect(runtime.stepBy(300)).toBe(300)
    const race = runtime.race.get()!
    for (const spec of specs) {
      const opt = createOptimizer(spec.optimizer, spec.options)
      const theta = Float64Array.of(-1.5, 2)
      const g = new Float64Array(2)
      for (let k = 0; k < 300; k++) {
        // Hand-written gradient, independent of the symbolic one.
        g[0] = -2 * (1 - theta[0]!) - 400 * theta[0]! * (theta[1]! - theta[0]! ** 2)
        g[1] = 200 * (theta[1]! - theta[0]! ** 2)
        opt.step(theta, g)
      }
      const racer = race.racers.find((r) => r.id === spec.id)!
      expect(racer.theta[0]).toBeCloseTo(theta[0]!, 9)
      expect(racer.theta[1]).toBeCloseTo(theta[1]!, 9)
    }
  })

  it('is deterministic whatever the frame times: same trail after the same number of steps', () => {
    const a = new RaceRuntime()
    const b = new RaceRuntime()
    for (const r of [a, b]) r.configure({ surface: rosenbrock, specs, start: [-1.5, 2], maxSteps: 400, gradTol: 1e-9 })
    a.play()
    b.play()
    let stepsA = 0
    while (stepsA < 400 && a.playing.get()) stepsA += a.advance(1 / 60, 600, 7)
    let stepsB = 0
    while (stepsB < 400 && b.playing.get()) stepsB += b.advance(1 / 144, 600, 1000)
    expect(stepsA).toBe(400)
    expect(stepsB).toBe(400)
    expect(Array.from(a.race.get()!.racers[0]!.trail)).toEqual(Array.from(b.race.get()!.racers[0]!.trail))
    // The race stops itself at max steps.
    expect(a.playing.get()).toBe(false)
    expect(a.summary.get().racers.map((r) => r.status)).toEqual(['max-steps', 'max-steps'])
  })

  it('reports divergence with the step it happened at, and stops', () => {
    const runtime = new RaceRuntime()
    runtime.configure({ surface: rosenbrock, specs: [{ id: 'gd', optimizer: 'gd', options: { lr: 0.05 } }], start: [-1.5, 2], maxSteps: 1000, gradTol: 1e-9 })
    runtime.play()
    for (let i = 0; i < 100 && runtime.playing.get(); i++) runtime.advance(0.1, 100, 100)
    const [racer] = runtime.summary.get().racers
    expect(racer!.status).toBe('diverged')
    expect(racer!.message).toMatch(/^diverged at step \d+/)
    expect(runtime.playing.get()).toBe(false)
  })

  it('while playing, one step per frame does not re-render the panel every frame; pausing shows the step reached', () => {
    const runtime = new RaceRuntime()
    runtime.configure({ surface: rosenbrock, specs, start: [-1.5, 2], maxSteps: 500, gradTol: 1e-9 })
    // The clock stands still: every frame falls inside one SUMMARY_INTERVAL_MS window.
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000)
    try {
      runtime.play()
      let summaries = 0
      const off = runtime.summary.subscribe(() => summaries++)
      let taken = 0
      // 100 steps/s capped at one step per frame: exactly one step in each of ten frames.
      for (let frame = 0; frame < 10; frame++) taken += runtime.advance(0.1, 100, 1)
      expect(taken).toBe(10)
      expect(summaries).toBe(0)
      runtime.pause()
      expect(summaries).toBe(1)
      expect(runtime.summary.get().racers.map((r) => r.steps)).toEqual([10, 10])
      off()
    } finally {
      now.mockRestore()
    }
  })

  it('an invalid hyperparameter gives a message instead of a race', () => {
    const runtime = new RaceRuntime()
    runtime.configure({ surface: rosenbrock, specs: [{ id: 'adam', optimizer: 'adam', options: { beta1: 1 } }], start: [0, 0], maxSteps: 10, gradTol: 0 })
    expect(runtime.race.get()).toBeNull()
    expect(runtime.summary.get().error).toMatch(/beta1/)
  })

  it('reset goes back to step 0; play after the finish starts over', () => {
    const runtime = new RaceRuntime()
    runtime.configure({ surface: rosenbrock, specs, start: [-1.5, 2], maxSteps: 20, gradTol: 1e-9 })
    runtime.stepBy(20)
    expect(runtime.race.get()!.running).toBe(false)
    runtime.play()
    expect(runtime.race.get()!.racers[0]!.steps).toBe(0)
    runtime.stepBy(5)
    runtime.reset()
    expect(runtime.summary.get().racers.map((r) => r.steps)).toEqual([0, 0])
    expect(runtime.playing.get()).toBe(false)
  })
})
