// Fitting the z range of a surface from a coarse CPU sample: robust to NaN (log of negatives), ±Infinity (poles hit
// exactly) and the huge finite values next to a pole, which would otherwise squash the whole surface into a flat sheet.
import type { Domain, Interval } from './domain.ts'
import { widenDegenerate } from './domain.ts'

export interface ZRangeFitOptions {
  /** Percentiles that bound the "body" of the distribution (default 2% and 98%). */
  readonly lowerPercentile?: number
  readonly upperPercentile?: number
  /**
   * A true extreme is kept when it lies within tail × (body span) of the body; beyond that it is treated as the
   * run-up to a pole and cut at the percentile (default 0.25). Smooth functions keep their exact min and max this way.
   */
  readonly tail?: number
  /** Margin added on both sides as a fraction of the span, so peaks between samples are not clipped (default 0.05). */
  readonly pad?: number
}

/** f sampled at the n × n vertices of the domain (row-major, y outer); n ≥ 2. */
export function sampleGrid(fn: (x: number, y: number) => number, domain: Domain, n: number): Float64Array {
  const count = Math.max(2, Math.floor(n))
  const values = new Float64Array(count * count)
  for (let j = 0; j < count; j++) {
    const y = domain.yMin + ((domain.yMax - domain.yMin) * j) / (count - 1)
    for (let i = 0; i < count; i++) {
      const x = domain.xMin + ((domain.xMax - domain.xMin) * i) / (count - 1)
      values[j * count + i] = fn(x, y)
    }
  }
  return values
}

/** Linear-interpolated percentile of sorted values, p in [0, 1]. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN
  const position = Math.min(1, Math.max(0, p)) * (sorted.length - 1)
  const below = Math.floor(position)
  const above = Math.min(sorted.length - 1, below + 1)
  const t = position - below
  return sorted[below]! * (1 - t) + sorted[above]! * t
}

/** A z range that frames the finite samples, ignoring outliers near poles. Never degenerate; [-1, 1] when nothing is finite. */
export function fitZRange(samples: ArrayLike<number>, options: ZRangeFitOptions = {}): Interval {
  const { lowerPercentile = 0.02, upperPercentile = 0.98, tail = 0.25, pad = 0.05 } = options
  const finite: number[] = []
  for (let k = 0; k < samples.length; k++) {
    const v = samples[k]!
    if (Number.isFinite(v)) finite.push(v)
  }
  if (finite.length === 0) return { min: -1, max: 1 }
  const sorted = Float64Array.from(finite).sort()
  const bodyLo = percentileOfSorted(sorted, lowerPercentile)
  const bodyHi = percentileOfSorted(sorted, upperPercentile)
  const bodySpan = bodyHi - bodyLo
  const trueLo = sorted[0]!
  const trueHi = sorted[sorted.length - 1]!
  // Each side separately: a function with a pole on one side only (log near 0) keeps its honest other extreme.
  // A body with no spread (a plateau with a few steps) cannot judge outliers: then keep the true extremes.
  const allowance = bodySpan > 0 ? tail * bodySpan : Infinity
  const lo = trueLo >= bodyLo - allowance ? trueLo : bodyLo
  const hi = trueHi <= bodyHi + allowance ? trueHi : bodyHi
  const range = widenDegenerate({ min: lo, max: hi })
  const margin = (range.max - range.min) * pad
  return { min: range.min - margin, max: range.max + margin }
}
