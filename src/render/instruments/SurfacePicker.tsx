// Picking the point (x₀, y₀) on the surface, three ways, all against the TRUE function (intersectRayWithGraph on the
// compiled f, in math coordinates), never against the mesh:
//   - a click (press and release within a few pixels, so an orbit drag is not a pick);
//   - dragging the marker: a press near the marker is taken from the orbit controls and the point follows the pointer;
//   - the arrow keys while the canvas has focus (Shift: fine steps), see nudgePoint.
// Moves report phase 'drag' (one history entry per gesture); the end of a gesture calls onEnd.
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { usePlotTransform } from '../index.ts'
import { intersectRayWithGraph } from '../../math/instruments/raySurface.ts'
import { clampToDomain, isArrowKey, markerHeight, nudgePoint, worldRayToMath } from '../../math/instruments/pickedPoint.ts'

export interface SurfacePickerProps {
  /** f(x, y) in float64 (parameters bound). */
  readonly value: (x: number, y: number) => number
  readonly point: { readonly x: number; readonly y: number }
  readonly onMove: (point: { x: number; y: number }, phase: 'commit' | 'drag') => void
  readonly onEnd?: () => void
}

/** A press within this many CSS pixels of the marker grabs it instead of orbiting. */
const GRAB_RADIUS_PX = 18
/** A press and release closer than this is a click (a pick), farther is an orbit drag. */
const CLICK_SLOP_PX = 5

export function SurfacePicker(props: SurfacePickerProps) {
  const transform = usePlotTransform()
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
  const latest = useRef({ props, transform })
  latest.current = { props, transform }

  useEffect(() => {
    const raycaster = new THREE.Raycaster()
    const ndc = new THREE.Vector2()
    const projected = new THREE.Vector3()
    let press: { x: number; y: number } | null = null
    let dragging = false

    const pickAt = (clientX: number, clientY: number) => {
      const { props: p, transform: t } = latest.current
      const rect = element.getBoundingClientRect()
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      const { ray, box } = worldRayToMath(t, raycaster.ray.origin, raycaster.ray.direction)
      const hit = intersectRayWithGraph(ray, p.value, box)
      return hit ? clampToDomain(hit.x, hit.y, t.domain) : null
    }
    const nearMarker = (clientX: number, clientY: number) => {
      const { props: p, transform: t } = latest.current
      // Where PointMarker draws it: on f, or on the floor where f is undefined or outside the z range.
      t.toWorld(p.point.x, p.point.y, markerHeight(p.value(p.point.x, p.point.y), t.zRange), projected)
      projected.project(camera)
      const rect = element.getBoundingClientRect()
      const sx = rect.left + ((projected.x + 1) / 2) * rect.width
      const sy = rect.top + ((1 - projected.y) / 2) * rect.height
      return Math.hypot(sx - clientX, sy - clientY) <= GRAB_RADIUS_PX
    }

    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0) return
      if (nearMarker(e.clientX, e.clientY)) {
        // Capture phase on the canvas itself: this runs before the orbit controls' listener, which never sees the press.
        e.stopImmediatePropagation()
        dragging = true
        // Keep receiving moves when the pointer leaves the canvas mid-drag. (Throws for a pointer the browser does not
        // consider active, e.g. a synthetic event; the drag then simply ends at the canvas edge.)
        try {
          element.setPointerCapture(e.pointerId)
        } catch {
          /* no capture: fine */
        }
        return
      }
      press = { x: e.clientX, y: e.clientY }
    }
    const onPointerMove = (e: PointerEvent) => {
      if (!dragging) return
      const hit = pickAt(e.clientX, e.clientY)
      if (hit) latest.current.props.onMove(hit, 'drag')
    }
    const onPointerUp = (e: PointerEvent) => {
      if (dragging) {
        dragging = false
        if (element.hasPointerCapture?.(e.pointerId)) element.releasePointerCapture(e.pointerId)
        latest.current.props.onEnd?.()
        return
      }
      if (press && Math.hypot(e.clientX - press.x, e.clientY - press.y) <= CLICK_SLOP_PX) {
        const hit = pickAt(e.clientX, e.clientY)
        if (hit) latest.current.props.onMove(hit, 'commit')
      }
      press = null
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isArrowKey(e.key)) return
      e.preventDefault()
      const { props: p, transform: t } = latest.current
      p.onMove(nudgePoint(p.point, e.key, e.shiftKey, t.domain), 'drag')
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (isArrowKey(e.key)) latest.current.props.onEnd?.()
    }

    // Focusable, so the arrow keys reach it; a click focuses it.
    const previousTabIndex = element.tabIndex
    element.tabIndex = 0
    element.setAttribute('aria-label', 'Plot. Click the surface to pick a point; arrow keys move it, Shift for fine steps.')
    element.addEventListener('pointerdown', onPointerDown, { capture: true })
    element.addEventListener('pointermove', onPointerMove)
    element.addEventListener('pointerup', onPointerUp)
    element.addEventListener('keydown', onKeyDown)
    element.addEventListener('keyup', onKeyUp)
    return () => {
      element.tabIndex = previousTabIndex
      element.removeEventListener('pointerdown', onPointerDown, { capture: true })
      element.removeEventListener('pointermove', onPointerMove)
      element.removeEventListener('pointerup', onPointerUp)
      element.removeEventListener('keydown', onKeyDown)
      element.removeEventListener('keyup', onKeyUp)
    }
  }, [camera, element])
  return null
}
