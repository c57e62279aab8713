// The 3D viewport: one R3F canvas, rendered on demand (DESIGN.md, Rendering), with a drawing buffer that is kept
// so screenshots, canvas.toBlob and recording see the last frame.
import { Canvas } from '@react-three/fiber'
import type { ReactNode } from 'react'
import type { CameraPose } from '../state/cameraPose.ts'
import { PlotControls } from '../render/index.ts'

/** `resetKey`: a new value puts the camera back at `camera` (the "reset view" button), even if the pose is unchanged. */
export function Viewport({
  camera,
  resetKey,
  onCameraChange,
  children,
}: {
  camera: CameraPose
  resetKey: number
  /** The user finished moving the view: the pose goes into the state, and so into the link. */
  onCameraChange?: (pose: CameraPose) => void
  children: ReactNode
}) {
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      camera={{ fov: 45, near: 0.01, far: 100, up: [0, 0, 1], position: [...camera.position] }}
      data-testid="viewport-canvas"
    >
      <PlotControls resetKey={resetKey} pose={camera} onPoseChange={onCameraChange} />
      {children}
    </Canvas>
  )
}
