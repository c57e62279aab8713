// Line segments in world space drawn as screen-space "fat" lines (three's LineSegments2): a fixed width in pixels at
// any distance, which 1-pixel GL lines cannot give. Used for curves on the surface, tangent lines and directions.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js'
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js'
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface WorldSegmentsProps {
  /** Pairs of world points, 6 floats per segment (e.g. from curveSegments). Empty: nothing is drawn. */
  readonly positions: Float32Array
  readonly color: string
  /** Width in CSS pixels. */
  readonly width?: number
  readonly dashed?: boolean
  readonly renderOrder?: number
  /**
   * When set, the parts hidden behind the surface are drawn too, at this opacity (an "x-ray" pass without depth test,
   * drawn first): a tangent line that dips under a saddle stays readable without pretending to be in front.
   */
  readonly hiddenOpacity?: number
  readonly name?: string
}

export function WorldSegments(props: WorldSegmentsProps) {
  const { positions, color, width = 3, dashed = false, renderOrder = INSTRUMENT_ORDER.lines, hiddenOpacity, name } = props
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(
    () =>
      new LineMaterial({
        color,
        linewidth: width,
        dashed,
        dashSize: 0.03,
        gapSize: 0.02,
        // A curve lies exactly on the true surface while the mesh is made of chords; pulling the line a little toward
        // the camera keeps it from dipping under the mesh between vertices.
        polygonOffset: true,
        polygonOffsetFactor: -2,
        polygonOffsetUnits: -8,
      }),
    [color, width, dashed],
  )
  const line = useMemo(() => {
    const geometry = new LineSegmentsGeometry()
    if (positions.length > 0) geometry.setPositions(positions)
    const object = new LineSegments2(geometry, material)
    if (dashed && positions.length > 0) object.computeLineDistances()
    object.frustumCulled = false
    return object
  }, [positions, material, dashed])
  const ghost = useMemo(() => {
    if (hiddenOpacity === undefined) return null
    const ghostMaterial = new LineMaterial({ color, linewidth: width, dashed, transparent: true, opacity: hiddenOpacity, depthTest: false, depthWrite: false })
    const object = new LineSegments2(line.geometry, ghostMaterial)
    object.frustumCulled = false
    return object
  }, [line, hiddenOpacity, color, width, dashed])
  useEffect(() => () => material.dispose(), [material])
  useEffect(() => () => line.geometry.dispose(), [line])
  useEffect(() => () => ghost?.material.dispose(), [ghost])
  useLayoutEffect(() => invalidate(), [line, ghost, invalidate])
  const visible = positions.length > 0
  return (
    <>
      {ghost && <primitive object={ghost} visible={visible} renderOrder={renderOrder - 0.5} />}
      <primitive object={line} visible={visible} renderOrder={renderOrder} name={name} />
    </>
  )
}

/** Flattens math segments (already converted to world) into the Float32Array WorldSegments takes. */
export function segmentsToPositions(segments: readonly (readonly [number, number, number])[]): Float32Array {
  const out = new Float32Array(segments.length * 3)
  segments.forEach((p, i) => out.set(p, i * 3))
  return out
}
