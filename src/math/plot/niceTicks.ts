// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, the choice every plotting package converges on
// because people read multiples of 1, 2 and 5 at a glance.

/** The nice step (1, 2 or 5 × 10^k) closest to span / targetCount. */
export function niceStep(span: number, targetCount = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1
  const raw = span / Math.max(1, targetCount)
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)))
  const fraction = raw / magnitude // in [1, 10)
  // Thresholds are the geometric means between neighbours (√2, √10, √50), so we pick the nearest step on a log scale.
  const nice = fraction < Math.SQRT2 ? 1 : fraction < Math.sqrt(10) ? 2 : fraction < Math.sqrt(50) ? 5 : 10
  return nice * magnitude
}

/** Multiples of niceStep(max − min) that lie in [min, max] (inclusive, up to rounding), ascending. */
export function niceTicks(min: number, max: number, targetCount = 5): number[] {
  const lo = Math.min(min, max)
  const hi = Math.max(min, max)
  const step = niceStep(hi - lo, targetCount)
  if (!(hi > lo)) return Number.isFinite(lo) ? [lo] : []
  // A tolerance of a millionth of a step keeps ticks that sit on the bounds up to float rounding.
  const eps = step * 1e-6
  const first = Math.ceil((lo - eps) / step)
  const last = Math.floor((hi + eps) / step)
  const ticks: number[] = []
  for (let k = first; k <= last; k++) {
    // k * step (not accumulated sums) keeps 0.1-steps free of drift; the +0 turns −0 into 0.
    ticks.push(withoutFloatNoise(k * step) + 0)
  }
  return ticks
}

/** Number of decimals needed to show multiples of step exactly (0.25 → 2, 5 → 0, 1e-3 → 3). */
export function decimalsForStep(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0
  for (let d = 0; d <= 12; d++) {
    const scaled = step * Math.pow(10, d)
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, scaled)) return d
  }
  return 12
}

/** A tick label: as many decimals as the step needs; exponent notation for very large or very small magnitudes. */
export function formatTick(value: number, step: number): string {
  if (!Number.isFinite(value)) return String(value)
  if (value === 0) return '0'
  const magnitude = Math.max(Math.abs(value), step)
  if (magnitude >= 1e5 || magnitude < 1e-3) {
    // Six significant digits remove float noise (3.0000000004e-4); toExponential() then prints only the digits left.
    return Number(value.toPrecision(6)).toExponential()
  }
  return value.toFixed(decimalsForStep(step))
}

/**
 * k·step without float noise (0.30000000000000004 → 0.3). Twelve significant digits rather than a count of decimals,
 * so that steps far below 1e-12 keep their ticks (f′ of a 55-deep sigmoid nest is ~1e-36: rounding to decimals made
 * every tick 0).
 */
function withoutFloatNoise(value: number): number {
  return Number(value.toPrecision(12))
}
