// Seeded sample points for comparing two expressions numerically. A fixed seed makes every check reproducible:
// the same typed answer gets the same verdict and the same counterexample every time.

import { mulberry32 } from '../seededRandom.ts'

/** `count` points with each variable uniform in [lo, hi]. Irregular values avoid lucky zeros such as sin(π). */
export function samplePoints(variables: readonly string[], domain: readonly [number, number], count: number, seed = 20240917): Record<string, number>[] {
  const random = mulberry32(seed)
  const [lo, hi] = domain
  const points: Record<string, number>[] = []
  for (let i = 0; i < count; i++) {
    const point: Record<string, number> = {}
    for (const name of variables) point[name] = lo + (hi - lo) * random()
    points.push(point)
  }
  return points
}

/** Two values agree when they differ by at most 1e-7 of their size (at least of 1): float64 round-off, not a slip. */
export function valuesAgree(a: number, b: number, absoluteTolerance: number | null = null): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false
  if (absoluteTolerance !== null) return Math.abs(a - b) <= absoluteTolerance
  return Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(a), Math.abs(b))
}
