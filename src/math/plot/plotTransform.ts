// The plot box: how math coordinates (x, y, z) become world coordinates (z up).
//
// Each axis is an affine map  world = scale · math + offset:
//   - the domain's longer side maps to [-1, 1] and the shorter side keeps the aspect ratio (a circle stays a circle),
//     except that beyond 4 : 1 the shorter side is held at a quarter of the longer so the plot never becomes a ribbon;
//   - the z range maps to [-zScale, zScale].
// Instruments (tangent planes, arrows, trails) place themselves with this, and the surface shader receives the very
// same scale and offset as uniforms, so CPU-placed objects and GPU-displaced vertices agree.
import type { Domain, Interval } from './domain.ts'
import { assertDrawableDomain, widenDegenerate } from './domain.ts'

export interface Vec3Like {
  x: number
  y: number
  z: number
}

export interface PlotTransform {
  readonly domain: Domain
  readonly zRange: Interval
  readonly zScale: number
  /** world = scale · math + offset, per axis. */
  readonly scale: Readonly<Vec3Like>
  readonly offset: Readonly<Vec3Like>
  /** Half sizes of the box in world units: the box is [-x, x] × [-y, y] × [-z, z]. */
  readonly halfExtent: Readonly<Vec3Like>
  /** Math point → world point. Pass `out` (a THREE.Vector3 fits) to avoid allocating in a frame loop. */
  toWorld(x: number, y: number, z: number, out?: Vec3Like): Vec3Like
  /** World point → math point; the inverse of toWorld. */
  toMath(wx: number, wy: number, wz: number, out?: Vec3Like): Vec3Like
  /**
   * Unit world-space normal of the graph z = f(x, y) at a point where ∂f/∂x = fx and ∂f/∂y = fy.
   * The graph's tangents map to (sx, 0, sz·fx) and (0, sy, sz·fy); their cross product is (−sy·sz·fx, −sx·sz·fy, sx·sy).
   */
  normalFromGradient(fx: number, fy: number, out?: Vec3Like): Vec3Like
  /** True when a math point lies inside the box (bounds included). */
  contains(x: number, y: number, z: number): boolean
}

export const DEFAULT_Z_SCALE = 0.8
/** The longest a domain may be relative to its shortest side before the aspect ratio is no longer kept. */
export const MAX_ASPECT = 4

export function createPlotTransform(domain: Domain, zRange: Interval, zScale = DEFAULT_Z_SCALE): PlotTransform {
  assertDrawableDomain(domain)
  const range = widenDegenerate(zRange)
  const width = domain.xMax - domain.xMin
  const height = domain.yMax - domain.yMin
  const longer = Math.max(width, height)
  const halfX = Math.max(width / longer, 1 / MAX_ASPECT)
  const halfY = Math.max(height / longer, 1 / MAX_ASPECT)
  const scale = { x: (2 * halfX) / width, y: (2 * halfY) / height, z: (2 * zScale) / (range.max - range.min) }
  const offset = {
    x: -halfX - scale.x * domain.xMin,
    y: -halfY - scale.y * domain.yMin,
    z: -zScale - scale.z * range.min,
  }
  const halfExtent = { x: halfX, y: halfY, z: zScale }

  return {
    domain,
    zRange: range,
    zScale,
    scale,
    offset,
    halfExtent,
    toWorld(x, y, z, out = { x: 0, y: 0, z: 0 }) {
      out.x = scale.x * x + offset.x
      out.y = scale.y * y + offset.y
      out.z = scale.z * z + offset.z
      return out
    },
    toMath(wx, wy, wz, out = { x: 0, y: 0, z: 0 }) {
      out.x = (wx - offset.x) / scale.x
      out.y = (wy - offset.y) / scale.y
      out.z = (wz - offset.z) / scale.z
      return out
    },
    normalFromGradient(fx, fy, out = { x: 0, y: 0, z: 0 }) {
      const nx = -scale.y * scale.z * fx
      const ny = -scale.x * scale.z * fy
      const nz = scale.x * scale.y
      const length = Math.hypot(nx, ny, nz)
      out.x = nx / length
      out.y = ny / length
      out.z = nz / length
      return out
    },
    contains(x, y, z) {
      return (
        x >= domain.xMin && x <= domain.xMax && y >= domain.yMin && y <= domain.yMax && z >= range.min && z <= range.max
      )
    },
  }
}
