// Where a ray meets the horizontal plane z = h: the ground point under the pointer when dragging a handle that lives in
// that plane (the direction dial). Null when the ray runs parallel to the plane or points away from it.
import type { Ray3 } from './raySurface.ts'

export function intersectRayWithHorizontalPlane(ray: Ray3, height: number): { x: number; y: number } | null {
  const [ox, oy, oz] = ray.origin
  const [dx, dy, dz] = ray.direction
  if (Math.abs(dz) < 1e-12) return null
  const t = (height - oz) / dz
  if (!(t >= 0)) return null
  return { x: ox + t * dx, y: oy + t * dy }
}

/** The angle in whole degrees [0, 360) of the direction from (x0, y0) to (x, y); NaN when the two coincide. */
export function angleDegreesTo(x0: number, y0: number, x: number, y: number): number {
  if (x === x0 && y === y0) return NaN
  const degrees = Math.round((Math.atan2(y - y0, x - x0) * 180) / Math.PI)
  return ((degrees % 360) + 360) % 360
}
