// The 3D viewport: one R3F canvas, rendered on demand (DESIGN.md, Rendering), with a drawing buffer that is kept
// so screenshots, canvas.toBlob and recording see the last frame. While the animation clock is manual (recording),
// the canvas never renders on its own: the recorder renders each frame (frameloop "never" + advance). While a
// recording size is set, the canvas is laid out at exactly that many CSS pixels at device pixel ratio 1, shown
// scaled down to fit the window (its size is measured without transforms, so the drawing buffer is the asked size).
// A lost WebGL context is watched for (useWebglContextLoss): the scene is redrawn when the browser restores it, and
// if it does not, the notice over the canvas offers a new canvas (a remount under a new key, which creates a new
// context from the current state).
import { Canvas, useThree } from '@react-three/fiber'
import { useEffect, useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react'
import type { CameraPose } from '../state/cameraPose.ts'
import { PlotControls } from '../render/index.ts'
import { animationClock } from '../render/animationClock.ts'
import { recordingSize, viewHandle, type PixelSize } from '../render/record/recordingView.ts'
import { useStore } from '../state/useStore.ts'
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
  const manualClock = useSyncExternalStore(
    (listener) => animationClock.onModeChange(listener),
    () => animationClock.manual,
  )
  const size = useStore(recordingSize)
  const context = useWebglContextLoss()
  const [generation, setGeneration] = useState(0)
  return (
    <>
      <Canvas
        key={generation}
        frameloop={manualClock ? 'never' : 'demand'}
        dpr={size ? 1 : [1, 2]}
        resize={{ offsetSize: true }}
        style={size ? recordingStyle(size) : undefined}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        camera={{ fov: 45, near: 0.01, far: 100, up: [0, 0, 1], position: [...camera.position] }}
        onCreated={context.onCreated}
        data-testid="viewport-canvas"
      >
        <PlotControls resetKey={resetKey} pose={camera} onPoseChange={onCameraChange} />
        <FitNarrowCanvas />
        <ViewHandle />
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

/** The recording size, centred over the page and scaled down to fit it. */
function recordingStyle(size: PixelSize): CSSProperties {
  const scale = Math.min(1, (window.innerWidth * 0.92) / size.width, (window.innerHeight * 0.8) / size.height)
  return {
    position: 'fixed',
    left: (window.innerWidth - size.width * scale) / 2,
    top: (window.innerHeight - size.height * scale) / 2,
    width: size.width,
    height: size.height,
    transform: `scale(${scale})`,
    transformOrigin: '0 0',
    zIndex: 50,
    boxShadow: '0 0 0 300vmax rgba(0, 0, 0, 0.55)',
    pointerEvents: 'none',
  }
}

/** Publishes the canvas's R3F state to the recorder (viewHandle) while this canvas is the one shown. */
function ViewHandle() {
  const get = useThree((s) => s.get)
  useEffect(() => {
    const handle = { getState: get }
    viewHandle.set(handle)
    return () => {
      if (viewHandle.get() === handle) viewHandle.set(null)
    }
  }, [get])
  return null
}
