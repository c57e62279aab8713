// From math coordinates (float64) to world positions (float32 xyz, z = 0) through a panel's similarity map, and the
// clipping planes that keep a panel's drawing inside its square. Conversion happens in float64 before rounding to
// float32, so a tiny ε-square far from the origin keeps its shape in the zoom panel.
import * as THREE from 'three'
import type { PanelMap, PanelRect } from '../../math/jacobian/index.ts'

/** 2D segments (ax, ay, bx, by)… → world xyz pairs for LineSegments2. */
export function segmentsToWorld(segments: Float64Array, map: PanelMap): Float32Array {
  const out = new Float32Array((segments.length / 2) * 3)
  for (let i = 0, j = 0; i < segments.length; i += 2, j += 3) {
    out[j] = map.scale * segments[i]! + map.offsetX
    out[j + 1] = map.scale * segments[i + 1]! + map.offsetY
  }
  return out
}

/** A closed polygon (x, y)… → world xyz segment pairs along its edges, skipping edges with an undefined end. */
export function polygonToWorldSegments(points: ArrayLike<number>, map: PanelMap): Float32Array {
  const count = points.length / 2
  const segments: number[] = []
  for (let i = 0; i < count; i++) {
    const j = (i + 1) % count
    const edge = [points[2 * i]!, points[2 * i + 1]!, points[2 * j]!, points[2 * j + 1]!]
    if (edge.every(Number.isFinite)) segments.push(...edge)
  }
  return segmentsToWorld(Float64Array.from(segments), map)
}

/** The world point of a math point. */
export function pointToWorld(x: number, y: number, map: PanelMap): [number, number] {
  return [map.scale * x + map.offsetX, map.scale * y + map.offsetY]
}

/** Four planes whose kept side (normal · p + constant ≥ 0) is the panel's square. */
export function panelClippingPlanes(panel: PanelRect): THREE.Plane[] {
  const { cx, cy, half } = panel
  return [
    new THREE.Plane(new THREE.Vector3(1, 0, 0), -(cx - half)),
    new THREE.Plane(new THREE.Vector3(-1, 0, 0), cx + half),
    new THREE.Plane(new THREE.Vector3(0, 1, 0), -(cy - half)),
    new THREE.Plane(new THREE.Vector3(0, -1, 0), cy + half),
  ]
}
