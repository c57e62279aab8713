// Picking on a surface plot is done against the TRUE function, never against the displaced mesh: the camera ray is
// carried into math coordinates (the plot transform is affine per axis, so the ray stays a straight line there) and
// intersected with the graph of f by intersectRayWithGraph. A pick lands exactly on the graph at any mesh resolution.
import { worldRayToMath } from '../../math/instruments/pickedPoint.ts'
import { intersectRayWithGraph, type RayHit } from '../../math/instruments/raySurface.ts'
import type { PlotTransform } from '../../math/plot/index.ts'

interface WorldRay {
  readonly origin: { readonly x: number; readonly y: number; readonly z: number }
  readonly direction: { readonly x: number; readonly y: number; readonly z: number }
}

/** The first point where a world ray meets the graph of f inside the plot box, in math coordinates (or null). */
export function pickGraph(ray: WorldRay, transform: PlotTransform, f: (x: number, y: number) => number): RayHit | null {
  const { ray: mathRay, box } = worldRayToMath(transform, ray.origin, ray.direction)
  return intersectRayWithGraph(mathRay, f, box)
}
