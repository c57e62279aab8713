// Frame bookkeeping for the browser tests: how many frames the canvases have drawn, and when the first frame with a
// mesh in it was drawn. It hooks @react-three/fiber's global after-frame effect from the test side, so the app itself
// carries no test probe (the production bundle is checked for that in tests/e2e/productionBuild.test.ts).
import { _roots, addAfterEffect } from '@react-three/fiber'
import type { Object3D } from 'three'

export const frameStats = { frames: 0, firstSurfaceFrameMs: null as number | null }

// Module scope on purpose: one hook for the whole test file, registered when the harness is first imported.
addAfterEffect(() => {
  frameStats.frames++
  if (frameStats.firstSurfaceFrameMs !== null) return
  for (const root of _roots.values()) {
    if (containsMesh(root.store.getState().scene)) {
      frameStats.firstSurfaceFrameMs = performance.now()
      return
    }
  }
})

function containsMesh(root: Object3D): boolean {
  let found = false
  root.traverseVisible((object) => {
    if ((object as { isMesh?: boolean }).isMesh) found = true
  })
  return found
}
