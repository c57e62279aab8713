// The 3D viewport: one R3F canvas, rendered on demand (DESIGN.md, Rendering), with a drawing buffer that is kept
// so screenshots, canvas.toBlob and recording see the last frame. While the animation clock is manual (recording),
// the canvas never renders on its own: the recorder renders each frame (frameloop "never" + advance). While a
// recording size is set, the canvas is laid out at exactly that many CSS pixels at device pixel ratio 1, shown
// scaled down to fit the window (its size is measured without transforms, so the drawing buffer is the asked size).
import { Canvas, addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react'
import type { CameraPose } from '../state/cameraPose.ts'
import { PlotControls } from '../render/index.ts'
import { animationClock } from '../render/animationClock.ts'
import { recordingSize, viewHandle, type PixelSize } from '../render/record/recordingView.ts'
import { useStore } from '../state/useStore.ts'
import { recordFrame } from './frameProbe.ts'

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
  return (
    <Canvas
      frameloop={manualClock ? 'never' : 'demand'}
      dpr={size ? 1 : [1, 2]}
      resize={{ offsetSize: true }}
      style={size ? recordingStyle(size) : undefined}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      camera={{ fov: 45, near: 0.01, far: 100, up: [0, 0, 1], position: [...camera.position] }}
      data-testid="viewport-canvas"
    >
      <PlotControls resetKey={resetKey} pose={camera} onPoseChange={onCameraChange} />
      <FrameProbe />
      {children}
    </Canvas>
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

function FrameProbe() {
  const scene = useThree((s) => s.scene)
  const get = useThree((s) => s.get)
  useEffect(() => addAfterEffect(() => recordFrame(scene)), [scene])
  useEffect(() => {
    const handle = { getState: get }
    viewHandle.set(handle)
    return () => {
      if (viewHandle.get() === handle) viewHandle.set(null)
    }
  }, [get])
  return null
}
