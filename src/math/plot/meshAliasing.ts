// Can the mesh show this surface? The surface is drawn as an N×N grid of vertices joined by straight segments (the
// shading comes from the exact gradient per pixel, but the SHAPE is only the vertices). A feature narrower than the
// grid is lost: a wave needs at least 2 cells per wavelength to appear at all (Nyquist), and below about 3 it draws
// as noise or a false, slower wave (aliasing: ripples at b = 94 on a 256² grid).
//
// The test, per mesh edge from vertex a to vertex b (spacing h, along x or along y):
//   Δ = f(b) − f(a) is what the straight segment shows; s_a = h·∂f(a), s_b = h·∂f(b) are what f does at its ends,
//   in the same units (the rise a tangent makes over one cell).
//   If s_a, s_b and Δ do not all share a sign, f turns inside the cell (a crest or a trough the segment cuts through).
//   A turn between end slopes s_a and s_b hides a bump of height about (|s_a| + |s_b|)/8 (a parabola with end slopes
//   ±s rises s/4 above its chord). For A·sin(kx) with θ = kh radians per cell, a crest cell hides ≈ Aθ·sin(θ/2)/4,
//   i.e. θ·sin(θ/2)/8 of the picture's height 2A: 39% at 2 cells per wave, 23% at 3, 14% at 4, 6.5% at 6.
//   An edge is ALIASED when it hides more than HIDDEN_FRACTION (20%) of the z range: a crest centred in its cell
//   does below ~3.2 cells per wave, one off-centre a little below that (the tests: 2.7 aliased, 3.7 drawn).
// The surface aliases when more than ALIASED_EDGES of the sampled edges do.
//
// What this leaves out, on purpose:
// - A pole (1/x, tan x) is steep but monotone between vertices: s_a, s_b and Δ share a sign, so it is never counted;
//   edges with a vertex outside the drawn z range (clipped) or undefined are skipped too.
// - A smooth extreme (a bowl's bottom) turns inside one cell, but hides only ≈ h²|f''|/8: far below 20% of its range.
// Slopes are central differences with DESIGN.md's step 1e-5·max(1, |x|), far below any cell, so no symbolic work.
// Edges are sampled at seeded random mesh positions (never on a regular stride, which a periodic f could phase-lock).
import type { Domain, Interval } from './domain.ts'
import { mulberry32 } from '../seededRandom.ts'

/** Part of the z range one edge may hide before it counts as aliased (about 3 cells per wavelength for a sine). */
export const HIDDEN_FRACTION = 0.2
/** Part of the sampled edges that must be aliased before the surface is (a local chirp of 1% of the plot counts). */
export const ALIASED_EDGES = 0.01
/** Cells per wavelength a suggested resolution aims at: a sine then hides about 6.5% of its height in a crest cell. */
export const TARGET_CELLS_PER_WAVE = 6

export interface MeshAliasingOptions {
  /** Edges sampled along each axis (default 2500: 15k evaluations of f, a few ms). */
  readonly samples?: number
  readonly seed?: number
}

export interface MeshAliasing {
  readonly aliased: boolean
  /** Part of the sampled edges that hide more than HIDDEN_FRACTION of the z range. */
  readonly aliasedFraction: number
  /**
   * Vertices per side at which the fastest oscillation found gets TARGET_CELLS_PER_WAVE cells per wavelength (the
   * 95th percentile of the slopes, read as A·k of a sine spanning the z range), or null when not aliased.
   */
  readonly suggestedResolution: number | null
  /** The same estimate whether aliased or not (0 when no slope could be measured): how fine the mesh must be. */
  readonly neededResolution: number
}

type F = (x: number, y: number) => number

const derivativeStep = (v: number) => 1e-5 * Math.max(1, Math.abs(v))

/** How well an N×N mesh over `domain` can show f, given the z range it is drawn in. */
export function meshAliasing(f: F, domain: Domain, resolution: number, zRange: Interval, options: MeshAliasingOptions = {}): MeshAliasing {
  const { samples = 2500, seed = 0x5eed } = options
  const span = zRange.max - zRange.min
  const cells = Math.max(1, Math.round(resolution) - 1)
  const hx = (domain.xMax - domain.xMin) / cells
  const hy = (domain.yMax - domain.yMin) / cells
  if (!(span > 0) || !Number.isFinite(span)) return { aliased: false, aliasedFraction: 0, suggestedResolution: null, neededResolution: 0 }
  const inRange = (v: number) => Number.isFinite(v) && v >= zRange.min && v <= zRange.max
  const random = mulberry32(seed)
  const vertex = () => Math.floor(random() * cells) // 0 … cells − 1, so the edge's far end is a vertex too

  let counted = 0
  let aliased = 0
  const slopes: number[] = []
  for (let n = 0; n < samples; n++) {
    for (const alongX of [true, false]) {
      const x = domain.xMin + vertex() * hx
      const y = domain.yMin + vertex() * hy
      const x2 = alongX ? x + hx : x
      const y2 = alongX ? y : y + hy
      const fa = f(x, y)
      const fb = f(x2, y2)
      if (!inRange(fa) || !inRange(fb)) continue
      const h = alongX ? hx : hy
      const slope = (px: number, py: number) => {
        const e = derivativeStep(alongX ? px : py)
        const plus = alongX ? f(px + e, py) : f(px, py + e)
        const minus = alongX ? f(px - e, py) : f(px, py - e)
        return (plus - minus) / (2 * e)
      }
      const da = slope(x, y)
      const db = slope(x2, y2)
      if (!Number.isFinite(da) || !Number.isFinite(db)) continue
      counted++
      slopes.push(Math.abs(da), Math.abs(db))
      const sa = h * da
      const sb = h * db
      const chord = fb - fa
      const monotone = (sa >= 0 && sb >= 0 && chord >= 0) || (sa <= 0 && sb <= 0 && chord <= 0)
      if (!monotone && (Math.abs(sa) + Math.abs(sb)) / 8 > HIDDEN_FRACTION * span) aliased++
    }
  }
  const aliasedFraction = counted === 0 ? 0 : aliased / counted
  // A sine A·sin(k·x) that fills the z range has A = span/2 and slopes up to A·k: k ≈ 2·slope/span.
  slopes.sort((p, q) => p - q)
  const k = slopes.length === 0 ? 0 : (2 * slopes[Math.floor(0.95 * (slopes.length - 1))]!) / span
  const width = Math.max(domain.xMax - domain.xMin, domain.yMax - domain.yMin)
  const neededResolution = Math.ceil((width * k * TARGET_CELLS_PER_WAVE) / (2 * Math.PI)) + 1
  if (aliasedFraction <= ALIASED_EDGES) return { aliased: false, aliasedFraction, suggestedResolution: null, neededResolution }
  return { aliased: true, aliasedFraction, suggestedResolution: Math.max(neededResolution, resolution + 1), neededResolution }
}
