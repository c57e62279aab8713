import { describe, expect, it } from 'vitest'
import { AnimationClock, MAX_LIVE_TICK_SECONDS } from '../../../src/render/animationClock.ts'

/** A scheduler the test drives by hand: frame(ms) runs the requested callback at that time. */
function manualScheduler() {
  let pending: ((now: number) => void) | null = null
  return {
    scheduler: { request: (cb: (now: number) => void) => ((pending = cb), 1), cancel: () => void (pending = null) },
    frame(now: number) {
      const cb = pending
      pending = null
      cb?.(now)
    },
    get waiting() {
      return pending !== null
    },
  }
}

describe('AnimationClock', () => {
  it('in manual mode moves only when stepped, by exactly the step', () => {
    const s = manualScheduler()
    const clock = new AnimationClock({ manual: true, scheduler: s.scheduler })
    const seen: [number, number][] = []
    clock.subscribe((dt, t) => seen.push([dt, t]))
    expect(s.waiting).toBe(false) // no wall-time loop in manual mode
    clock.step(1 / 30)
    clock.step(1 / 30)
    expect(seen).toEqual([[1 / 30, 1 / 30], [1 / 30, 2 / 30]])
  })

  it('live, hands out real elapsed time per frame, starting at 0 and capped after a stall', () => {
    const s = manualScheduler()
    const clock = new AnimationClock({ scheduler: s.scheduler })
    const dts: number[] = []
    const off = clock.subscribe((dt) => dts.push(dt))
    s.frame(1000)
    s.frame(1016)
    s.frame(5000) // a 4 s stall
    expect(dts[0]).toBe(0)
    expect(dts[1]).toBeCloseTo(0.016, 12)
    expect(dts[2]).toBe(MAX_LIVE_TICK_SECONDS)
    off()
    s.frame(5016)
    expect(s.waiting).toBe(false) // nothing animates: the loop stops
    // A new animation later starts from dt = 0, not from the time spent idle.
    clock.subscribe((dt) => dts.push(dt))
    s.frame(9000)
    expect(dts[dts.length - 1]).toBe(0)
  })

  it('a task holds idle() until it waits for its next tick, and a step makes it busy again', async () => {
    const clock = new AnimationClock({ manual: true, scheduler: null })
    const task = clock.task()
    let idle = false
    void clock.idle().then(() => (idle = true))
    await Promise.resolve()
    expect(idle).toBe(false)
    const tick = task.nextTick()
    await Promise.resolve()
    expect(idle).toBe(true)
    expect(clock.animating).toBe(true)
    clock.step(0.1)
    await tick
    let idleAgain = false
    void clock.idle().then(() => (idleAgain = true))
    await Promise.resolve()
    expect(idleAgain).toBe(false) // the woken task is working on its next chunk
    task.done()
    await Promise.resolve()
    expect(idleAgain).toBe(true)
    expect(clock.animating).toBe(false)
  })

  it('done() releases a task that is waiting for a tick that never comes', async () => {
    const clock = new AnimationClock({ manual: true, scheduler: null })
    const task = clock.task()
    const tick = task.nextTick()
    task.done()
    await expect(tick).resolves.toBeUndefined()
    expect(clock.animating).toBe(false)
  })
})
