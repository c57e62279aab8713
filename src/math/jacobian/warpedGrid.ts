// The domain's grid and its image under F. Lines of constant x (x = xᵢ, y running) and of constant y (y = yⱼ,
// x running) are sampled finely and mapped through F, so the learner sees how F bends, stretches and folds the plane.
//
// A mapped line is cut where it is undefined (a NaN sample, e.g. log of a negative) and where two neighbouring samples
// land implausibly far apart (a pole such as 1/x, where the true curve escapes to infinity between them): there the
// picture shows a gap instead of a long false chord across the panel.
import type { Domain } from '../plot/domain.ts'
import type { JacobianMap } from './jacobianMap.ts'
import { robustBounds, type Bounds2 } from './robustBounds.ts'

/** Line segments in the plane, 4 numbers (ax, ay, bx, by) per segment. */
export type Segments2 = Float64Array

export interface WarpedGrid {
  /** Lines x = xᵢ in the domain (straight: one segment each) and their images under F. */
  readonly domainConstX: Segments2
  readonly domainConstY: Segments2
  readonly imageConstX: Segments2
  readonly imageConstY: Segments2
  /** A box holding the image (all of it, or its bulk when a pole throws a few samples far out). */
  readonly imageBounds: Bounds2
}

export interface WarpedGridOptions {
  /** Lines per family, counting both edges of the domain (≥ 2). */
  readonly lines: number
  /** Samples along each line (≥ 2). */
  readonly samples?: number
  /** A mapped segment longer than this fraction of the image box's diagonal is treated as a jump and left out. */
  readonly jumpFraction?: number
}

export function warpedGrid(map: JacobianMap, domain: Domain, options: WarpedGridOptions): WarpedGrid {
  const lines = Math.max(2, Math.floor(options.lines))
  const samples = Math.max(2, Math.floor(options.samples ?? 256))
  const jumpFraction = options.jumpFraction ?? 0.25
  const { xMin, xMax, yMin, yMax } = domain
  const at = (lo: number, hi: number, i: number, n: number) => (i === n - 1 ? hi : lo + ((hi - lo) * i) / (n - 1))

  // images[family][line] = (u, v) pairs along the line; family 0 holds x = const, family 1 holds y = const.
  const sampled = [0, 1].map((family) =>
    Array.from({ length: lines }, (_, line) => {
      const fixed = family === 0 ? at(xMin, xMax, line, lines) : at(yMin, yMax, line, lines)
      const out = new Float64Array(2 * samples)
      for (let k = 0; k < samples; k++) {
        const running = family === 0 ? at(yMin, yMax, k, samples) : at(xMin, xMax, k, samples)
        if (family === 0) map.mapInto(fixed, running, out, 2 * k)
        else map.mapInto(running, fixed, out, 2 * k)
      }
      return out
    }),
  )
  const imageBounds = robustBounds(sampled.flat())
  const maxJump = jumpFraction * Math.hypot(imageBounds.maxX - imageBounds.minX, imageBounds.maxY - imageBounds.minY)

  const straight = (family: number) => {
    const out = new Float64Array(4 * lines)
    for (let line = 0; line < lines; line++) {
      const fixedX = at(xMin, xMax, line, lines)
      const fixedY = at(yMin, yMax, line, lines)
      out.set(family === 0 ? [fixedX, yMin, fixedX, yMax] : [xMin, fixedY, xMax, fixedY], 4 * line)
    }
    return out
  }
  return {
    domainConstX: straight(0),
    domainConstY: straight(1),
    imageConstX: polylinesToSegments(sampled[0]!, maxJump),
    imageConstY: polylinesToSegments(sampled[1]!, maxJump),
    imageBounds,
  }
}

/** Consecutive points of each polyline as segments, leaving out undefined ends and jumps longer than maxJump. */
export function polylinesToSegments(polylines: readonly Float64Array[], maxJump: number): Segments2 {
  let count = 0
  const keep = (p: Float64Array, k: number) => {
    const [ax, ay, bx, by] = [p[2 * k]!, p[2 * k + 1]!, p[2 * k + 2]!, p[2 * k + 3]!]
    return Number.isFinite(ax) && Number.isFinite(ay) && Number.isFinite(bx) && Number.isFinite(by) && Math.hypot(bx - ax, by - ay) <= maxJump
  }
  for (const p of polylines) for (let k = 0; k + 1 < p.length / 2; k++) if (keep(p, k)) count++
  const out = new Float64Array(4 * count)
  let i = 0
  for (const p of polylines) {
    for (let k = 0; k + 1 < p.length / 2; k++) {
      if (!keep(p, k)) continue
      out.set(p.subarray(2 * k, 2 * k + 4), i)
      i += 4
    }
  }
  return out
}
