// Moving a point along a curve: drag it with the pointer (grab the point, or the curve anywhere near it: the point
// jumps there) or step it with the arrow keys (Shift for fine steps) once the canvas has focus. A press elsewhere
// still orbits. The rules (slop, radius, capture, cancel, focus, label) are the plot's one gesture hook's.
import type { CurveFrame, RealFn } from '../../math/calculus1d/index.ts'
import { arrowStep, roundForLink, type KeySteps } from '../../math/instruments/pickedPoint.ts'
import { usePlotGesture, type PointerAt } from '../gestures/index.ts'

export interface CurvePointDragOptions {
  readonly frame: CurveFrame
  /** The curve the point moves along (used to decide whether a press is on the curve). */
  readonly fn: RealFn
  /** Current math x of the point. */
  readonly x: number
  readonly onMove: (x: number, phase: 'drag' | 'commit') => void
  readonly onEnd?: () => void
  /** Keyboard steps as fractions of the window width: plain and with Shift. */
  readonly keySteps?: KeySteps
}

/** Default keyboard steps, as fractions of the window width. */
export const CURVE_KEY_STEPS: KeySteps = { coarse: 1 / 100, fine: 1 / 2000 }

export function useCurvePointDrag({ frame, fn, x, onMove, onEnd, keySteps = CURVE_KEY_STEPS }: CurvePointDragOptions): void {
  const { xMin, xMax } = frame.window
  // Inside the window, and rounded far below a fine key step so the link stays short (see roundForLink).
  const clampX = (value: number) => roundForLink(Math.min(xMax, Math.max(xMin, value)), keySteps.fine * (xMax - xMin))
  /** Math x under the pointer: where its ray meets the plot plane y = 0 (the panels face the camera along y). */
  const mathXAt = ({ ray }: PointerAt) => {
    if (ray.direction.y === 0) return null
    const t = -ray.origin.y / ray.direction.y
    return t >= 0 ? frame.mathX(ray.origin.x + t * ray.direction.x) : null
  }
  const onCurve = (mx: number) => ({ x: frame.worldX(mx), y: 0, z: frame.worldZ(fn(mx)) })

  usePlotGesture({
    label: 'Curve plot. Drag the point along the curve; arrow keys move it, Shift for fine steps.',
    grab: (at) => {
      // The point, and the curve straight above or below the pointer; where f is undefined there is nothing to grab.
      const toPoint = Number.isFinite(fn(x)) ? at.distanceTo(onCurve(x)) : Infinity
      const mx = mathXAt(at)
      const toCurve = mx !== null && Number.isFinite(fn(mx)) ? at.distanceTo(onCurve(mx)) : Infinity
      return { distancePx: Math.min(toPoint, toCurve), jump: toCurve < toPoint }
    },
    locate: (at) => {
      const mx = mathXAt(at)
      return mx === null ? null : clampX(mx)
    },
    nudge: (key, fine) => {
      const [dx] = arrowStep(key, fine, keySteps)
      return dx === 0 ? null : clampX(x + dx * (xMax - xMin))
    },
    onMove,
    onEnd,
  })
}
