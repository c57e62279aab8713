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

/** Where the camera sits and what it orbits around, in world coordinates. */
export interface ControlsPose {
  readonly position: readonly [number, number, number]
  readonly target: readonly [number, number, number]
}

export interface PlotControlsProps {
  readonly ref?: Ref<PlotControlsHandle>
  /** Changing this value resets the view (e.g. a "reset view" button increments it): to `pose` if given, else the default. */
  readonly resetKey?: unknown
  readonly enabled?: boolean
  /** A pose to show (e.g. from a shared link). Applied when it differs from the current view; null means the default view. */
  readonly pose?: ControlsPose | null
  /** Called when the user finishes an orbit, pan or zoom, with the pose rounded to 1e-3 (short, stable links). */
  readonly onPoseChange?: (pose: ControlsPose) => void
}

const round3 = (v: number) => Math.round(v * 1000) / 1000

const DEFAULT_HALF_EXTENT = { x: 1, y: 1, z: 0.8 }

export function PlotControls({ ref, resetKey, enabled = true, pose = null, onPoseChange }: PlotControlsProps) {
  const camera = useThree((state) => state.camera)
  const domElement = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)
  const size = useThree((state) => state.size)
  const setRootState = useThree((state) => state.set)
  const transform = useContext(PlotTransformContext)
  const halfExtent = transform?.halfExtent ?? DEFAULT_HALF_EXTENT
  const controlsRef = useRef<OrbitControls | null>(null)
  const onPoseChangeRef = useRef(onPoseChange)
  onPoseChangeRef.current = onPoseChange

  useLayoutEffect(() => {
    // OrbitControls reads camera.up once, when it is made: z must be up before that.
    camera.up.set(0, 0, 1)
    const controls = new OrbitControls(camera, domElement)
    controls.enabled = enabled
    const onChange = () => invalidate()
    const onEnd = () => {
      const p = camera.position
      const t = controls.target
      onPoseChangeRef.current?.({ position: [round3(p.x), round3(p.y), round3(p.z)], target: [round3(t.x), round3(t.y), round3(t.z)] })
    }
    controls.addEventListener('change', onChange)
    controls.addEventListener('end', onEnd)
    controlsRef.current = controls
    // Published as the root's controls (R3F's convention), so the recorder can orbit about the same target.
    setRootState({ controls })
    return () => {
      setRootState({ controls: null })
      controls.removeEventListener('change', onChange)
      controls.removeEventListener('end', onEnd)
      controls.dispose()
      controlsRef.current = null
    }
    // `enabled` is applied separately below; re-creating the controls for it would lose the view.
  }, [camera, domElement, invalidate, setRootState])

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

  const applyPose = useCallback(
    (next: ControlsPose) => {
      const [px, py, pz] = next.position
      const [tx, ty, tz] = next.target
      camera.up.set(0, 0, 1)
      camera.position.set(px, py, pz)
      camera.lookAt(tx, ty, tz)
      camera.updateMatrixWorld()
      const controls = controlsRef.current
      if (controls) {
        controls.target.set(tx, ty, tz)
        controls.update()
      }
      invalidate()
    },
    [camera, invalidate],
  )

  // Frame the box on mount and whenever resetKey changes (not on every resize or z-range change: that would fight the user).
  const startRef = useRef({ reset, applyPose, pose })
  startRef.current = { reset, applyPose, pose }
  useLayoutEffect(() => {
    const { reset: toDefault, applyPose: toPose, pose: wanted } = startRef.current
    if (wanted) toPose(wanted)
    else toDefault()
  }, [resetKey, camera])

  // A pose that arrives later (Back/Forward, a pasted link) moves the camera, unless it is the view already shown
  // (the echo of our own onPoseChange).
  const [px, py, pz] = pose?.position ?? [NaN, NaN, NaN]
  const [tx, ty, tz] = pose?.target ?? [NaN, NaN, NaN]
  useEffect(() => {
    if (Number.isNaN(px)) return
    const controls = controlsRef.current
    const t = controls?.target
    const same =
      Math.abs(camera.position.x - px) < 1e-3 && Math.abs(camera.position.y - py) < 1e-3 && Math.abs(camera.position.z - pz) < 1e-3 &&
      (!t || (Math.abs(t.x - tx) < 1e-3 && Math.abs(t.y - ty) < 1e-3 && Math.abs(t.z - tz) < 1e-3))
    if (!same) applyPose({ position: [px, py, pz], target: [tx, ty, tz] })
  }, [camera, applyPose, px, py, pz, tx, ty, tz])
  return null
}
