// Picking the point p = (x₀, y₀) in the domain panel. The picture is flat (z = 0, camera from above), so a pointer
// ray meets the plane in one point, which the domain panel's similarity map turns into math coordinates.
//   - A press inside the domain panel moves p there and drags it while held ('drag' phase: one history entry per
//     gesture); the cursor is a crosshair over the panel. The picture is not rotated (useFlatPicture): the left
//     button or one finger elsewhere does nothing, while the wheel, the right button and two fingers zoom and pan.
//   - The arrow keys move p while the canvas has focus (Shift: fine steps), see nudgePoint.
import { clampToDomain, nudgePoint } from '../../math/instruments/pickedPoint.ts'
import type { Domain } from '../../math/plot/index.ts'
import type { PanelMap, PanelRect } from '../../math/jacobian/index.ts'
import { useFlatPicture, usePlotGesture, type PointerAt } from '../gestures/index.ts'

export interface DomainPickingOptions {
  readonly panel: PanelRect
  readonly map: PanelMap
  readonly domain: Domain
  readonly point: { readonly x: number; readonly y: number }
  readonly onMove?: (point: { x: number; y: number }, phase: 'commit' | 'drag') => void
  readonly onEnd?: () => void
}

export function useDomainPicking({ panel, map, domain, point, onMove, onEnd }: DomainPickingOptions): void {
  useFlatPicture()
  /** The math point under the pointer when it is over the domain panel, else null. */
  const domainPointAt = ({ ray }: PointerAt) => {
    // The ray meets the plane z = 0 at origin + t·direction with t = −origin.z / direction.z.
    if (ray.direction.z === 0) return null
    const t = -ray.origin.z / ray.direction.z
    if (!(t >= 0)) return null
    const wx = ray.origin.x + t * ray.direction.x
    const wy = ray.origin.y + t * ray.direction.y
    if (Math.abs(wx - panel.cx) > panel.half || Math.abs(wy - panel.cy) > panel.half) return null
    return clampToDomain((wx - map.offsetX) / map.scale, (wy - map.offsetY) / map.scale, domain)
  }
  usePlotGesture(
    onMove
      ? {
          label: 'Jacobian picture. Click or drag in the domain panel to pick a point; arrow keys move it, Shift for fine steps.',
          // The whole panel is the handle: a press anywhere in it takes the point there.
          grab: (at) => (domainPointAt(at) ? { distancePx: 0, jump: true, cursor: 'crosshair' } : null),
          locate: domainPointAt,
          nudge: (key, fine) => nudgePoint(point, key, fine, domain),
          onMove,
          onEnd,
        }
      : null,
  )
}
