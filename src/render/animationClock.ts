// The one clock every animation in the workbench advances on (the race, the swarm, h → 0, the gradient-descent ball).
// Nothing animated reads wall time: each animation subscribes a tick and is told how many seconds passed. Live, the
// clock turns requestAnimationFrame into ticks of real elapsed time; while recording it is in manual mode and moves
// only when the recorder steps it, by exactly 1/fps, so a recording shows the same frames on a slow and a fast machine.
//
// Work that a tick starts asynchronously (a swarm chunk read back from the GPU) is a task: the recorder waits, after each
// step, until every task is idle again (waiting for its next tick or finished) before it renders the frame.

export type TickListener = (dtSeconds: number, timeSeconds: number) => void

/** Longest tick we hand out live: after a stall (a hidden tab, a GC pause) an animation resumes instead of jumping. */
export const MAX_LIVE_TICK_SECONDS = 0.25

export interface ClockTask {
  /** Resolves at the next tick; until then the task counts as idle. */
  nextTick(): Promise<void>
  /** The task is over: it no longer holds the recorder back. */
  done(): void
}

interface Scheduler {
  request(callback: (nowMs: number) => void): number
  cancel(handle: number): void
}

const browserScheduler = (): Scheduler | null =>
  typeof requestAnimationFrame === 'function'
    ? { request: (cb) => requestAnimationFrame(cb), cancel: (h) => cancelAnimationFrame(h) }
    : null

export class AnimationClock {
  /** Seconds of animation time since the clock was made (manual steps and live ticks alike). */
  time = 0
  private manualMode: boolean
  private readonly listeners = new Set<TickListener>()
  private readonly waiting = new Set<() => void>()
  private busyTasks = 0
  private idleWaiters: (() => void)[] = []
  private frame: number | null = null
  private lastMs: number | null = null
  private readonly modeListeners = new Set<() => void>()

  constructor(options: { manual?: boolean; scheduler?: Scheduler | null } = {}) {
    this.manualMode = options.manual ?? false
    this.scheduler = options.scheduler === undefined ? browserScheduler() : options.scheduler
  }

  private readonly scheduler: Scheduler | null

  get manual(): boolean {
    return this.manualMode
  }

  /** Manual: only step() moves time (recording). Live: real elapsed time, one tick per animation frame. */
  setManual(manual: boolean): void {
    if (manual === this.manualMode) return
    this.manualMode = manual
    this.stopLoop()
    if (!manual) this.ensureLoop()
    for (const l of [...this.modeListeners]) l()
  }

  onModeChange(listener: () => void): () => void {
    this.modeListeners.add(listener)
    return () => this.modeListeners.delete(listener)
  }

  /** Something is animating: a tick listener or a task waiting for its next tick. "Until the animation ends" stops when this turns false. */
  get animating(): boolean {
    return this.listeners.size > 0 || this.waiting.size > 0 || this.busyTasks > 0
  }

  subscribe(listener: TickListener): () => void {
    this.listeners.add(listener)
    this.ensureLoop()
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** A piece of asynchronous animation work that ticks may wake (see the file comment). It starts busy. */
  task(): ClockTask {
    let busy = true
    let over = false
    let pending: (() => void) | null = null
    this.busyTasks++
    const setIdle = () => {
      if (!busy) return
      busy = false
      this.busyTasks--
      this.notifyIdle()
    }
    return {
      nextTick: () =>
        new Promise<void>((resolve) => {
          if (over) return resolve()
          const wake = () => {
            this.waiting.delete(wake)
            pending = null
            if (!over && !busy) {
              busy = true
              this.busyTasks++
            }
            resolve()
          }
          pending = wake
          this.waiting.add(wake)
          setIdle()
          this.ensureLoop()
        }),
      done: () => {
        over = true
        pending?.()
        setIdle()
      },
    }
  }

  /** Advances time by exactly `dtSeconds` and tells every animation (manual mode; also usable live in tests). */
  step(dtSeconds: number): void {
    this.time += dtSeconds
    for (const listener of [...this.listeners]) listener(dtSeconds, this.time)
    for (const wake of [...this.waiting]) wake()
  }

  /** Resolves once no task is busy (all are waiting for a tick or done). */
  idle(): Promise<void> {
    if (this.busyTasks === 0) return Promise.resolve()
    return new Promise((resolve) => this.idleWaiters.push(resolve))
  }

  private notifyIdle(): void {
    if (this.busyTasks !== 0) return
    const waiters = this.idleWaiters
    this.idleWaiters = []
    for (const w of waiters) w()
  }

  private ensureLoop(): void {
    if (this.manualMode || this.frame !== null || !this.scheduler) return
    if (this.listeners.size === 0 && this.waiting.size === 0) return
    // A fresh loop: its first tick is dt = 0, so time spent with nothing animating is not handed out later.
    this.lastMs = null
    this.frame = this.scheduler.request(this.tickLive)
  }

  private readonly tickLive = (nowMs: number): void => {
    const dt = this.lastMs === null ? 0 : Math.min(Math.max((nowMs - this.lastMs) / 1000, 0), MAX_LIVE_TICK_SECONDS)
    this.lastMs = nowMs
    this.step(dt)
    const more = !this.manualMode && this.scheduler && (this.listeners.size > 0 || this.waiting.size > 0)
    this.frame = more ? this.scheduler!.request(this.tickLive) : null
  }

  private stopLoop(): void {
    if (this.frame !== null) this.scheduler?.cancel(this.frame)
    this.frame = null
    this.lastMs = null
  }
}

declare global {
  interface Window {
    /** Set before the app loads (the headless recorder does): the clock starts in manual mode and nothing moves on its own. */
    __workbenchManualClock?: boolean
  }
}

/** The app's clock. A page opened by the headless recorder starts it in manual mode. */
export const animationClock = new AnimationClock({
  manual: typeof window !== 'undefined' && window.__workbenchManualClock === true,
})
