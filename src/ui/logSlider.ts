// Log-scale sliders. lil-gui's slider is linear in whatever number it edits, so a log-scale parameter is edited
// through its logarithm: equal slider travel multiplies the value by an equal factor (16 → 32 → 64 … for a grid,
// 0.01 → 0.1 → 1 → 10 for a rate), which is what a range spanning decades needs.
import type { IntegerSpec, NumberSpec } from '../state/paramSpec.ts'

type LogSpec = Pick<NumberSpec | IntegerSpec, 'kind' | 'min' | 'max'>

/** Slider position for a value: log10(value), clamped to the spec's range. */
export function logSliderPosition(spec: LogSpec, value: number): number {
  return Math.log10(Math.min(spec.max, Math.max(spec.min, value)))
}

/** The slider's range [log10(min), log10(max)] (min must be > 0). */
export function logSliderRange(spec: LogSpec): { min: number; max: number } {
  if (!(spec.min > 0)) throw new Error(`A log-scale slider needs min > 0; got min = ${spec.min}. Use a linear slider or raise min.`)
  return { min: Math.log10(spec.min), max: Math.log10(spec.max) }
}

/**
 * The value at a slider position: 10^position, rounded to a whole number for integers and to 3 significant digits
 * otherwise (a log slider cannot aim finer than that anyway, and 100 reads better than 100.23), then clamped.
 */
export function logSliderValue(spec: LogSpec, position: number): number {
  const raw = 10 ** position
  const rounded = spec.kind === 'integer' ? Math.round(raw) : Number(raw.toPrecision(3))
  return Math.min(spec.max, Math.max(spec.min, rounded))
}
