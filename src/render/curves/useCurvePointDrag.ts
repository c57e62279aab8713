// Moving a point along a curve: drag it with the pointer (grab the curve within a few pixels of it) or step it with
// the arrow keys (Shift for fine steps) once the canvas has focus. Native listeners on the canvas, registered in the
// capture phase, so a grab on the curve is taken before the orbit controls see it and does not rotate the view;
// anywhere else, dragging still orbits.
import { useEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import type { CurveFrame, RealFn } from '../../math/calculus1d/index.ts'
import { roundForLink } from '../../math/instruments/pickedPoint.ts'

export interface CurvePointDragOptions {
  readonly frame: CurveFrame
  /** The curve the point moves along (used to decide whether a press is on the curve). */
  readonly fn: RealFn
  /** Current math x of the point. */
  readonly x: number
  readonly onMove: (x: number, phase: 'drag' | 'commit') => void
  readonly onEnd?: () => void
  /** Grab distance in CSS pixels. */
  readonly grabPixels?: number
  /** Keyboard steps as fractions of the window width: normal and with Shift. */
  readonly keyStep?: number
  readonly fineKeyStep?: number
}

/** Default keyboard steps, as fractions of the window width. */
const KEY_STEP = 1 / 100
const FINE_KEY_STEP = 1 / 2000

export function useCurvePointDrag(options: CurvePointDragOptions): void {
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
  // The latest options, read by listeners registered once.
  const latest = useRef(options)
  latest.current = options

  useEffect(() => {
    const raycaster = new THREE.Raycaster()
    const ndc = new THREE.Vector2()
    const plane = new THREE.Plane(new THREE.Vector3(0, 1, 0), 0)
    const hit = new THREE.Vector3()
    const projected = new THREE.Vector3()
    let dragging: number | null = null
    if (element.tabIndex < 0) element.tabIndex = 0

    const pointerToMathX = (event: PointerEvent): number | null => {
      const r = element.getBoundingClientRect()
      ndc.set(((event.clientX - r.left) / r.width) * 2 - 1, -((event.clientY - r.top) / r.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      if (!raycaster.ray.intersectPlane(plane, hit)) return null
      return latest.current.frame.mathX(hit.x)
    }
    // Inside the window, and rounded far below a fine key step so the link stays short (see roundForLink).
    const clampX = (x: number) => {
      const { frame, fineKeyStep = FINE_KEY_STEP } = latest.current
      const { xMin, xMax } = frame.window
      return roundForLink(Math.min(xMax, Math.max(xMin, x)), fineKeyStep * (xMax - xMin))
    }
    // Distance in CSS pixels from the pointer to the curve's point at the same x (or to the current point).
    const pixelDistance = (event: PointerEvent, mx: number, my: number): number => {
      const { frame } = latest.current
      projected.set(frame.worldX(mx), 0, frame.worldZ(my)).project(camera)
      const r = element.getBoundingClientRect()
      const px = r.left + ((projected.x + 1) / 2) * r.width
      const py = r.top + ((1 - projected.y) / 2) * r.height
      return Math.hypot(px - event.clientX, py - event.clientY)
    }

    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0) return
      const { fn, x, grabPixels = 12 } = latest.current
      const mx = pointerToMathX(event)
      if (mx === null) return
      const onPoint = pixelDistance(event, x, fn(x)) <= grabPixels * 1.5
      const onCurve = Number.isFinite(fn(mx)) && pixelDistance(event, mx, fn(mx)) <= grabPixels
      if (!onPoint && !onCurve) return
      event.stopImmediatePropagation()
      event.preventDefault()
      dragging = event.pointerId
      // Capture keeps the drag alive when the pointer leaves the canvas; a synthetic event (tests) has no active pointer.
      try {
        element.setPointerCapture(event.pointerId)
      } catch {
        /* the drag still follows moves over the canvas */
      }
      element.focus()
      if (onCurve && !onPoint) latest.current.onMove(clampX(mx), 'drag')
    }
    const onPointerMove = (event: PointerEvent) => {
      if (dragging !== event.pointerId) return
      const mx = pointerToMathX(event)
      if (mx !== null) latest.current.onMove(clampX(mx), 'drag')
    }
    const onPointerUp = (event: PointerEvent) => {
      if (dragging !== event.pointerId) return
      dragging = null
      if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId)
      latest.current.onEnd?.()
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
      const { frame, x, keyStep = KEY_STEP, fineKeyStep = FINE_KEY_STEP } = latest.current
      const width = frame.window.xMax - frame.window.xMin
      const step = (event.shiftKey ? fineKeyStep : keyStep) * width
      event.preventDefault()
      latest.current.onMove(clampX(x + (event.key === 'ArrowRight' ? step : -step)), 'commit')
    }
    element.addEventListener('pointerdown', onPointerDown, { capture: true })
    element.addEventListener('pointermove', onPointerMove)
    element.addEventListener('pointerup', onPointerUp)
    element.addEventListener('pointercancel', onPointerUp)
    element.addEventListener('keydown', onKeyDown)
    return () => {
      element.removeEventListener('pointerdown', onPointerDown, { capture: true })
      element.removeEventListener('pointermove', onPointerMove)
      element.removeEventListener('pointerup', onPointerUp)
      element.removeEventListener('pointercancel', onPointerUp)
      element.removeEventListener('keydown', onKeyDown)
    }
  }, [camera, element])
}
