// The 3D viewport: one R3F canvas, rendered on demand (DESIGN.md, Rendering), with a drawing buffer that is kept
// so screenshots, canvas.toBlob and recording see the last frame.
import { Canvas, addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect, type ReactNode } from 'react'
import type { CameraPose } from '../state/cameraPose.ts'
import { PlotControls } from '../render/index.ts'
import { recordFrame } from './frameProbe.ts'

/** `resetKey`: a new value puts the camera back at `camera` (the "reset view" button), even if the pose is unchanged. */
export function Viewport({ camera, resetKey, children }: { camera: CameraPose; resetKey: number; children: ReactNode }) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      camera={{ fov: 45, near: 0.01, far: 100, up: [0, 0, 1], position: [...camera.position] }}
      data-testid="viewport-canvas"
    >
      <PlotControls resetKey={resetKey} />
      <CameraRig pose={camera} resetKey={resetKey} />
      <FrameProbe />
      {children}
    </Canvas>
  )
}

/**
 * Puts the camera where the state says (z up, looking at the target) whenever the pose changes. Runs after the
 * orbit controls' own framing, so a pose from the URL wins over the default view.
 */
function CameraRig({ pose, resetKey }: { pose: CameraPose; resetKey: number }) {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  const [px, py, pz] = pose.position
  const [tx, ty, tz] = pose.target
  useEffect(() => {
    camera.up.set(0, 0, 1)
    camera.position.set(px, py, pz)
    camera.lookAt(tx, ty, tz)
    camera.updateMatrixWorld()
    invalidate()
  }, [camera, invalidate, px, py, pz, tx, ty, tz, resetKey])
  return null
}

function FrameProbe() {
  const scene = useThree((s) => s.scene)
  useEffect(() => addAfterEffect(() => recordFrame(scene)), [scene])
  return null
}
