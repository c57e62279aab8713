// Drives the live view frame by frame for the recorder: hold the view at a size on the manual clock, step the clock by
// exactly 1/fps, wait until every consequence has landed, orbit the camera, then render one frame (R3F `advance`).
//
// "Every consequence": a tick may set React state (h → 0 writes h into the scene state), which React commits in a
// microtask for the page and in a scheduler task for the canvas's own root; effects may set more state; a tick may
// wake asynchronous work (a swarm chunk read back from the GPU), which the clock tracks as a busy task. settle()
// waits for all of it, so the frame drawn after step k is the same on every run.
import { advance, type RootState } from '@react-three/fiber'
import * as THREE from 'three'
import { animationClock, type AnimationClock } from '../animationClock.ts'
import { orbitPosition, type Vec3 } from '../../math/plot/orbit.ts'
import { recordingSize, viewHandle, type PixelSize } from './recordingView.ts'

export class RecordError extends Error {
  override name = 'RecordError'
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Waits until React and the clock's tasks are quiet: three rounds of (tasks idle, one macrotask). */
export async function settle(clock: AnimationClock = animationClock): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await clock.idle()
    await macrotask()
  }
}

/** Polls `ready` (a view being mounted or resized is not an event we can await) until it holds or `timeoutMs` passes. */
export async function waitUntil(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = performance.now()
  while (!ready()) {
    if (performance.now() - start > timeoutMs) throw new RecordError(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export function currentView(): RootState {
  const handle = viewHandle.get()
  if (!handle) throw new RecordError('there is no 3D view to record: open a scene first')
  return handle.getState()
}

const hasDrawable = (root: THREE.Object3D): boolean => {
  let found = false
  root.traverseVisible((o) => {
    if ((o as THREE.Mesh).isMesh || (o as THREE.Line).isLine || (o as THREE.Points).isPoints) found = true
  })
  return found
}

/** True once the view is mounted at `size` and its scene has something to draw. */
function viewReady(size: PixelSize): boolean {
  const handle = viewHandle.get()
  if (!handle) return false
  const s = handle.getState()
  const canvas = s.gl.domElement
  return canvas.width === size.width && canvas.height === size.height && s.size.width === size.width && hasDrawable(s.scene)
}

export interface HeldView {
  /** Waits until the (possibly newly mounted) view has the size and something to draw, then lets it settle. */
  ready(timeoutMs?: number): Promise<void>
  /** Advances the clock (when dt > 0), settles, and renders one frame at animation time `t` with the camera turned by `orbitRadians`. */
  frame(dtSeconds: number, orbitRadians: number): Promise<HTMLCanvasElement>
  /** The camera pose frames orbit from (call at the start of a shot). */
  anchorOrbit(): void
  /** Gives the view back: its own size, the camera where it was, and the clock as it was. */
  release(): void
}

/** Puts the view at `size` on the manual clock. Only one hold at a time. */
export function holdView(size: PixelSize): HeldView {
  if (recordingSize.get()) throw new RecordError('a recording is already running')
  const wasManual = animationClock.manual
  animationClock.setManual(true)
  recordingSize.set(size)
  let orbitStart: { position: Vec3; target: Vec3 } | null = null
  let restorePose: { position: Vec3; target: Vec3 } | null = null

  const poseOf = (s: RootState) => {
    const p = s.camera.position
    const target = (s.controls as unknown as { target?: THREE.Vector3 } | null)?.target
    return { position: [p.x, p.y, p.z] as Vec3, target: (target ? [target.x, target.y, target.z] : [0, 0, 0]) as Vec3 }
  }

  return {
    async ready(timeoutMs = 60_000) {
      await waitUntil(() => viewReady(size), timeoutMs, `the view to draw at ${size.width}×${size.height}`)
      await settle()
      // A first render without moving time lets frame-loop-driven drawings (trails, labels) fill in.
      const s = currentView()
      advance(animationClock.time, true, s)
      await settle()
    },
    anchorOrbit() {
      const s = currentView()
      orbitStart = poseOf(s)
      restorePose ??= orbitStart
    },
    async frame(dtSeconds, orbitRadians) {
      if (dtSeconds > 0) animationClock.step(dtSeconds)
      await settle()
      const s = currentView()
      if (orbitStart && orbitRadians !== 0) {
        const [x, y, z] = orbitPosition(orbitStart.position, orbitStart.target, orbitRadians)
        s.camera.position.set(x, y, z)
        s.camera.lookAt(orbitStart.target[0], orbitStart.target[1], orbitStart.target[2])
        s.camera.updateMatrixWorld()
      }
      advance(animationClock.time, true, s)
      return s.gl.domElement
    },
    release() {
      const handle = viewHandle.get()
      if (handle && restorePose) {
        const s = handle.getState()
        const [x, y, z] = restorePose.position
        s.camera.position.set(x, y, z)
        s.camera.lookAt(restorePose.target[0], restorePose.target[1], restorePose.target[2])
        ;(s.controls as unknown as { update?: () => void } | null)?.update?.()
      }
      recordingSize.set(null)
      animationClock.setManual(wasManual)
      handle?.getState().invalidate()
    },
  }
}
