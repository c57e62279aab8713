// The 3D viewport: one R3F canvas, rendered on demand (DESIGN.md, Rendering), with a drawing buffer that is kept
// so screenshots, canvas.toBlob and recording see the last frame. A lost WebGL context is watched for
// (useWebglContextLoss): the scene is redrawn when the browser restores it, and if it does not, the notice over the
// canvas offers a new canvas (a remount under a new key, which creates a new context from the current state).
import { Canvas } from '@react-three/fiber'
import { useState, type ReactNode } from 'react'
import type { CameraPose } from '../state/cameraPose.ts'
import { PlotControls } from '../render/index.ts'
// From its file: a shell concern, not part of the render library's surface.
import { FitNarrowCanvas } from '../render/FitNarrowCanvas.tsx'
import { useWebglContextLoss } from './useWebglContextLoss.ts'

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
  const context = useWebglContextLoss()
  const [generation, setGeneration] = useState(0)
  return (
    <>
      <Canvas
        key={generation}
        frameloop="demand"
        dpr={[1, 2]}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        camera={{ fov: 45, near: 0.01, far: 100, up: [0, 0, 1], position: [...camera.position] }}
        onCreated={context.onCreated}
        data-testid="viewport-canvas"
      >
        <PlotControls resetKey={resetKey} pose={camera} onPoseChange={onCameraChange} />
        <FitNarrowCanvas />
        {children}
      </Canvas>
      {context.state !== 'ok' && (
        <div className="context-lost" role="status" data-testid="context-lost">
          {context.state === 'lost' ? (
            <span>The graphics context was lost; waiting for the browser to restore it…</span>
          ) : (
            <>
              <span>The graphics context was lost and the browser has not restored it.</span>
              <button
                type="button"
                onClick={() => {
                  context.reset()
                  setGeneration((g) => g + 1)
                }}
              >
                Start a new 3D view
              </button>
            </>
          )}
        </div>
      )}
    </>
  )
}
