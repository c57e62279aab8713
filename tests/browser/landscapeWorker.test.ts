// The landscape lab's TF.js host in real Chromium, without the scene: the module worker on the wasm backend (its
// .wasm binaries must load inside the worker), a clear error from inside the worker, and the main-thread fallback
// on the same protocol. Runs are tiny (logistic regression on moons, an 11×11 grid): the point is the plumbing.
import { describe, expect, it } from 'vitest'
import { LandscapeRuntime, type LandscapeConfig } from '../../scenes/lab/landscape/landscapeRuntime.ts'

const TINY: LandscapeConfig = {
  problem: { dataset: 'moons', model: 'logistic', activation: 'tanh', dataSeed: 1 },
  seed: 1,
  steps: 20,
  optimizers: [{ name: 'adam', lr: 0.1 }],
  reference: 'adam',
  directions: 'random',
  directionSeed: 7,
  resolution: 11,
  fit: false,
  alpha: [-1, 1],
  beta: [-1, 1],
}

describe('landscape host', () => {
  it('runs in a module worker on the wasm backend, and the page never loads TF.js', { timeout: 120_000 }, async () => {
    const runtime = new LandscapeRuntime({ backends: ['wasm'] })
    try {
      await runtime.start(TINY)
      const status = runtime.status.get()
      expect(status.message).not.toMatch(/failed|could not/)
      expect(status.phase).toBe('done')
      expect(status.backend).toBe('wasm')
      expect(status.host).toBe('worker')
      const result = runtime.result.get()!
      expect(result.complete).toBe(true)
      expect(result.values).toHaveLength(121)
      expect(result.values.every(Number.isFinite)).toBe(true)
      expect(result.max).toBeGreaterThan(result.min)
      expect(result.interpolation!.losses.length).toBeGreaterThan(2)
      expect(runtime.curves.get()[0]!.records.at(-1)!.step).toBe(20)
      // Four data tensors (train and held-out x, y) stay in the worker's engine; nothing else is left.
      expect(status.liveTensors).toBe(4)
      // TF.js creates its engine on globalThis when it is imported: on the worker path the page has none.
      expect((globalThis as { _tfengine?: unknown })._tfengine).toBeUndefined()
    } finally {
      runtime.dispose()
    }
  })

  it('reports an error from inside the worker with its message, and the next run works', { timeout: 120_000 }, async () => {
    const runtime = new LandscapeRuntime({ backends: ['cpu'] })
    try {
      await runtime.start({ ...TINY, reference: 'gd' })
      expect(runtime.status.get().phase).toBe('error')
      expect(runtime.status.get().message).toBe('θ* comes from gd, which is not being trained: tick it, or choose another optimizer for θ*.')
      await runtime.start({ ...TINY, resolution: 300 })
      expect(runtime.status.get().message).toBe('grid resolution must be an integer from 11 to 201, got 300')
      await runtime.start(TINY)
      expect(runtime.status.get().phase).toBe('done')
      expect(runtime.status.get().backend).toBe('cpu')
    } finally {
      runtime.dispose()
    }
  })

  it('cancels in the worker: the run unwinds, and its tensors are freed (back to the count after the last finished run)', { timeout: 120_000 }, async () => {
    const runtime = new LandscapeRuntime({ backends: ['cpu'] })
    try {
      await runtime.start(TINY)
      const settled = runtime.status.get().liveTensors
      // The spirals MLP on a 201² grid: long enough on any machine for the cancel to land mid-grid.
      const run = runtime.start({ ...TINY, problem: { ...TINY.problem, dataset: 'spirals', model: 'mlp' }, steps: 10, resolution: 201 })
      await new Promise<void>((resolve) => {
        const stop = runtime.status.subscribe(() => {
          if (runtime.status.get().phase === 'grid') {
            stop()
            resolve()
          }
        })
      })
      runtime.cancelByUser()
      await run
      expect(runtime.status.get().phase).toBe('cancelled')
      expect(runtime.result.get()!.complete).toBe(false)
      expect(runtime.status.get().liveTensors).toBe(settled)
    } finally {
      runtime.dispose()
    }
  })

  it('the main-thread fallback speaks the same protocol', { timeout: 120_000 }, async () => {
    const runtime = new LandscapeRuntime({ host: 'main thread', backends: ['cpu'] })
    try {
      await runtime.start(TINY)
      expect(runtime.status.get().phase).toBe('done')
      expect(runtime.status.get().host).toBe('main thread')
      expect(runtime.result.get()!.values.every(Number.isFinite)).toBe(true)
    } finally {
      runtime.dispose()
    }
  })
})
