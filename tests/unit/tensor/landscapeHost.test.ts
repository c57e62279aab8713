// The TF.js host of the landscape protocol (what the worker runs), in Node on the cpu backend: the order and content
// of its events, cancellation (tensors freed, no 'done'), a new run superseding one in flight, and errors as messages.
import { beforeAll, describe, expect, it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { LandscapeHost } from '../../../src/tensor/landscapeHost.ts'
import { transferablesOf, type LandscapeConfig, type LandscapeEvent } from '../../../src/tensor/landscapeProtocol.ts'

const CONFIG: LandscapeConfig = {
  problem: { dataset: 'moons', model: 'mlp', activation: 'tanh', dataSeed: 4 },
  seed: 2,
  steps: 30,
  optimizers: [{ name: 'momentum', lr: 0.1 }, { name: 'adam', lr: 0.02 }],
  reference: 'adam',
  directions: 'pca',
  directionSeed: 1,
  resolution: 13,
  fit: true,
  alpha: [-1, 1],
  beta: [-1, 1],
}

const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve))

function hostWithLog() {
  const events: LandscapeEvent[] = []
  const host = new LandscapeHost({ kind: 'worker', post: (e) => events.push(e), yieldToPage: nextTask, backends: ['cpu'] })
  return { host, events }
}

beforeAll(() => {
  tf.env().set('IS_TEST', true)
})

