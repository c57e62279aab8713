// Where things go on screen. The scene lays out square panels in one plane (world units); each panel shows a region
// of the (x, y) or (u, v) plane through a similarity map world = scale·math + offset, with the SAME scale on both
// axes: angles, shapes and area ratios on screen are then the true ones, which is the whole point of a Jacobian picture.
import type { Bounds2 } from './robustBounds.ts'

/** A square panel: its centre and half side, in world units. */
export interface PanelRect {
  readonly cx: number
  readonly cy: number
  readonly half: number
}

/** world = scale · math + offset (per axis offset, one scale). */
export interface PanelMap {
  readonly scale: number
  readonly offsetX: number
  readonly offsetY: number
}

/** The largest similarity map that shows `bounds` inside the panel, centred, leaving `margin` (a fraction of the side) free. */
export function fitBoundsToPanel(bounds: Bounds2, panel: PanelRect, margin = 0.06): PanelMap {
  const width = Math.max(bounds.maxX - bounds.minX, Number.MIN_VALUE)
  const height = Math.max(bounds.maxY - bounds.minY, Number.MIN_VALUE)
  const usable = 2 * panel.half * (1 - 2 * margin)
  const scale = usable / Math.max(width, height)
  return centredOn((bounds.minX + bounds.maxX) / 2, (bounds.minY + bounds.maxY) / 2, scale, panel)
}

/** The map with the given scale that puts the math point (x, y) at the panel's centre. */
export function centredOn(x: number, y: number, scale: number, panel: PanelRect): PanelMap {
  return { scale, offsetX: panel.cx - scale * x, offsetY: panel.cy - scale * y }
}

/** Bounds of the (x, y) pairs in a flat array, ignoring undefined ones; null if none is finite. */
export function boundsOfPoints(points: ArrayLike<number>): Bounds2 | null {
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i]!
    const y = points[i + 1]!
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  return minX <= maxX ? { minX, maxX, minY, maxY } : null
}

/**
 * One magnification for both zoom panels (the ε-square, and F(S) beside J·S), so that areas can be compared by eye:
 * the largest scale at which the square fits its panel and the image and the parallelogram fit theirs.
 */
export function sharedZoomScale(epsilon: number, imageExtent: Bounds2 | null, panelHalf: number, margin = 0.14): number {
  const usable = 2 * panelHalf * (1 - 2 * margin)
  const imageSide = imageExtent ? Math.max(imageExtent.maxX - imageExtent.minX, imageExtent.maxY - imageExtent.minY) : 0
  return usable / Math.max(epsilon, imageSide)
}
