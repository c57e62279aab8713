// Frame bookkeeping for tests and the load bench: how many frames the canvas has drawn, and when the first frame
// with the surface in it was drawn (a performance mark 'first-surface-frame' and window.__firstSurfaceFrameMs).
import type { Object3D } from 'three'

export const frameStats = { frames: 0, firstSurfaceFrameMs: null as number | null }

declare global {
  interface Window {
    __firstSurfaceFrameMs?: number
  }
}

/** Called after each rendered frame with the scene graph that was drawn. */
export function recordFrame(scene: Object3D): void {
  frameStats.frames++
  if (frameStats.firstSurfaceFrameMs !== null || !containsMesh(scene)) return
  const mark = performance.mark('first-surface-frame')
  frameStats.firstSurfaceFrameMs = mark.startTime
  window.__firstSurfaceFrameMs = mark.startTime
}

function containsMesh(root: Object3D): boolean {
  let found = false
  root.traverseVisible((object) => {
    if ((object as { isMesh?: boolean }).isMesh) found = true
  })
  return found
}