describe('LandscapeHost', () => {
  it('runs the pipeline: backend, training curves, the plane, the grid coarse to complete, the picture, done', async () => {
    const { host, events } = hostWithLog()
    const before = tf.memory().numTensors
    host.handle({ type: 'run', runId: 1, config: CONFIG })
    await host.idle()
    const types = events.map((e) => e.type)
    expect(events.every((e) => e.runId === 1)).toBe(true)
    expect(types[0]).toBe('progress')
    expect(types[1]).toBe('backend')
    expect(types.at(-1)).toBe('done')
    expect(types.indexOf('curve')).toBeLessThan(types.indexOf('plane'))
    expect(types.indexOf('plane')).toBeLessThan(types.indexOf('grid'))
    expect(types.lastIndexOf('grid')).toBeLessThan(types.indexOf('picture'))
    expect(events.find((e) => e.type === 'backend')).toMatchObject({ backend: 'cpu', host: 'worker' })

    // Progress only grows, within [0, 1].
    const fractions = events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []))
    for (let k = 1; k < fractions.length; k++) expect(fractions[k]!).toBeGreaterThanOrEqual(fractions[k - 1]!)
    expect(Math.max(...fractions)).toBeLessThanOrEqual(1)

    // Curves end at the last step of each optimizer; both trails are on the plane, Adam's ending at θ* (the origin).
    const curves = events.flatMap((e) => (e.type === 'curve' ? [e] : []))
    expect(curves.filter((c) => c.name === 'momentum').at(-1)!.records.at(-1)!.step).toBe(30)
    expect(curves.filter((c) => c.name === 'adam').at(-1)!.records.at(-1)!.step).toBe(30)
    const plane = events.find((e) => e.type === 'plane')!
    if (plane.type !== 'plane') throw new Error('unreachable')
    expect(plane.trails.map((t) => t.name)).toEqual(['momentum', 'adam'])
    const adam = plane.trails[1]!.coords
    expect(Math.hypot(adam.at(-2)!, adam.at(-1)!)).toBeLessThan(1e-4)
    expect(plane.explained![0]).toBeGreaterThanOrEqual(plane.explained![1])

    // Grid events: every one its own buffer (so transferring one detaches no other); only the last is complete.
    const grids = events.flatMap((e) => (e.type === 'grid' ? [e] : []))
    expect(new Set(grids.map((g) => g.values.buffer)).size).toBe(grids.length)
    expect(grids.map((g) => g.complete)).toEqual([...grids.slice(1).map(() => false), true])
    const final = grids.at(-1)!
    expect(final.values).toHaveLength(13 * 13)
    expect(final.values.every(Number.isFinite)).toBe(true)
    expect(final.min).toBe(Math.min(...final.values))
    expect(transferablesOf(final)).toEqual([final.values.buffer])

    // The model's picture for a 2D set: decision regions, no image predictions.
    const picture = events.find((e) => e.type === 'picture')!
    if (picture.type !== 'picture') throw new Error('unreachable')
    expect(picture.regions).toHaveLength(64 * 64)
    expect(picture.predictions).toEqual([])
    expect(picture.sharpness).toBeGreaterThan(0)

    // Only the problem's four data tensors (train and held-out x, y) stay.
    expect(events.at(-1)!.liveTensors).toBe(before + 4)
    host.dispose()
    await host.idle()
  })

  it('cancel during the grid: the run unwinds with "cancelled" (no done), its tensors freed', async () => {
    const { host, events } = hostWithLog()
    host.handle({ type: 'run', runId: 1, config: { ...CONFIG, steps: 5 } })
    await host.idle()
    const settled = events.at(-1)!.liveTensors
    events.length = 0
    let cancelled = false
    const cancellingHost = new LandscapeHost({
      kind: 'worker',
      backends: ['cpu'],
      yieldToPage: nextTask,
      post: (e) => {
        events.push(e)
        if (!cancelled && e.type === 'progress' && e.phase === 'grid') {
          cancelled = true
          cancellingHost.handle({ type: 'cancel', runId: 2 })
        }
      },
    })
    cancellingHost.handle({ type: 'run', runId: 2, config: { ...CONFIG, steps: 5, resolution: 61 } })
    await cancellingHost.idle()
    expect(cancelled).toBe(true)
    expect(events.at(-1)!.type).toBe('cancelled')
    expect(events.some((e) => e.type === 'done' || e.type === 'picture')).toBe(false)
    // The cancelling host holds its own four data tensors besides the first host's.
    expect(events.at(-1)!.liveTensors).toBe(settled + 4)
    host.dispose()
    cancellingHost.dispose()
    await host.idle()
  })

  it('a new run supersedes the one in flight: the old one ends "cancelled" before the new one starts', async () => {
    const events: LandscapeEvent[] = []
    const host = new LandscapeHost({
      kind: 'worker',
      backends: ['cpu'],
      yieldToPage: nextTask,
      post: (e) => {
        events.push(e)
        // A new configuration arrives while run 1 trains.
        if (e.runId === 1 && e.type === 'curve' && !events.some((x) => x.runId === 2)) host.handle({ type: 'run', runId: 2, config: { ...CONFIG, steps: 10 } })
      },
    })
    host.handle({ type: 'run', runId: 1, config: CONFIG })
    await host.idle()
    const firstOfTwo = events.findIndex((e) => e.runId === 2)
    expect(events.slice(0, firstOfTwo).map((e) => e.runId).every((id) => id === 1)).toBe(true)
    expect(events.slice(0, firstOfTwo).some((e) => e.type === 'curve')).toBe(true)
    expect(events[firstOfTwo - 1]!.type).toBe('cancelled')
    expect(events.at(-1)).toMatchObject({ runId: 2, type: 'done' })
    host.dispose()
  })

  it('bad input comes back as an error event with a specific message', async () => {
    const { host, events } = hostWithLog()
    host.handle({ type: 'run', runId: 1, config: { ...CONFIG, resolution: 7 } })
    await host.idle()
    expect(events.at(-1)).toMatchObject({ type: 'error', message: 'grid resolution must be an integer from 11 to 201, got 7' })
    host.handle({ type: 'run', runId: 2, config: { ...CONFIG, optimizers: [] } })
    await host.idle()
    expect(events.at(-1)).toMatchObject({ type: 'error', runId: 2, message: 'Tick “train” for at least one optimizer: the landscape is drawn around a trained θ*.' })
    host.dispose()
  })
})
