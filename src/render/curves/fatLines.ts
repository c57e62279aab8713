// Thick antialiased lines (three's LineSegments2 + LineMaterial: widths in screen pixels, crisp at any zoom) for the
// flat panels. The curve builder converts math polylines through the panel's frame; the updatable single segment
// keeps one preallocated buffer so tangents and secants can move every frame without allocating.
import * as THREE from 'three'
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js'
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js'
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js'
import type { CurveFrame, Polyline } from '../../math/calculus1d/index.ts'
import { CURVE_LAYERS } from './curveStyle.ts'

export interface FatLineStyle {
  readonly color: string
  /** Width in CSS pixels. */
  readonly width?: number
  readonly dashed?: boolean
  readonly opacity?: number
  readonly renderOrder?: number
}

export function createFatLineMaterial({ color, width = 2.5, dashed = false, opacity = 1 }: FatLineStyle): LineMaterial {
  const material = new LineMaterial({
    color: new THREE.Color(color).getHex(),
    linewidth: width,
    dashed,
    dashSize: 0.035,
    gapSize: 0.025,
    transparent: true,
    opacity,
    depthTest: false,
    depthWrite: false,
    toneMapped: false,
  })
  return material
}

/** Math polylines → one LineSegments2 in the plot plane (world y = 0). */
export function createCurveObject(polylines: readonly Polyline[], frame: CurveFrame, style: FatLineStyle): LineSegments2 {
  let segmentCount = 0
  for (const line of polylines) segmentCount += line.length / 2 - 1
  const positions = new Float32Array(Math.max(1, segmentCount) * 6)
  let j = 0
  for (const line of polylines) {
    for (let i = 0; i + 3 < line.length; i += 2) {
      positions[j++] = frame.worldX(line[i]!)
      positions[j++] = 0
      positions[j++] = frame.worldZ(line[i + 1]!)
      positions[j++] = frame.worldX(line[i + 2]!)
      positions[j++] = 0
      positions[j++] = frame.worldZ(line[i + 3]!)
    }
  }
  const geometry = new LineSegmentsGeometry()
  geometry.setPositions(positions)
  const object = new LineSegments2(geometry, createFatLineMaterial(style))
  if (style.dashed) object.computeLineDistances()
  object.visible = segmentCount > 0
  object.renderOrder = style.renderOrder ?? CURVE_LAYERS.curve
  object.frustumCulled = false
  return object
}

/** A LineSegments2 of `segmentCount` segments whose endpoints are rewritten in place (setSegment), never reallocated. */
export function createUpdatableSegments(segmentCount: number, style: FatLineStyle): LineSegments2 {
  const geometry = new LineSegmentsGeometry()
  geometry.setPositions(new Float32Array(segmentCount * 6))
  const object = new LineSegments2(geometry, createFatLineMaterial(style))
  object.renderOrder = style.renderOrder ?? CURVE_LAYERS.line
  object.frustumCulled = false
  return object
}

/** Writes segment `index` of an updatable LineSegments2 (world coordinates in the plot plane: x and z). */
export function setSegment(object: LineSegments2, index: number, ax: number, az: number, bx: number, bz: number): void {
  const start = object.geometry.getAttribute('instanceStart') as THREE.InterleavedBufferAttribute
  const array = start.data.array as Float32Array
  const o = index * 6
  array[o] = ax
  array[o + 1] = 0
  array[o + 2] = az
  array[o + 3] = bx
  array[o + 4] = 0
  array[o + 5] = bz
  start.data.needsUpdate = true
}

export function disposeFatLine(object: LineSegments2): void {
  object.geometry.dispose()
  object.material.dispose()
}
