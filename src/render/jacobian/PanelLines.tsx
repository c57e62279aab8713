// Screen-space "fat" line segments (three's LineSegments2: a width in pixels, crisp at any zoom) clipped to a panel.
// Depth testing is off: in this flat picture the draw order alone says what lies on top, so nothing z-fights.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import type * as THREE from 'three'
import { LineSegments2 } from 'three/examples/jsm/lines/LineSegments2.js'
import { LineSegmentsGeometry } from 'three/examples/jsm/lines/LineSegmentsGeometry.js'
import { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js'

export interface PanelLinesProps {
  /** World xyz pairs, 6 floats per segment. Empty: nothing is drawn. */
  readonly positions: Float32Array
  readonly color: string
  readonly width: number
  readonly opacity?: number
  readonly clippingPlanes: THREE.Plane[]
  readonly renderOrder: number
  readonly name?: string
}

export function PanelLines({ positions, color, width, opacity = 1, clippingPlanes, renderOrder, name }: PanelLinesProps) {
  const invalidate = useThree((s) => s.invalidate)
  const material = useMemo(
    () =>
      new LineMaterial({ color, linewidth: width, transparent: true, opacity, depthTest: false, depthWrite: false, clippingPlanes }),
    [color, width, opacity, clippingPlanes],
  )
  const line = useMemo(() => {
    const geometry = new LineSegmentsGeometry()
    if (positions.length > 0) geometry.setPositions(positions)
    const object = new LineSegments2(geometry, material)
    object.frustumCulled = false
    return object
  }, [positions, material])
  useEffect(() => () => material.dispose(), [material])
  useEffect(() => () => line.geometry.dispose(), [line])
  useLayoutEffect(() => invalidate(), [line, invalidate])
  return <primitive object={line} visible={positions.length > 0} renderOrder={renderOrder} name={name} />
}
