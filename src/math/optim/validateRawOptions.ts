// Options that come from outside the program (a form, a link) arrive untyped: a field may still be the text someone
// typed. These entry points take them as they are and apply the same rules as validateOptions, so a "0.1" typed as
// text is named as a string ("lr must be a number, got the string '0.1'") rather than coerced or crashing.
import type { OptimizerName, OptimizerOptions } from './types.ts'
import type { LrSchedule } from './schedules.ts'
import { withDefaults } from './defaults.ts'
import { validateOptions, validateSchedule } from './validateOptions.ts'

type Raw = Readonly<Record<string, unknown>>

/** validateOptions for untyped options: PyTorch's defaults fill what is absent, then every field is checked. */
export function validateRawOptions(name: OptimizerName, options: Raw): void {
  validateOptions(name, withDefaults(name, options as OptimizerOptions))
}

/** validateSchedule for an untyped schedule ({ kind, …its settings }); `lr` is the rate it scales. */
export function validateRawSchedule(owner: string, schedule: Raw, lr: number): void {
  validateSchedule(owner, schedule as unknown as LrSchedule, lr)
}
