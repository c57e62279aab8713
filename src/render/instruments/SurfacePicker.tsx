// Picking the point (x₀, y₀) on the surface, three ways, all against the TRUE function (pickGraph on the compiled f,
// in math coordinates), never against the mesh:
//   - a click or tap (a press that stays within the click slop; anything longer orbits the view);
//   - dragging the marker: a press within the grab radius of where the marker is drawn takes it from the orbit controls;
//   - the arrow keys while the canvas has focus (Shift: fine steps), see nudgePoint.
// The rules (slop, radius, capture, cancel, focus, label) are the plot's one gesture hook's, see usePlotGesture.
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { usePlotGesture, pickGraph } from '../gestures/index.ts'
import { clampToDomain, markerHeight, nudgePoint } from '../../math/instruments/pickedPoint.ts'

export interface SurfacePickerProps {
  /** f(x, y) in float64 (parameters bound). */
  readonly value: (x: number, y: number) => number
  readonly point: { readonly x: number; readonly y: number }
  readonly onMove: (point: { x: number; y: number }, phase: 'commit' | 'drag') => void
  readonly onEnd?: () => void
}

export function SurfacePicker({ value, point, onMove, onEnd }: SurfacePickerProps) {
  const transform = usePlotTransform()
  usePlotGesture({
    label: 'Plot. Click the surface to pick a point or drag its marker; arrow keys move it, Shift for fine steps.',
    // Where PointMarker draws it: on f, or on the floor where f is undefined or outside the z range.
    grab: (at) => ({ distancePx: at.distanceTo(transform.toWorld(point.x, point.y, markerHeight(value(point.x, point.y), transform.zRange))) }),
    locate: (at) => {
      const hit = pickGraph(at.ray, transform, value)
      return hit ? clampToDomain(hit.x, hit.y, transform.domain) : null
    },
    tapPicks: true,
    nudge: (key, fine) => nudgePoint(point, key, fine, transform.domain),
    onMove,
    onEnd,
  })
  return null
}
