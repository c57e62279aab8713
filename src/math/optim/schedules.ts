// Learning-rate schedules, as in torch.optim.lr_scheduler, evaluated in closed form at step t (t = 0 for the first step).
export type LrSchedule =
  | { readonly kind: 'constant' }
  /** StepLR: lr · gamma^floor(t / stepSize). */
  | { readonly kind: 'step'; readonly stepSize: number; readonly gamma: number }
  /** ExponentialLR: lr · gamma^t. */
  | { readonly kind: 'exponential'; readonly gamma: number }
  /** CosineAnnealingLR: lrMin + (lr − lrMin)(1 + cos(π t / tMax)) / 2, held at lrMin after tMax. */
  | { readonly kind: 'cosine'; readonly tMax: number; readonly lrMin: number }

export const CONSTANT_SCHEDULE: LrSchedule = Object.freeze({ kind: 'constant' })

export function scheduledLr(schedule: LrSchedule, baseLr: number, t: number): number {
  switch (schedule.kind) {
    case 'constant':
      return baseLr
    case 'step':
      return baseLr * schedule.gamma ** Math.floor(t / Math.max(1, schedule.stepSize))
    case 'exponential':
      return baseLr * schedule.gamma ** t
    case 'cosine': {
      const progress = Math.min(t, schedule.tMax) / Math.max(1, schedule.tMax)
      return schedule.lrMin + ((baseLr - schedule.lrMin) * (1 + Math.cos(Math.PI * progress))) / 2
    }
  }
}
