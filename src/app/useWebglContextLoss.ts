// WebGL context loss (a GPU reset, a driver update, the browser reclaiming memory from a background tab): three's
// renderer already calls preventDefault on 'webglcontextlost', so the browser may restore the context, and on
// 'webglcontextrestored' it rebuilds its GL state and re-uploads every geometry, texture and program on the next
// render. Nothing asks for that render: the canvas draws on demand. This hook watches the canvas, asks for a frame
// as soon as the context is back, and reports the state so the viewport can say what is going on. A context that
// stays lost for RESTART_AFTER_MS is reported as 'stuck': the viewport then offers to start a new canvas.
import { useCallback, useEffect, useState } from 'react'
import type { RootState } from '@react-three/fiber'

export type ContextState = 'ok' | 'lost' | 'stuck'

export const RESTART_AFTER_MS = 4000

export function useWebglContextLoss(): { state: ContextState; onCreated: (root: RootState) => void; reset: () => void } {
  const [state, setState] = useState<ContextState>('ok')

  // The canvas element is the renderer's for its whole life, and a new Canvas (after a restart) calls this again.
  const onCreated = useCallback((root: RootState) => {
    const canvas = root.gl.domElement
    canvas.addEventListener('webglcontextlost', () => setState('lost'))
    canvas.addEventListener('webglcontextrestored', () => {
      setState('ok')
      // three's own 'webglcontextrestored' listener was added first (in the renderer's constructor), so its GL state
      // is rebuilt by now; this frame re-uploads the scene and draws it.
      root.invalidate()
    })
  }, [])

  useEffect(() => {
    if (state !== 'lost') return
    const timer = setTimeout(() => setState('stuck'), RESTART_AFTER_MS)
    return () => clearTimeout(timer)
  }, [state])

  const reset = useCallback(() => setState('ok'), [])
  return { state, onCreated, reset }
}
