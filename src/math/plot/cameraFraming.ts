// Where a perspective camera must stand to see the whole plot box, whatever the canvas' shape.
import type { Vec3Like } from './plotTransform.ts'

/** Distance from the centre at which a sphere of `radius` just fits a perspective camera's view (both fov directions). */
export function framingDistance(radius: number, verticalFovDeg: number, aspect: number): number {
  const halfV = (verticalFovDeg * Math.PI) / 360
  // The horizontal half-angle follows from the vertical one: tan(h/2) = aspect · tan(v/2).
  const halfH = Math.atan(Math.tan(halfV) * Math.max(aspect, 1e-3))
  return radius / Math.sin(Math.min(halfV, halfH))
}

/**
 * The default view, matplotlib's familiar one: looking at the origin from azimuth −60° and elevation 30°,
 * i.e. from the front right and above, with z up. `margin` scales the bounding sphere; the box
 * never fills its whole bounding sphere on screen, but tick labels stick out of it: 1.1 keeps them in frame.
 */
export function defaultCameraPosition(
  halfExtent: Readonly<Vec3Like>,
  verticalFovDeg: number,
  aspect: number,
  margin = 1.1,
): Vec3Like {
  const radius = Math.hypot(halfExtent.x, halfExtent.y, halfExtent.z) * margin
  const distance = framingDistance(radius, verticalFovDeg, aspect)
  const azimuth = (-60 * Math.PI) / 180
  const elevation = (30 * Math.PI) / 180
  return {
    x: distance * Math.cos(elevation) * Math.cos(azimuth),
    y: distance * Math.cos(elevation) * Math.sin(azimuth),
    z: distance * Math.sin(elevation),
  }
}
