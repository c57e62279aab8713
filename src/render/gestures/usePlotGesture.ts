// The one hook through which anything on a plot is picked, dragged or nudged with the keys (see gestureArbiter.ts for
// the rules). The gesture is read afresh at every event, so its closures may capture the current props: a drag
// survives the re-render each of its moves causes.
import { useEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { registerGesture } from './gestureArbiter.ts'
import type { PlotGesture } from './plotGesture.ts'

/** Registers `gesture` on this canvas for as long as the component is mounted; null switches it off. */
export function usePlotGesture<V>(gesture: PlotGesture<V> | null): void {
  const canvas = useThree((s) => s.gl.domElement)
  const get = useThree((s) => s.get)
  const latest = useRef(gesture)
  latest.current = gesture
  const on = gesture !== null
  useEffect(() => {
    if (!on) return
    return registerGesture(canvas, () => get().camera, { read: () => latest.current as PlotGesture<unknown> | null })
  }, [canvas, get, on])
}
