// Public API of the optimizer library (pure float64, no tfjs).
export { createOptimizer, OPTIMIZER_NAMES } from './createOptimizer.ts'
export type { Optimizer, OptimizerName, OptimizerOptions, OptimizerState } from './types.ts'
export { scheduledLr, CONSTANT_SCHEDULE, type LrSchedule } from './schedules.ts'
export { TEST_FUNCTIONS, testFunction, type TestFunction } from './testFunctions.ts'
export { Race, nearestMinimumDistance, type RaceSurface, type RacerSpec, type Racer, type RacerStatus, type RaceOptions } from './race.ts'
export { classifyBasins, gridStarts } from './basins.ts'
export { validateOptions, validateSchedule, describeValue, OptionError, SCHEDULE_KINDS } from './validateOptions.ts'
export { validateRawOptions, validateRawSchedule } from './validateRawOptions.ts'
