// The race's start point: a ring on the surface that can be dragged, a click anywhere on the surface to move it there,
// and the arrow keys to nudge it (Shift: ten times finer). Picking is against the TRUE function (intersectRayWithGraph
// in math coordinates: the plot transform is affine per axis, so the camera ray stays a straight line there), not
// against the displaced mesh, so the start lands exactly on the graph at any mesh resolution.
//
// A drag that begins on the ring is ours: the pointerdown is caught in the capture phase on the canvas's container and
// stopped there, so the orbit controls never see it. Any other press is left to the orbit controls; if it comes back
// up without moving (a click), the start point moves to where it landed.
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { intersectRayWithGraph } from '../../math/instruments/raySurface.ts'
import type { PlotTransform } from '../../math/plot/index.ts'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { OVERLAY_RENDER_ORDER } from '../index.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { TRAIL_LIFT } from './RaceTrails.tsx'

export interface StartPointHandleProps {
  readonly start: readonly [number, number]
  readonly f: (x: number, y: number) => number
  /** A new start point; 'drag' while the ring moves, 'commit' for a click or a key. */
  readonly onMove: (x: number, y: number, phase: 'commit' | 'drag') => void
  readonly onEndDrag: () => void
}

/** How close (CSS pixels) a press must be to the ring to grab it. */
export const GRAB_RADIUS_PX = 16
/** A press that moves less than this and is released is a click. */
const CLICK_SLOP_PX = 4
/** Arrow keys move the start by this fraction of the domain's width/height (Shift: a tenth of it). */
export const KEY_STEP_FRACTION = 0.01

export function StartPointHandle({ start, f, onMove, onEndDrag }: StartPointHandleProps) {
  const transform = usePlotTransform()
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const [sx, sy] = start

  const ring = useMemo(() => {
    const mesh = new THREE.Mesh(
      new THREE.RingGeometry(0.03, 0.042, 32),
      new THREE.MeshBasicMaterial({ color: '#ffffff', side: THREE.DoubleSide, depthTest: false, depthWrite: false, transparent: true }),
    )
    mesh.renderOrder = OVERLAY_RENDER_ORDER + 2
    mesh.name = 'start point'
    return mesh
  }, [])
  useEffect(() => () => disposeObjectTree(ring), [ring])

  const z = f(sx, sy)
  useEffect(() => {
    const { zRange } = transform
    ring.visible = Number.isFinite(z)
    transform.toWorld(sx, sy, Math.min(zRange.max, Math.max(zRange.min, Number.isFinite(z) ? z : zRange.min)), ring.position)
    ring.position.z += TRAIL_LIFT
    invalidate()
  }, [ring, transform, sx, sy, z, invalidate])

  // The listeners live as long as the canvas: a drag moves the start, the scene re-renders with it, and the gesture
  // (dragging, press) must survive that re-render. They read the latest props through this ref.
  const latest = useRef({ transform, f, sx, sy, onMove, onEndDrag })
  latest.current = { transform, f, sx, sy, onMove, onEndDrag }
  useEffect(() => {
    const container = canvas.parentElement ?? canvas
    const raycaster = new THREE.Raycaster()
    const ndc = new THREE.Vector2()
    const projected = new THREE.Vector3()
    const pick = (event: PointerEvent) => {
      const rect = canvas.getBoundingClientRect()
      ndc.set(((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      return pickGraph(raycaster.ray, latest.current.transform, latest.current.f)
    }
    const ringDistancePx = (event: PointerEvent) => {
      const rect = canvas.getBoundingClientRect()
      projected.copy(ring.position).project(camera)
      const px = rect.left + ((projected.x + 1) / 2) * rect.width
      const py = rect.top + ((1 - projected.y) / 2) * rect.height
      return Math.hypot(event.clientX - px, event.clientY - py)
    }
    let dragging = false
    let press: { x: number; y: number } | null = null
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return
      canvas.focus({ preventScroll: true })
      if (ring.visible && ringDistancePx(event) <= GRAB_RADIUS_PX) {
        dragging = true
        event.stopPropagation()
        event.preventDefault()
        // Keeps the drag when the pointer leaves the canvas. Throws for a pointer the browser does not consider active
        // (a synthetic event); the drag then follows moves over the canvas only.
        try {
          container.setPointerCapture(event.pointerId)
        } catch {
          /* no capture: fine */
        }
        return
      }
      press = { x: event.clientX, y: event.clientY }
    }
    const onMovePointer = (event: PointerEvent) => {
      if (!dragging) return
      event.stopPropagation()
      const hit = pick(event)
      if (hit) latest.current.onMove(hit.x, hit.y, 'drag')
    }
    const onUp = (event: PointerEvent) => {
      if (dragging) {
        dragging = false
        event.stopPropagation()
        if (container.hasPointerCapture(event.pointerId)) container.releasePointerCapture(event.pointerId)
        latest.current.onEndDrag()
        return
      }
      if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) <= CLICK_SLOP_PX) {
        const hit = pick(event)
        if (hit) latest.current.onMove(hit.x, hit.y, 'commit')
      }
      press = null
    }
    const onKey = (event: KeyboardEvent) => {
      const dx = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
      const dy = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0
      if (dx === 0 && dy === 0) return
      event.preventDefault()
      const fraction = event.shiftKey ? KEY_STEP_FRACTION / 10 : KEY_STEP_FRACTION
      const { transform: t, sx: x0, sy: y0 } = latest.current
      const { domain } = t
      const x = clamp(x0 + dx * fraction * (domain.xMax - domain.xMin), domain.xMin, domain.xMax)
      const y = clamp(y0 + dy * fraction * (domain.yMax - domain.yMin), domain.yMin, domain.yMax)
      latest.current.onMove(x, y, 'commit')
    }
    if (canvas.tabIndex < 0) canvas.tabIndex = 0
    container.addEventListener('pointerdown', onDown, { capture: true })
    container.addEventListener('pointermove', onMovePointer, { capture: true })
    container.addEventListener('pointerup', onUp, { capture: true })
    canvas.addEventListener('keydown', onKey)
    return () => {
      container.removeEventListener('pointerdown', onDown, { capture: true })
      container.removeEventListener('pointermove', onMovePointer, { capture: true })
      container.removeEventListener('pointerup', onUp, { capture: true })
      canvas.removeEventListener('keydown', onKey)
    }
  }, [canvas, camera, ring])

  return <primitive object={ring} />
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/** The first point where a world ray meets the graph of f inside the plot box, in math coordinates (or null). */
export function pickGraph(ray: THREE.Ray, transform: PlotTransform, f: (x: number, y: number) => number) {
  const { scale, domain, zRange } = transform
  const o = transform.toMath(ray.origin.x, ray.origin.y, ray.origin.z)
  // Directions map by the linear part of the affine map only: divide by the per-axis scale.
  const d: [number, number, number] = [ray.direction.x / scale.x, ray.direction.y / scale.y, ray.direction.z / scale.z]
  return intersectRayWithGraph(
    { origin: [o.x, o.y, o.z], direction: d },
    f,
    { xMin: domain.xMin, xMax: domain.xMax, yMin: domain.yMin, yMax: domain.yMax, zMin: zRange.min, zMax: zRange.max },
  )
}
