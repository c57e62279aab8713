// Swarm mode's runtime in Node (tfjs cpu backend: the webgl attempt fails here and the fallback takes over):
// positions agree with per-particle float64 optimizers, basins agree with classifyBasins on the float64 end points,
// and a run leaves no live tensors behind.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { parse } from '../../../../src/math/expr/index.ts'
import { classifyBasins, createOptimizer, testFunction } from '../../../../src/math/optim/index.ts'
import { buildRaceSurface } from '../../../../scenes/lab/descent/raceSurface.ts'
import { BASIN_RADIUS_FRACTION, SwarmRuntime } from '../../../../scenes/lab/descent/swarmRuntime.ts'
import { useBackend } from '../../../../src/tensor/backend.ts'
import { Swarm } from '../../../../src/tensor/swarm.ts'

const himmelblau = testFunction('himmelblau')
const surface = buildRaceSurface(parse(himmelblau.expression), {}, himmelblau.domain, himmelblau.minima)

beforeAll(async () => {
  tf.env().set('IS_TEST', true)
  await useBackend('cpu')
})

describe('swarm runtime', () => {
  it('64 Adam particles × 200 steps: positions ≈ float64, basins identical, no tensors left', async () => {
    const before = tf.memory().numTensors
    const runtime = new SwarmRuntime()
    const statuses: string[] = []
    runtime.status.subscribe(() => statuses.push(runtime.status.get().phase))
    await runtime.start({ surface, optimizer: 'adam', options: { lr: 0.05 }, count: 64, steps: 200 }, async () => {})
    const status = runtime.status.get()
    expect(status.phase).toBe('done')
    expect(status.backend).toBe('cpu')
    expect(statuses[0]).toBe('loading')
    expect(statuses.filter((s) => s === 'running').length).toBe(200 / 25)

    const reference = new Float64Array(128)
    const g = new Float64Array(2)
    for (let k = 0; k < 64; k++) {
      const opt = createOptimizer('adam', { lr: 0.05 })
      const theta = Float64Array.of(runtime.starts[2 * k]!, runtime.starts[2 * k + 1]!)
      for (let s = 0; s < 200; s++) {
        // Himmelblau's gradient written by hand, independent of the symbolic one the swarm uses.
        const a = theta[0]! ** 2 + theta[1]! - 11
        const b = theta[0]! + theta[1]! ** 2 - 7
        g[0] = 4 * theta[0]! * a + 2 * b
        g[1] = 2 * a + 4 * theta[1]! * b
        opt.step(theta, g)
      }
      reference.set(theta, 2 * k)
    }
    for (let i = 0; i < 128; i++) {
      expect(Math.abs(runtime.positions[i]! - reference[i]!), `coordinate ${i}`).toBeLessThan(2e-3 * Math.max(1, Math.abs(reference[i]!)))
    }
    const expected = classifyBasins(reference, himmelblau.minima, BASIN_RADIUS_FRACTION * 10)
    expect(Array.from(runtime.basins)).toEqual(Array.from(expected))
    const counts = [0, 1, 2, 3].map((i) => expected.filter((b) => b === i).length)
    expect(status.basinCounts).toEqual([...counts, 64 - counts.reduce((s, c) => s + c, 0)])
    expect(tf.memory().numTensors).toBe(before)
  })

  it('prepare shows the grid of starts and waits; run runs it; stop goes back to the grid', async () => {
    const runtime = new SwarmRuntime()
    runtime.prepare({ surface, optimizer: 'gd', options: { lr: 0.001 }, count: 16, steps: 30 })
    expect(runtime.status.get()).toMatchObject({ phase: 'ready', total: 30 })
    expect(runtime.starts.length).toBe(2 * 16)
    expect([...runtime.positions]).toEqual([...Float32Array.from(runtime.starts)])
    await runtime.run(async () => {})
    expect(runtime.status.get().phase).toBe('done')
    const moved = [...runtime.positions].some((v, i) => Math.abs(v - runtime.starts[i]!) > 1e-6)
    expect(moved).toBe(true)
    runtime.stop()
    expect(runtime.status.get().phase).toBe('ready')
    expect([...runtime.positions]).toEqual([...Float32Array.from(runtime.starts)])
    runtime.cancel()
    expect(runtime.status.get().phase).toBe('idle')
    // Nothing prepared: run does nothing.
    await runtime.run(async () => {})
    expect(runtime.status.get().phase).toBe('idle')
  })

  it('cancel stops a run and clears the cloud', async () => {
    const runtime = new SwarmRuntime()
    let yields = 0
    await runtime.start({ surface, optimizer: 'gd', options: { lr: 0.001 }, count: 16, steps: 500 }, async () => {
      if (++yields === 2) runtime.cancel()
    })
    expect(yields).toBe(2)
    expect(runtime.status.get().phase).toBe('idle')
    expect(runtime.positions.length).toBe(0)
  })

  it('a run superseded while its read-back is in flight does not write into the new run\'s positions', async () => {
    const runtime = new SwarmRuntime()
    const readBack = Swarm.prototype.positions
    let second: Promise<void> | null = null
    // The first read-back of run A resolves only after run B has started (same particle count, so the arrays match).
    const spy = vi.spyOn(Swarm.prototype, 'positions').mockImplementationOnce(async function (this: Swarm) {
      const data = await readBack.call(this)
      second = runtime.start({ surface, optimizer: 'gd', options: { lr: 0.01 }, count: 16, steps: 0 }, async () => {})
      return data
    })
    await runtime.start({ surface, optimizer: 'gd', options: { lr: 0.01 }, count: 16, steps: 100 }, async () => {})
    await second
    spy.mockRestore()
    // Run B took no steps: its particles are still at its start points, not where run A had moved them.
    expect(runtime.status.get().phase).toBe('done')
    expect(Array.from(runtime.positions)).toEqual(Array.from(Float32Array.from(runtime.starts)))
  })

  it('invalid options end in an error status with the optimizer’s message', async () => {
    const runtime = new SwarmRuntime()
    await runtime.start({ surface, optimizer: 'adam', options: { beta2: 1 }, count: 16, steps: 10 }, async () => {})
    expect(runtime.status.get().phase).toBe('error')
    expect(runtime.status.get().message).toMatch(/beta2/)
  })
})
