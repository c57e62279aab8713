// A tangent line to the surface at p = (x₀, y₀, f₀), heading along the unit domain direction (ux, uy) with slope s:
// (x₀ + t·ux, y₀ + t·uy, f₀ + t·s). With (ux, uy) = (1, 0) and s = ∂f/∂x it is the tangent of the slice y = y₀;
// with s = D_u f = ∇f·u it is the tangent of the slice along u. The drawn piece is |t| ≤ halfLength cut to the plot box.
import { clipRayToBox, type Box3 } from './raySurface.ts'

export type MathSegment = readonly [readonly [number, number, number], readonly [number, number, number]]

export function tangentLineSegment(
  x0: number,
  y0: number,
  f0: number,
  ux: number,
  uy: number,
  slope: number,
  halfLength: number,
  box: Box3,
): MathSegment | null {
  if (![x0, y0, f0, ux, uy, slope].every(Number.isFinite)) return null
  const start = [x0 - halfLength * ux, y0 - halfLength * uy, f0 - halfLength * slope] as const
  const direction = [ux, uy, slope] as const
  const span = clipRayToBox({ origin: start, direction }, box)
  if (!span) return null
  const t0 = span[0]
  const t1 = Math.min(span[1], 2 * halfLength)
  if (!(t1 > t0)) return null
  const at = (t: number) => [start[0] + t * ux, start[1] + t * uy, start[2] + t * slope] as const
  return [at(t0), at(t1)]
}
