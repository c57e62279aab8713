// Scales for the lab's small charts: a linear step axis and a log10 value axis (loss gap and distance to the minimum
// span many decades as an optimizer converges, so only a log axis shows linear convergence as a straight line).

export interface Scale {
  /** Data value → pixel coordinate. Values a log scale cannot show (≤ 0, NaN) map to NaN: the caller skips them. */
  toPixel(value: number): number
  readonly ticks: readonly number[]
}

export function linearScale(lo: number, hi: number, pixelLo: number, pixelHi: number, ticks: readonly number[] = []): Scale {
  const span = hi > lo ? hi - lo : 1
  return { toPixel: (v) => pixelLo + ((v - lo) / span) * (pixelHi - pixelLo), ticks }
}

/** log10 scale over [lo, hi] (both > 0), with a tick at every power of ten inside (every other one past 8 decades). */
export function logScale(lo: number, hi: number, pixelLo: number, pixelHi: number): Scale {
  const a = Math.log10(lo)
  const b = hi > lo ? Math.log10(hi) : a + 1
  const first = Math.ceil(a - 1e-9)
  const last = Math.floor(b + 1e-9)
  const every = last - first > 8 ? 2 : 1
  const ticks: number[] = []
  for (let p = first; p <= last; p += every) ticks.push(10 ** p)
  return {
    toPixel: (v) => (v > 0 ? pixelLo + ((Math.log10(v) - a) / (b - a)) * (pixelHi - pixelLo) : NaN),
    ticks,
  }
}

/**
 * The range of the positive, finite values of several series (first `counts[i]` entries of each, minus `offsets[i]`), widened to whole
 * decades so ticks land on the ends; null when no value is positive. `floor` bounds the bottom (e.g. 1e-16 of the
 * top: below that, float64 round-off is all there is to see).
 */
export function positiveRange(
  series: readonly ArrayLike<number>[],
  counts: readonly number[],
  offsets: readonly number[] = [],
  floorRatio = 1e-16,
): { lo: number; hi: number } | null {
  let lo = Infinity
  let hi = -Infinity
  series.forEach((values, i) => {
    const n = Math.min(counts[i] ?? 0, values.length)
    const offset = offsets[i] ?? 0
    for (let k = 0; k < n; k++) {
      const v = values[k]! - offset
      if (v > 0 && v < Infinity) {
        if (v < lo) lo = v
        if (v > hi) hi = v
      }
    }
  })
  if (!(hi > 0)) return null
  lo = Math.max(lo, hi * floorRatio)
  const decadeLo = 10 ** Math.floor(Math.log10(lo))
  const decadeHi = 10 ** Math.ceil(Math.log10(hi))
  return { lo: decadeLo, hi: decadeHi > decadeLo ? decadeHi : decadeLo * 10 }
}
