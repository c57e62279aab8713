// Validation of optimizer options and learning-rate schedules: every value is checked for its type and its range, and a
// failure says which option, the range, and the value given ("rmsprop: alpha must be a number in [0, 1], got 2";
// "gd: lr must be a number, got the string '0.1'"). The ranges are PyTorch's where it checks, and otherwise the range
// in which the update rule means what it says: α > 1 in RMSProp makes the running average of g² negative (NaN),
// a schedule with γ < 0 or lrMin < 0 makes the learning rate negative (the optimizer climbs).
import type { OptimizerName } from './types.ts'
import type { LrSchedule } from './schedules.ts'
import type { FilledOptions } from './defaults.ts'

/** How a value reads in a message: numbers as written, strings quoted with their type named, anything else by type. */
export function describeValue(v: unknown): string {
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') return `the string '${v}'`
  if (v === null) return 'null'
  if (v === undefined) return 'nothing'
  return `a ${typeof v}`
}

/**
 * The error every check throws: a RangeError whose message is the sentence to show, and which names the option that
 * broke a rule (`lr`, `alpha`, `schedule gamma` …, as in the message), so a form or a link can show it at that field.
 */
export class OptionError extends RangeError {
  constructor(
    message: string,
    readonly option: string,
  ) {
    super(message)
    this.name = 'OptionError'
  }
}

type Check = (v: number) => boolean
interface Range { readonly text: string; readonly ok: Check }

const nonNegative: Range = { text: 'a finite number ≥ 0', ok: (v) => v >= 0 && Number.isFinite(v) }
const unit: Range = { text: 'a number in [0, 1]', ok: (v) => v >= 0 && v <= 1 }
const unitOpen: Range = { text: 'a number in [0, 1)', ok: (v) => v >= 0 && v < 1 }
const decay: Range = { text: 'a number in (0, 1]', ok: (v) => v > 0 && v <= 1 }
const positiveInteger: Range = { text: 'an integer ≥ 1', ok: (v) => Number.isInteger(v) && v >= 1 }

function checkNumber(owner: string, key: string, value: unknown, range: Range): void {
  if (typeof value !== 'number') throw new OptionError(`${owner}: ${key} must be a number, got ${describeValue(value)}`, key)
  if (!range.ok(value)) throw new OptionError(`${owner}: ${key} must be ${range.text}, got ${describeValue(value)}`, key)
}

function checkBoolean(owner: string, key: string, value: unknown): void {
  if (typeof value !== 'boolean') throw new OptionError(`${owner}: ${key} must be true or false, got ${describeValue(value)}`, key)
}

export const SCHEDULE_KINDS = ['constant', 'step', 'exponential', 'cosine'] as const

/** Checks a schedule against the base learning rate it scales (lrMin must not exceed it). */
export function validateSchedule(owner: string, schedule: LrSchedule, lr: number): void {
  const s = schedule as unknown as Record<string, unknown>
  if (typeof s !== 'object' || s === null || !SCHEDULE_KINDS.includes(s.kind as never)) {
    const kind = typeof s === 'object' && s !== null ? describeValue(s.kind) : describeValue(s)
    throw new OptionError(`${owner}: schedule kind must be one of ${SCHEDULE_KINDS.join(', ')}, got ${kind}`, 'schedule kind')
  }
  switch (schedule.kind) {
    case 'constant':
      return
    case 'step':
      checkNumber(owner, 'schedule stepSize', s.stepSize, positiveInteger)
      checkNumber(owner, 'schedule gamma', s.gamma, decay)
      return
    case 'exponential':
      checkNumber(owner, 'schedule gamma', s.gamma, decay)
      return
    case 'cosine':
      checkNumber(owner, 'schedule tMax', s.tMax, positiveInteger)
      checkNumber(owner, 'schedule lrMin', s.lrMin, { text: `a number in [0, lr] = [0, ${lr}]`, ok: (v) => v >= 0 && v <= lr })
      return
  }
}

/** Rejects options PyTorch would reject, and values outside the range where the rule makes sense, with a sentence. */
export function validateOptions(name: OptimizerName, o: FilledOptions): void {
  const fields = o as unknown as Record<string, unknown>
  checkNumber(name, 'lr', fields.lr, nonNegative)
  checkNumber(name, 'eps', fields.eps, nonNegative)
  checkNumber(name, 'momentum', fields.momentum, nonNegative)
  checkNumber(name, 'dampening', fields.dampening, unit)
  checkNumber(name, 'weightDecay', fields.weightDecay, nonNegative)
  checkNumber(name, 'beta1', fields.beta1, unitOpen)
  checkNumber(name, 'beta2', fields.beta2, unitOpen)
  checkNumber(name, 'alpha', fields.alpha, unit)
  checkNumber(name, 'lrDecay', fields.lrDecay, nonNegative)
  checkNumber(name, 'initialAccumulatorValue', fields.initialAccumulatorValue, nonNegative)
  checkBoolean(name, 'centered', fields.centered)
  checkBoolean(name, 'amsgrad', fields.amsgrad)
  if (name === 'nesterov' && (o.momentum <= 0 || o.dampening !== 0)) {
    throw new OptionError(
      `${name}: Nesterov momentum requires a momentum > 0 and zero dampening (as in PyTorch), got momentum ${o.momentum} and dampening ${o.dampening}`,
      o.momentum <= 0 ? 'momentum' : 'dampening',
    )
  }
  validateSchedule(name, o.schedule, o.lr)
}
