// The z range a surface is drawn in when "fit z" is on: every smooth extreme whole, poles clipped and said to be.
//
// A coarse grid alone cannot do this: a narrow peak (exp(−10(x² + y²))) and the run-up to a pole (1/(x − y)) both look
// like a few samples far above the rest, so percentile rules cut peaks (the old chimney with an open top) or keep poles.
// Here the grid finds candidates (its local extremes beyond the body of the distribution, and always the global ones),
// refineExtreme zooms in on each, and only a candidate whose growth does not die out is treated as a pole.
import type { Domain, Interval } from './domain.ts'
import { widenDegenerate } from './domain.ts'
import { percentileOfSorted, sampleGrid } from './fitZRange.ts'
import { niceStep } from './niceTicks.ts'
import { refineExtreme } from './refineExtreme.ts'

export interface SurfaceZRange extends Interval {
  /** f grows without bound somewhere on the domain, and the range stops short of it: the surface is cut here. */
  readonly clippedBelow: boolean
  readonly clippedAbove: boolean
}

export interface SurfaceZRangeOptions {
  /** Grid vertices per side of the first sample (default 64: 4096 evaluations). */
  readonly samples?: number
  /** Candidates refined per side at most (default 8). */
  readonly maxCandidates?: number
}

/** Percentiles bounding the body of the distribution; the clipped side of a pole stops at these. */
const BODY_LOW = 0.02
const BODY_HIGH = 0.98

export function fitSurfaceZRange(
  fn: (x: number, y: number) => number,
  domain: Domain,
  options: SurfaceZRangeOptions = {},
): SurfaceZRange {
  const n = Math.max(3, Math.floor(options.samples ?? 64))
  const maxCandidates = options.maxCandidates ?? 8
  const values = sampleGrid(fn, domain, n)
  const finite = Float64Array.from(values.filter(Number.isFinite)).sort()
  if (finite.length === 0) return { min: -1, max: 1, clippedBelow: false, clippedAbove: false }
  const bodyLo = percentileOfSorted(finite, BODY_LOW)
  const bodyHi = percentileOfSorted(finite, BODY_HIGH)
  const scale = Math.max(bodyHi - bodyLo, Math.abs(bodyHi), Math.abs(bodyLo))
  const step = Math.max((domain.xMax - domain.xMin) / (n - 1), (domain.yMax - domain.yMin) / (n - 1))

  const side = (sense: 1 | -1, body: number) => {
    let extreme = body
    let clipped = false
    for (const k of candidates(values, n, sense, body, maxCandidates)) {
      const x = domain.xMin + ((domain.xMax - domain.xMin) * (k % n)) / (n - 1)
      const y = domain.yMin + ((domain.yMax - domain.yMin) * Math.floor(k / n)) / (n - 1)
      const r = refineExtreme(fn, domain, x, y, step, sense, scale)
      if (r.unbounded) clipped = true
      else if (sense * r.value > sense * extreme) extreme = r.value
    }
    return { extreme, clipped }
  }
  const top = side(1, bodyHi)
  const bottom = side(-1, bodyLo)
  const range = snapOutward(widenDegenerate({ min: bottom.extreme, max: top.extreme }))
  return { ...range, clippedBelow: bottom.clipped, clippedAbove: top.clipped }
}

/**
 * Grid indices worth refining on one side: local extremes of the sample grid (no finite neighbour better) that lie
 * beyond the body, best first, plus the global extreme even when it lies inside the body (a broad smooth peak whose
 * top falls between samples).
 */
function candidates(values: Float64Array, n: number, sense: 1 | -1, body: number, max: number): number[] {
  const found: number[] = []
  let global = -1
  for (let k = 0; k < values.length; k++) {
    const v = sense * values[k]!
    if (!Number.isFinite(v)) continue
    if (global < 0 || v > sense * values[global]!) global = k
    if (v < sense * body || !isLocalExtreme(values, n, k, sense)) continue
    found.push(k)
  }
  found.sort((a, b) => sense * values[b]! - sense * values[a]!)
  const chosen = found.slice(0, max)
  if (global >= 0 && !chosen.includes(global)) chosen.push(global)
  return chosen
}

function isLocalExtreme(values: Float64Array, n: number, k: number, sense: 1 | -1): boolean {
  const i = k % n
  const j = Math.floor(k / n)
  const v = sense * values[k]!
  for (let dj = -1; dj <= 1; dj++) {
    for (let di = -1; di <= 1; di++) {
      const ii = i + di
      const jj = j + dj
      if ((di === 0 && dj === 0) || ii < 0 || jj < 0 || ii >= n || jj >= n) continue
      if (sense * values[jj * n + ii]! > v) return false
    }
  }
  return true
}

/**
 * Rounds the ends outward to a nice step of about 1/20 of the span, so exp(−(x² + y²)) reads [0, 1] rather than
 * [1.5e−8, 0.99999], and a paraboloid [0, 32]: a margin of at most ~5% of the span, and round numbers on the legend.
 */
function snapOutward(range: Interval): Interval {
  const step = niceStep(range.max - range.min, 20)
  // A span of denormals (a bump of height 5e−324) has no representable step: leave it as it is.
  if (!(step > 0) || !Number.isFinite(range.min / step) || !Number.isFinite(range.max / step)) return range
  // A relative slack of 1e-9 steps keeps 0.9999999999 from becoming 1.1.
  const min = Math.floor(range.min / step + 1e-9) * step
  const max = Math.ceil(range.max / step - 1e-9) * step
  return { min: roundToStep(min, step), max: roundToStep(max, step) }
}

/** k·step without the binary residue (0.30000000000000004). */
function roundToStep(v: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1)
  return Number(v.toFixed(Math.min(20, decimals)))
}
