// Picking the point p = (x₀, y₀) in the domain panel. The picture is flat (z = 0, camera from above), so a pointer
// ray meets the plane in one point, which the domain panel's similarity map turns into math coordinates.
//   - A left press inside the domain panel moves p there and drags it while the button is held ('drag' phase: one
//     history entry per gesture). The press is caught in the capture phase on the canvas and stopped, so the orbit
//     controls never rotate this flat picture; a left press elsewhere is swallowed too (rotating a flat picture only
//     loses it). Right-drag still pans and the wheel still zooms.
//   - The arrow keys move p while the canvas has focus (Shift: fine steps), see nudgePoint.
import { useEffect, useRef } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { clampToDomain, isArrowKey, nudgePoint } from '../../math/instruments/pickedPoint.ts'
import type { Domain } from '../../math/plot/index.ts'
import type { PanelMap, PanelRect } from '../../math/jacobian/index.ts'

export interface DomainPickingOptions {
  readonly panel: PanelRect
  readonly map: PanelMap
  readonly domain: Domain
  readonly point: { readonly x: number; readonly y: number }
  readonly onMove?: (point: { x: number; y: number }, phase: 'commit' | 'drag') => void
  readonly onEnd?: () => void
}

export function useDomainPicking(options: DomainPickingOptions): void {
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const latest = useRef(options)
  latest.current = options

  useEffect(() => {
    const raycaster = new THREE.Raycaster()
    const ndc = new THREE.Vector2()
    const plane = new THREE.Plane(new THREE.Vector3(0, 0, 1), 0)
    const hit = new THREE.Vector3()
    let dragging = false

    /** The math point under the pointer when it is over the domain panel, else null. */
    const domainPointAt = (clientX: number, clientY: number) => {
      const { panel, map, domain } = latest.current
      const rect = canvas.getBoundingClientRect()
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
      raycaster.setFromCamera(ndc, camera)
      if (!raycaster.ray.intersectPlane(plane, hit)) return null
      if (Math.abs(hit.x - panel.cx) > panel.half || Math.abs(hit.y - panel.cy) > panel.half) return null
      return clampToDomain((hit.x - map.offsetX) / map.scale, (hit.y - map.offsetY) / map.scale, domain)
    }

    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0) return
      e.stopImmediatePropagation()
      canvas.focus({ preventScroll: true })
      const p = domainPointAt(e.clientX, e.clientY)
      if (!p) return
      dragging = true
      try {
        canvas.setPointerCapture?.(e.pointerId) // keeps the drag when the pointer leaves the canvas
      } catch {
        // a synthetic event's pointer is not active: nothing to capture, the drag still works inside the canvas
      }
      latest.current.onMove?.(p, 'drag')
    }
    const onPointerMove = (e: PointerEvent) => {
      const p = domainPointAt(e.clientX, e.clientY)
      // A crosshair over the domain panel says "you can pick here".
      canvas.style.cursor = p || dragging ? 'crosshair' : ''
      if (dragging && p) latest.current.onMove?.(p, 'drag')
    }
    const onPointerUp = (e: PointerEvent) => {
      if (!dragging) return
      dragging = false
      if (canvas.hasPointerCapture?.(e.pointerId)) canvas.releasePointerCapture(e.pointerId)
      latest.current.onEnd?.()
    }
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isArrowKey(e.key)) return
      e.preventDefault()
      const { point, domain, onMove } = latest.current
      onMove?.(nudgePoint(point, e.key, e.shiftKey, domain), 'drag')
    }
    const onKeyUp = (e: KeyboardEvent) => {
      if (isArrowKey(e.key)) latest.current.onEnd?.()
    }

    const previousTabIndex = canvas.tabIndex
    canvas.tabIndex = 0
    const previousLabel = canvas.getAttribute('aria-label')
    canvas.setAttribute('aria-label', 'Jacobian picture. Click or drag in the domain panel to pick a point; arrow keys move it, Shift for fine steps.')
    canvas.addEventListener('pointerdown', onPointerDown, { capture: true })
    canvas.addEventListener('pointermove', onPointerMove)
    canvas.addEventListener('pointerup', onPointerUp)
    canvas.addEventListener('keydown', onKeyDown)
    canvas.addEventListener('keyup', onKeyUp)
    return () => {
      canvas.tabIndex = previousTabIndex
      canvas.style.cursor = ''
      if (previousLabel === null) canvas.removeAttribute('aria-label')
      else canvas.setAttribute('aria-label', previousLabel)
      canvas.removeEventListener('pointerdown', onPointerDown, { capture: true })
      canvas.removeEventListener('pointermove', onPointerMove)
      canvas.removeEventListener('pointerup', onPointerUp)
      canvas.removeEventListener('keydown', onKeyDown)
      canvas.removeEventListener('keyup', onKeyUp)
    }
  }, [camera, canvas])
}
