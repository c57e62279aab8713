// The verdict behind a surface scene's aliasing note: can the mesh show f(x, y; params), and if not, what would —
// a resolution (when the control allows one fine enough) and which parameters set the frequency (halving them
// lowers the resolution f needs: the ripples' b, not their amplitude a).
import { compile, surfaceFunction, type Expr } from '../expr/index.ts'
import type { Domain, Interval } from './domain.ts'
import { meshAliasing } from './meshAliasing.ts'
import { fitSurfaceZRange } from './fitSurfaceZRange.ts'

/** Vertices per side of the z-range fits that judge a halved parameter (coarser than the plot's 64: only a scale). */
const Z_PROBE_SAMPLES = 32
/** Edges per axis for those probes: a 95th-percentile slope needs far fewer than the aliased-edge count. */
const PROBE_EDGES = 600

export interface SurfaceAliasingCheck {
  readonly f: Expr
  readonly params: Readonly<Record<string, number>>
  readonly domain: Domain
  /** Vertices per side of the mesh now, and the most the resolution control allows. */
  readonly resolution: number
  readonly maxResolution: number
  /** The z range the surface is drawn in (what a hidden crest is measured against). */
  readonly zRange: Interval
}

export interface SurfaceAliasing {
  readonly resolution: number
  readonly maxResolution: number
  /** The resolution that would show f, or null when even maxResolution cannot. */
  readonly raiseTo: number | null
  /** Parameters whose halving lowers the resolution f needs by a quarter or more (the frequencies). */
  readonly lower: readonly string[]
}

/** Null when the mesh shows f; otherwise what to change. */
export function surfaceAliasing(check: SurfaceAliasingCheck): SurfaceAliasing | null {
  const evaluate = compile(check.f)
  const at = (params: Readonly<Record<string, number>>) => surfaceFunction(evaluate, params)
  const { domain, resolution, zRange, maxResolution } = check
  const result = meshAliasing(at(check.params), domain, resolution, zRange)
  if (!result.aliased) return null
  // A parameter sets the frequency when halving it lowers the resolution f needs. Each is measured in the z range
  // the plot would refit to (fit z), so an amplitude (a), which only rescales the picture, does not count.
  const needed = (params: Readonly<Record<string, number>>) => {
    const fn = at(params)
    const fitted = fitSurfaceZRange(fn, domain, { samples: Z_PROBE_SAMPLES })
    return meshAliasing(fn, domain, resolution, fitted, { samples: PROBE_EDGES }).neededResolution
  }
  const base = needed(check.params)
  const lower = Object.keys(check.params).filter((name) => needed({ ...check.params, [name]: check.params[name]! / 2 }) < 0.75 * base)
  const suggested = result.suggestedResolution
  return { resolution, maxResolution, raiseTo: suggested !== null && suggested <= maxResolution ? suggested : null, lower }
}

/** The note's advice: "raise the resolution to 720 or lower b", "even 1024×1024 cannot show it: lower b". */
export function aliasingAdvice(v: SurfaceAliasing): string {
  const lower = v.lower.length > 0 ? `lower ${v.lower.join(' or ')}` : 'narrow the domain'
  const max = `${v.maxResolution}×${v.maxResolution}`
  return v.raiseTo !== null ? `raise the resolution to ${v.raiseTo} or ${lower}` : `even ${max} cannot show it, so ${lower}`
}
