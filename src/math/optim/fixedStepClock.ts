// The race advances in whole optimizer steps at a fixed rate, whatever the frame rate: each frame adds its real
// elapsed time to an accumulator of simulated time and takes the whole steps that fit (the remainder carries over).
// So 200 steps/s is 200 steps per second at 30 fps and at 144 fps alike, and the trail at step k is the same however
// the frames fell (determinism lives in the step count, never in the frame time).

/** Longest frame we account for: after a stall (a hidden tab, a GC pause) the race resumes instead of jumping ahead. */
export const MAX_FRAME_SECONDS = 0.25

export class FixedStepClock {
  /** Simulated time not yet spent on a whole step, in steps (0 ≤ carry < 1 after each advance). */
  private carry = 0

  /**
   * Adds `dtSeconds` of real time at `stepsPerSecond` and returns the number of whole steps now due, at most
   * `maxStepsPerFrame`. Steps beyond the cap are dropped rather than owed, so a slow machine runs the race slower
   * instead of falling ever further behind (the "spiral of death" of fixed-step loops).
   */
  advance(dtSeconds: number, stepsPerSecond: number, maxStepsPerFrame: number): number {
    const dt = Number.isFinite(dtSeconds) ? Math.min(Math.max(dtSeconds, 0), MAX_FRAME_SECONDS) : 0
    const rate = Number.isFinite(stepsPerSecond) ? Math.max(stepsPerSecond, 0) : 0
    const cap = Math.max(0, Math.floor(maxStepsPerFrame))
    const due = this.carry + dt * rate
    const whole = Math.floor(due)
    if (whole > cap) {
      this.carry = 0
      return cap
    }
    this.carry = due - whole
    return whole
  }

  /** Forgets the carried fraction (on play, reset or a new race). */
  reset(): void {
    this.carry = 0
  }
}
