// The picked point (x₀, y₀) of a scene: moved by the keyboard, rounded so that it reads well in the URL, and
// found from a click by turning the camera ray into math coordinates for intersectRayWithGraph.
import type { Domain } from '../plot/domain.ts'
import type { PlotTransform } from '../plot/plotTransform.ts'
import type { Box3, Ray3 } from './raySurface.ts'

/** An arrow key moves the point by 1/50 of the domain's side; with Shift, by 1/500 (fine steps). */
export const COARSE_STEP_FRACTION = 1 / 50
export const FINE_STEP_FRACTION = 1 / 500

/** Steps of an arrow key as fractions of the plotted range: `coarse` plain, `fine` with Shift. */
export interface KeySteps {
  readonly coarse: number
  readonly fine: number
}

export const SURFACE_KEY_STEPS: KeySteps = { coarse: COARSE_STEP_FRACTION, fine: FINE_STEP_FRACTION }

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown'

export function isArrowKey(key: string): key is ArrowKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown'
}

/**
 * One key press as a move in units of the plotted range: Right = +x, Up = +y (math axes, not screen axes), as signed
 * fractions [dx, dy] of the width and the height; Shift (`fine`) takes the fine step.
 */
export function arrowStep(key: ArrowKey, fine: boolean, steps: KeySteps = SURFACE_KEY_STEPS): readonly [number, number] {
  const fraction = fine ? steps.fine : steps.coarse
  const dx = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0
  const dy = key === 'ArrowUp' ? 1 : key === 'ArrowDown' ? -1 : 0
  return [dx * fraction, dy * fraction]
}

/** The point after one arrow key press (Up = +y, Right = +x), clamped to the domain and rounded for the URL. */
export function nudgePoint(
  point: { x: number; y: number },
  key: ArrowKey,
  fine: boolean,
  domain: Domain,
  steps: KeySteps = SURFACE_KEY_STEPS,
): { x: number; y: number } {
  const [dx, dy] = arrowStep(key, fine, steps)
  return clampToDomain(point.x + dx * (domain.xMax - domain.xMin), point.y + dy * (domain.yMax - domain.yMin), domain)
}

/** Clamped into the domain and rounded to 1/100 of a fine step, so links stay short without moving the point visibly. */
export function clampToDomain(x: number, y: number, domain: Domain): { x: number; y: number } {
  return {
    x: roundForLink(Math.min(domain.xMax, Math.max(domain.xMin, x)), (domain.xMax - domain.xMin) * FINE_STEP_FRACTION),
    y: roundForLink(Math.min(domain.yMax, Math.max(domain.yMin, y)), (domain.yMax - domain.yMin) * FINE_STEP_FRACTION),
  }
}

/**
 * A coordinate picked with the pointer, rounded to the power of ten just below 1/100 of the finest keyboard step:
 * far below what the eye or the readouts resolve, and a short number in the link (1.2345, not 1.2344917302961).
 */
export function roundForLink(value: number, fineStep: number): number {
  const quantum = 10 ** Math.floor(Math.log10(fineStep / 100))
  return Number((Math.round(value / quantum) * quantum).toPrecision(12))
}

/**
 * A world-space ray (from the camera) as a ray in math coordinates, and the plot box as a math box. The transform is
 * affine per axis (world = scale·math + offset), so the origin maps by toMath and the direction divides by the scale.
 */
export function worldRayToMath(
  transform: PlotTransform,
  origin: { x: number; y: number; z: number },
  direction: { x: number; y: number; z: number },
): { ray: Ray3; box: Box3 } {
  const o = transform.toMath(origin.x, origin.y, origin.z)
  const { scale, domain, zRange } = transform
  return {
    ray: { origin: [o.x, o.y, o.z], direction: [direction.x / scale.x, direction.y / scale.y, direction.z / scale.z] },
    box: { xMin: domain.xMin, xMax: domain.xMax, yMin: domain.yMin, yMax: domain.yMax, zMin: zRange.min, zMax: zRange.max },
  }
}

/**
 * The height the picked point's marker is drawn at: f itself where it is a number inside the z range, else the floor
 * of the box (the grey "off" marker). The marker and the hit test for grabbing it must both use this one answer.
 */
export function markerHeight(z: number, zRange: { readonly min: number; readonly max: number }): number {
  return Number.isFinite(z) && z >= zRange.min && z <= zRange.max ? z : zRange.min
}
