// Orbit controls for the plot (three's OrbitControls), with z up and a reset to the default view that frames the
// plot box. Render-on-demand friendly: every camera change requests one frame, nothing animates on its own.
import { useCallback, useContext, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react'
import * as THREE from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { useThree } from '@react-three/fiber'
import { defaultCameraPosition } from '../math/plot/index.ts'
import { PlotTransformContext } from './PlotTransformContext.tsx'

export interface PlotControlsHandle {
  /** Back to the default view: from the front right and above, the whole box in frame. */
  reset(): void
}

export interface PlotControlsProps {
  readonly ref?: Ref<PlotControlsHandle>
  /** Changing this value resets the view (e.g. a "reset view" button increments it). */
  readonly resetKey?: unknown
  readonly enabled?: boolean
}

const DEFAULT_HALF_EXTENT = { x: 1, y: 1, z: 0.8 }

export function PlotControls({ ref, resetKey, enabled = true }: PlotControlsProps) {
  const camera = useThree((state) => state.camera)
  const domElement = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)
  const size = useThree((state) => state.size)
  const transform = useContext(PlotTransformContext)
  const halfExtent = transform?.halfExtent ?? DEFAULT_HALF_EXTENT
  const controlsRef = useRef<OrbitControls | null>(null)

  useLayoutEffect(() => {
    // OrbitControls reads camera.up once, when it is made: z must be up before that.
    camera.up.set(0, 0, 1)
    const controls = new OrbitControls(camera, domElement)
    controls.enabled = enabled
    const onChange = () => invalidate()
    controls.addEventListener('change', onChange)
    controlsRef.current = controls
    return () => {
      controls.removeEventListener('change', onChange)
      controls.dispose()
      controlsRef.current = null
    }
    // `enabled` is applied separately below; re-creating the controls for it would lose the view.
  }, [camera, domElement, invalidate])

  useEffect(() => {
    if (controlsRef.current) controlsRef.current.enabled = enabled
  }, [enabled])

  const reset = useCallback(() => {
    const aspect = size.height > 0 ? size.width / size.height : 1
    const fov = camera instanceof THREE.PerspectiveCamera ? camera.fov : 50
    const position = defaultCameraPosition(halfExtent, fov, aspect)
    camera.up.set(0, 0, 1)
    camera.position.set(position.x, position.y, position.z)
    camera.lookAt(0, 0, 0)
    if (camera instanceof THREE.OrthographicCamera) camera.zoom = 1
    camera.updateProjectionMatrix()
    const controls = controlsRef.current
    if (controls) {
      controls.target.set(0, 0, 0)
      controls.update()
    }
    invalidate()
  }, [camera, halfExtent, size.width, size.height, invalidate])

  useImperativeHandle(ref, () => ({ reset }), [reset])

  // Frame the box on mount and whenever resetKey changes (not on every resize or z-range change: that would fight the user).
  const resetRef = useRef(reset)
  resetRef.current = reset
  useLayoutEffect(() => resetRef.current(), [resetKey, camera])
  return null
}
