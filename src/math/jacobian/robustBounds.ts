// A box around a cloud of image points that frames the picture a learner wants to see.
//
// For a tame map the box is simply the min and max of the samples. Near a pole (1/x, tan) a handful of samples fly off
// to 1e6 and would shrink everything else to a dot, so when the extreme samples lie far outside the bulk (the 1st–99th
// percentiles), the box is the bulk instead, and the few runaway pieces are clipped by the panel.
export interface Bounds2 {
  readonly minX: number
  readonly maxX: number
  readonly minY: number
  readonly maxY: number
}

/** How far (in bulk widths) the extremes may lie beyond the bulk before they are left out of the box. */
const OUTLIER_SPAN = 1.5
/** Fewer samples than this are framed by their min and max alone. */
const MIN_SAMPLES = 100

/** Bounds of all finite (x, y) pairs in the arrays; [−1, 1]² when there are none. Degenerate sides are widened. */
export function robustBounds(pointArrays: readonly ArrayLike<number>[]): Bounds2 {
  const xs: number[] = []
  const ys: number[] = []
  for (const points of pointArrays) {
    for (let i = 0; i + 1 < points.length; i += 2) {
      const x = points[i]!
      const y = points[i + 1]!
      if (Number.isFinite(x) && Number.isFinite(y)) {
        xs.push(x)
        ys.push(y)
      }
    }
  }
  if (xs.length === 0) return { minX: -1, maxX: 1, minY: -1, maxY: 1 }
  const [minX, maxX] = robustInterval(xs)
  const [minY, maxY] = robustInterval(ys)
  return { minX, maxX, minY, maxY }
}

function robustInterval(values: number[]): [number, number] {
  values.sort((a, b) => a - b)
  const quantile = (q: number) => values[Math.min(values.length - 1, Math.floor(q * (values.length - 1)))]!
  const lo = quantile(0.01)
  const hi = quantile(0.99)
  const min = values[0]!
  const max = values[values.length - 1]!
  const bulk = hi - lo
  // Percentiles of a few points say nothing about outliers: below MIN_SAMPLES the box is plain min/max.
  const tame = values.length < MIN_SAMPLES || (min >= lo - OUTLIER_SPAN * bulk && max <= hi + OUTLIER_SPAN * bulk)
  const [a, b] = tame ? [min, max] : [lo, hi]
  if (b - a > 1e-12 * Math.max(1, Math.abs(a), Math.abs(b))) return [a, b]
  // A line or a point (a constant coordinate): give it a visible width around its value.
  const half = Math.max(1, Math.abs(a)) * 0.5
  return [a - half, a + half]
}
