// Telling a pole from a peak. A coarse grid sees both as "one sample far above the rest"; zooming in tells them apart.
// First a shrinking pattern search follows the sample to the extreme (or to the singular point). Then points on the
// way back, at distances r = h, h/2, h/4 … from that point towards the sample we started from, show how f
// approaches it: at a smooth extreme the value gains like r² per halving (ratio 1/4; 1/2 at a corner such as −|x|),
// near a pole like 1/r (ratio 2), near a log singularity by a constant (ratio 1). Gains that keep their size or grow
// → unbounded (clip it); gains that die out → bounded (draw it whole).
// Why not the search's own gains: it can land within 1e−16 of a singular point in one step by cancellation and then
// gain nothing more, which looks like convergence. Why not a ring around the point: a ring around a point of a
// singular line (1/x at x = 0) crosses that line, so its best value is huge at every radius and never grows.
import type { Domain } from './domain.ts'

export interface ExtremeRefinement {
  /** The best value found (the converged extreme when bounded). */
  readonly value: number
  /** Where it was found. */
  readonly x: number
  readonly y: number
  /** True when f grows without bound towards this point (a pole or a log singularity). */
  readonly unbounded: boolean
}

/** Search radius halvings: from one grid step down to ~1e-9 of it, far below any plotted feature. */
const HALVINGS = 30
/** Stencil points per side (5 × 5 covering ±h around the current best). */
const STENCIL = 5
/** Points on the way back, from the start's distance down to 2^−24 of it (far below any drawn feature, far above float resolution). */
const RAY_POINTS = 25
/**
 * The typical ratio of successive gains at or above which the growth does not die out. A pole gives 2, a log
 * singularity 1; smooth extremes give 1/4, corners 1/2, even a cube-root cusp 2^(−1/3) ≈ 0.79.
 */
const UNBOUNDED_GAIN_RATIO = 0.9

/**
 * Follows the extreme of `sense · f` (sense 1: a maximum, −1: a minimum) from (x0, y0), searching within ±h0 and
 * then halving the radius, never leaving the domain, and says whether f is bounded there. `scale` is the size of the
 * values involved (the body's span), against which gains at round-off level are ignored.
 */
export function refineExtreme(
  fn: (x: number, y: number) => number,
  domain: Domain,
  x0: number,
  y0: number,
  h0: number,
  sense: 1 | -1,
  scale: number,
): ExtremeRefinement {
  let bx = x0
  let by = y0
  let best = sense * fn(x0, y0)
  let h = h0
  for (let k = 0; k < HALVINGS; k++, h /= 2) {
    let nx = bx
    let ny = by
    for (let j = 0; j < STENCIL; j++) {
      const y = clamp(by + h * ((2 * j) / (STENCIL - 1) - 1), domain.yMin, domain.yMax)
      for (let i = 0; i < STENCIL; i++) {
        const x = clamp(bx + h * ((2 * i) / (STENCIL - 1) - 1), domain.xMin, domain.xMax)
        const v = sense * fn(x, y)
        // +Infinity is the pole itself (hit exactly); -Infinity and NaN are simply not better.
        if (v === Infinity) return { value: sense * Infinity, x, y, unbounded: true }
        if (v > best) {
          best = v
          nx = x
          ny = y
        }
      }
    }
    bx = nx
    by = ny
  }
  const unbounded = growsWithoutBound(fn, domain, bx, by, x0, y0, sense, scale)
  return { value: sense * best, x: bx, y: by, unbounded }
}

function growsWithoutBound(
  fn: (x: number, y: number) => number,
  domain: Domain,
  cx: number,
  cy: number,
  x0: number,
  y0: number,
  sense: 1 | -1,
  scale: number,
): boolean {
  const distance = Math.hypot(x0 - cx, y0 - cy)
  // The sample beat everything near it at every scale: a true local extreme.
  if (!(distance > 0)) return false
  const ux = (x0 - cx) / distance
  const uy = (y0 - cy) / distance
  const gains: number[] = []
  let previous = NaN
  let r = distance
  for (let k = 0; k < RAY_POINTS; k++, r /= 2) {
    const v = sense * fn(clamp(cx + r * ux, domain.xMin, domain.xMax), clamp(cy + r * uy, domain.yMin, domain.yMax))
    if (v === Infinity) return true
    // Gains at round-off level of the values involved are noise, not growth.
    if (Number.isFinite(previous) && Number.isFinite(v)) {
      const noise = 1e-12 * Math.max(scale, Math.abs(v), Math.abs(previous))
      gains.push(v - previous > noise ? v - previous : 0)
    }
    previous = v
  }
  return medianGainRatio(gains) >= UNBOUNDED_GAIN_RATIO
}

/**
 * The median of gain[k] / gain[k−1] over the pairs where both gains are positive (0 when there are none): robust to
 * one odd point (one that happens to fall on a zero of a factor).
 */
function medianGainRatio(gains: readonly number[]): number {
  const ratios: number[] = []
  for (let k = 1; k < gains.length; k++) {
    if (gains[k]! > 0 && gains[k - 1]! > 0) ratios.push(gains[k]! / gains[k - 1]!)
  }
  if (ratios.length === 0) return 0
  ratios.sort((a, b) => a - b)
  return ratios[Math.floor(ratios.length / 2)]!
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v
}
