// The z range a surface is drawn in: a fixed range as given, or 'auto' fitted from a coarse CPU sample of f.
import { useMemo } from 'react'
import type { Expr } from '../math/expr/index.ts'
import { compile } from '../math/expr/index.ts'
import type { Domain, Interval } from '../math/plot/index.ts'
import { fitZRange, sampleGrid, widenDegenerate } from '../math/plot/index.ts'

/** Vertices per side of the CPU sample used to fit an 'auto' range: 4096 closure calls, well under a millisecond. */
export const Z_FIT_SAMPLES = 64

/**
 * Re-fits when the expression, the domain or the fixed range changes — deliberately NOT when a parameter moves:
 * while a slider is dragged the box stays put and the surface visibly rises and falls through it (and no CPU work
 * runs per change). The parameter values at the moment of fitting are used.
 */
export function useFittedZRange(
  f: Expr,
  params: Readonly<Record<string, number>>,
  domain: Domain,
  zRange: Interval | 'auto',
): Interval {
  const fixedMin = zRange === 'auto' ? NaN : zRange.min
  const fixedMax = zRange === 'auto' ? NaN : zRange.max
  const { xMin, xMax, yMin, yMax } = domain
  const fitted = useMemo(() => {
    if (zRange !== 'auto') return widenDegenerate({ min: fixedMin, max: fixedMax })
    const evaluate = compile(f)
    const scope: Record<string, number> = { ...params, x: 0, y: 0 }
    const samples = sampleGrid(
      (x, y) => {
        scope.x = x
        scope.y = y
        return evaluate(scope)
      },
      { xMin, xMax, yMin, yMax },
      Z_FIT_SAMPLES,
    )
    return fitZRange(samples)
    // params is read, not a dependency: see the comment above.
  }, [f, xMin, xMax, yMin, yMax, zRange === 'auto', fixedMin, fixedMax])
  return fitted
}
