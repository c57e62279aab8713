// Sampling y = f(x) for drawing, honestly: the polyline breaks where f is undefined (NaN, ±∞) and where f jumps
// (sign, step, tan's poles), instead of joining the two sides with a false vertical line.
//
// Start from n uniform samples. Where neighbours differ by more than `tolerance` (a fraction of the visible y span),
// bisect: a continuous piece flattens as the interval shrinks, so refinement ends with a smooth curve; a jump keeps
// its size however small the interval gets, so after `maxDepth` halvings a gap that is still large is a break.
// Where one neighbour is undefined, bisection finds the domain edge (sqrt's curve starts at 0, not at the next sample).
import type { RealFn } from './function1d.ts'

export interface SampleCurveOptions {
  /** Uniform samples before refinement (default 400). */
  readonly samples?: number
  /** Largest |Δy| between drawn neighbours before an interval is halved (default: span/200 of the y window). */
  readonly tolerance?: number
  /** Halvings of one base interval at most (default 14: the interval shrinks 16384×). */
  readonly maxDepth?: number
}

/** Polylines in math coordinates, each a flat [x0, y0, x1, y1, …] with at least two points. */
export type Polyline = number[]

export function sampleCurve(f: RealFn, xMin: number, xMax: number, yWindow: { min: number; max: number }, options: SampleCurveOptions = {}): Polyline[] {
  const n = Math.max(2, Math.floor(options.samples ?? 400))
  const tolerance = options.tolerance ?? (yWindow.max - yWindow.min) / 200
  const maxDepth = options.maxDepth ?? 14
  const out: Polyline[] = []
  let current: Polyline = []
  const flush = () => {
    if (current.length >= 4) out.push(current)
    current = []
  }
  const point = (x: number, y: number) => current.push(x, y)

  // Edge of the domain between a (defined) and b (undefined), or the reverse: bisection to the last defined point.
  const domainEdge = (defined: number, undefinedAt: number): [number, number] | null => {
    let inside = defined
    let outside = undefinedAt
    let value = f(inside)
    for (let i = 0; i < 50; i++) {
      const mid = (inside + outside) / 2
      if (mid === inside || mid === outside) break
      const fm = f(mid)
      if (Number.isFinite(fm)) {
        inside = mid
        value = fm
      } else outside = mid
    }
    return Number.isFinite(value) ? [inside, value] : null
  }

  const refine = (a: number, fa: number, b: number, fb: number, depth: number): void => {
    const aOk = Number.isFinite(fa)
    const bOk = Number.isFinite(fb)
    if (!aOk && !bOk) return
    if (aOk && !bOk) {
      const edge = domainEdge(a, b)
      if (edge) point(edge[0], edge[1])
      flush()
      return
    }
    if (!aOk && bOk) {
      const edge = domainEdge(b, a)
      if (edge) point(edge[0], edge[1])
      point(b, fb)
      return
    }
    if (Math.abs(fb - fa) <= tolerance) {
      point(b, fb)
      return
    }
    if (depth >= maxDepth) {
      // Still a large step after maxDepth halvings: a jump. End the piece at a, start the next one at b.
      flush()
      point(b, fb)
      return
    }
    const m = (a + b) / 2
    const fm = f(m)
    refine(a, fa, m, fm, depth + 1)
    refine(m, fm, b, fb, depth + 1)
  }

  let a = xMin
  let fa = f(a)
  if (Number.isFinite(fa)) point(a, fa)
  for (let i = 1; i < n; i++) {
    const b = xMin + ((xMax - xMin) * i) / (n - 1)
    const fb = f(b)
    refine(a, fa, b, fb, 0)
    a = b
    fa = fb
  }
  flush()
  return out
}

/**
 * Cuts polylines to the band yMin ≤ y ≤ yMax: a segment leaving the band ends its piece at the crossing, and one
 * entering starts a new piece there (so a curve running off the top of the plot is not drawn outside the frame).
 */
export function clipPolylines(polylines: readonly Polyline[], yMin: number, yMax: number): Polyline[] {
  const out: Polyline[] = []
  for (const line of polylines) {
    let current: Polyline = []
    const flush = () => {
      if (current.length >= 4) out.push(current)
      current = []
    }
    for (let i = 0; i + 3 < line.length; i += 2) {
      const x0 = line[i]!, y0 = line[i + 1]!, x1 = line[i + 2]!, y1 = line[i + 3]!
      // Parametric clip of the segment to the band: t in [t0, t1].
      let t0 = 0
      let t1 = 1
      const dy = y1 - y0
      if (dy === 0) {
        if (y0 < yMin || y0 > yMax) t0 = 2
      } else {
        const tA = (yMin - y0) / dy
        const tB = (yMax - y0) / dy
        t0 = Math.max(t0, Math.min(tA, tB))
        t1 = Math.min(t1, Math.max(tA, tB))
      }
      if (t0 > t1) {
        flush()
        continue
      }
      const ax = x0 + (x1 - x0) * t0, ay = y0 + dy * t0
      const bx = x0 + (x1 - x0) * t1, by = y0 + dy * t1
      const n = current.length
      if (n === 0 || current[n - 2] !== ax || current[n - 1] !== ay) {
        flush()
        current.push(ax, ay)
      }
      current.push(bx, by)
      if (t1 < 1) flush()
    }
    flush()
  }
  return out
}
