// Keeps the picture whole in a canvas taller than it is wide (a phone held upright, or a narrow window). Scene
// cameras are framed so the plot fits a square canvas or a wider one; a perspective camera keeps its vertical field of
// view as the canvas narrows, so the sides of a surface (or of the Jacobian's four panels) would be cut off. Below a
// square aspect the camera's zoom is lowered to width / height, which widens the view just enough that what spanned
// a square canvas's width spans this one's. Zoom, not the camera's distance, so the pose in the link and the user's own
// dolly stay as they are; picking reads the projection matrix, so it follows. At aspect ≥ 1 nothing changes.
import { useLayoutEffect } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'

/** The camera zoom FitNarrowCanvas sets for a canvas of this aspect (width / height); layouts that fill the view use it. */
export function narrowCanvasZoom(aspect: number): number {
  return Math.min(1, aspect)
}

export function FitNarrowCanvas() {
  const camera = useThree((s) => s.camera)
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const invalidate = useThree((s) => s.invalidate)
  useLayoutEffect(() => {
    if (!(camera instanceof THREE.PerspectiveCamera) || width <= 0 || height <= 0) return
    const zoom = narrowCanvasZoom(width / height)
    if (camera.zoom === zoom) return
    camera.zoom = zoom
    camera.updateProjectionMatrix()
    invalidate()
  }, [camera, width, height, invalidate])
  return null
}
