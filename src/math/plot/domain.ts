// The rectangle of the (x, y) plane a plot shows, and a closed interval of heights.
// Kept here (not in render/) because the pure helpers (ticks, z-range fitting, the plot transform) all speak in them.

export interface Domain {
  readonly xMin: number
  readonly xMax: number
  readonly yMin: number
  readonly yMax: number
}

/** A closed interval [min, max] with min < max, e.g. the z range a surface is drawn in. */
export interface Interval {
  readonly min: number
  readonly max: number
}

/** Throws a sentence a user can act on when a domain cannot be drawn (reversed, empty or non-finite sides). */
export function assertDrawableDomain(domain: Domain): void {
  const { xMin, xMax, yMin, yMax } = domain
  if (![xMin, xMax, yMin, yMax].every(Number.isFinite)) {
    throw new Error(`The plot domain must have finite bounds; got x ∈ [${xMin}, ${xMax}], y ∈ [${yMin}, ${yMax}].`)
  }
  if (!(xMax > xMin) || !(yMax > yMin)) {
    throw new Error(
      `The plot domain is empty or reversed (x ∈ [${xMin}, ${xMax}], y ∈ [${yMin}, ${yMax}]): each max must be greater than its min.`,
    )
  }
}

/** A usable interval from any pair: sorted, and widened around its centre when it has no width (a constant function). */
export function widenDegenerate(range: Interval): Interval {
  const lo = Math.min(range.min, range.max)
  const hi = Math.max(range.min, range.max)
  if (hi > lo) return { min: lo, max: hi }
  // Half a unit around 0, or ±10% of a constant far from 0, so the flat sheet sits mid-box at any magnitude.
  const half = Math.max(0.5, Math.abs(lo) * 0.1)
  return { min: lo - half, max: lo + half }
}
