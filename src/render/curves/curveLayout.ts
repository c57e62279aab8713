// Where the flat panels go: side by side, filling what the default camera sees (it looks at the origin along +y
// from CURVE_CAMERA_DISTANCE), with room for tick labels on the left and below, and a title above.
import { useThree } from '@react-three/fiber'
import { useMemo } from 'react'
import * as THREE from 'three'
import type { PanelRect } from '../../math/calculus1d/index.ts'
import { CURVE_CAMERA_DISTANCE } from './curveStyle.ts'
import { narrowCanvasZoom } from '../FitNarrowCanvas.tsx'

const MARGIN = { left: 0.2, right: 0.08, bottom: 0.2, top: 0.15 }
const GAP = 0.3
/** A panel wider than this (in world units, half width) reads worse than one with empty space beside it. */
const MAX_HALF_WIDTH = 1.8

/** Panels side by side ('row') or stacked with a shared x range ('column'), top to bottom. */
export type PanelDirection = 'row' | 'column'

/** Below this aspect (a phone held upright) panels meant to sit side by side are stacked instead. */
export const STACK_BELOW_ASPECT = 0.9

/**
 * `count` panels in the view of a camera with vertical field of view `fovDeg` and the given aspect. A 'row' in a
 * canvas narrower than STACK_BELOW_ASPECT becomes a column: three panels side by side in 390 px leave each about
 * 100 px, too narrow for its ticks and title.
 */
export function layoutPanels(count: number, aspect: number, requested: PanelDirection = 'row', fovDeg = 45, distance = CURVE_CAMERA_DISTANCE): PanelRect[] {
  const direction: PanelDirection = requested === 'row' && count > 1 && aspect < STACK_BELOW_ASPECT ? 'column' : requested
  // The viewport lowers the camera's zoom in a canvas narrower than a square (FitNarrowCanvas), which shows more height.
  const halfViewHeight = (distance * Math.tan((fovDeg * Math.PI) / 360)) / narrowCanvasZoom(aspect)
  const halfViewWidth = halfViewHeight * aspect
  const height = 2 * halfViewHeight - MARGIN.bottom - MARGIN.top
  const width = 2 * halfViewWidth - MARGIN.left - MARGIN.right
  const centerX = (MARGIN.left - MARGIN.right) / 2
  const centerZ = (MARGIN.bottom - MARGIN.top) / 2
  if (direction === 'column') {
    // Stacked panels share x, so a point of one lines up with the same x in the others.
    const gap = GAP * 0.8
    const halfHeight = (height - gap * (count - 1)) / count / 2
    const halfWidth = Math.min(MAX_HALF_WIDTH, width / 2)
    const top = centerZ + height / 2
    return Array.from({ length: count }, (_, i) => ({ centerX, centerZ: top - halfHeight - i * (2 * halfHeight + gap), halfWidth, halfHeight }))
  }
  const halfWidth = Math.min(MAX_HALF_WIDTH, (width - GAP * (count - 1)) / count / 2)
  const used = count * 2 * halfWidth + GAP * (count - 1)
  return Array.from({ length: count }, (_, i) => ({
    centerX: centerX - used / 2 + halfWidth + i * (2 * halfWidth + GAP),
    centerZ,
    halfWidth,
    halfHeight: height / 2,
  }))
}

/** The panel rectangles for the current canvas size (recomputed on resize only). */
export function usePanelRects(count: number, direction: PanelDirection = 'row'): PanelRect[] {
  const size = useThree((s) => s.size)
  const camera = useThree((s) => s.camera)
  const fov = camera instanceof THREE.PerspectiveCamera ? camera.fov : 45
  const aspect = size.height > 0 ? size.width / size.height : 1.6
  return useMemo(() => layoutPanels(count, aspect, direction, fov), [count, aspect, direction, fov])
}
