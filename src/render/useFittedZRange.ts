// The z range a surface is drawn in: a fixed range as given, or 'auto' fitted to f on the domain (fitSurfaceZRange:
// smooth extremes whole, poles clipped and flagged).
import { useEffect, useMemo, useState } from 'react'
import type { Expr } from '../math/expr/index.ts'
import { surfaceFunction } from '../math/expr/index.ts'
import type { Domain, Interval, SurfaceZRange } from '../math/plot/index.ts'
import { fitSurfaceZRange, widenDegenerate } from '../math/plot/index.ts'

/** Vertices per side of the CPU sample used to fit an 'auto' range (4096 closure calls, plus refinement near extremes). */
export const Z_FIT_SAMPLES = 64

/**
 * How long parameters must rest before an 'auto' range refits to them. While a slider is dragged the box stays put
 * and the surface visibly rises and falls through it; when the drag pauses, the box refits, so what is drawn (and what
 * a shared link shows) is always the fit of the current values.
 */
export const REFIT_DELAY_MS = 150

/** Refits when the expression, the domain, the fixed range or (after REFIT_DELAY_MS of rest) a parameter changes. */
export function useFittedZRange(
  f: Expr,
  params: Readonly<Record<string, number>>,
  domain: Domain,
  zRange: Interval | 'auto',
): SurfaceZRange {
  const settled = useSettledValues(params, REFIT_DELAY_MS)
  const auto = zRange === 'auto'
  const fixedMin = auto ? NaN : zRange.min
  const fixedMax = auto ? NaN : zRange.max
  const { xMin, xMax, yMin, yMax } = domain
  return useMemo(() => {
    if (!auto) return { ...widenDegenerate({ min: fixedMin, max: fixedMax }), clippedBelow: false, clippedAbove: false }
    return fitSurfaceZRange(surfaceFunction(f, settled), { xMin, xMax, yMin, yMax }, { samples: Z_FIT_SAMPLES })
  }, [f, settled, xMin, xMax, yMin, yMax, auto, fixedMin, fixedMax])
}

/**
 * `values` once they have stayed the same (entry by entry) for `delayMs`; the first values at once. Keeps its
 * identity while nothing changes, so it can key a memo.
 */
function useSettledValues(values: Readonly<Record<string, number>>, delayMs: number): Readonly<Record<string, number>> {
  const [settled, setSettled] = useState(values)
  const same = sameEntries(settled, values)
  useEffect(() => {
    if (same) return
    const timer = setTimeout(() => setSettled(values), delayMs)
    return () => clearTimeout(timer)
  }, [same, values, delayMs])
  return settled
}

function sameEntries(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((k) => Object.is(a[k], b[k]))
}
