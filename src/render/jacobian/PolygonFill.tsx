// A faint fill of the true image F(S), so the two areas whose ratio the panel reports (F(S) against the square, and
// beside it J·S) are both visible as areas. The boundary is triangulated by three's ear clipping (ShapeUtils), which
// handles any simple polygon, convex or not; for a large ε the boundary may cross itself, and the fill is then only
// indicative (the signed area in the side panel stays exact: it counts a region covered twice with its sign).
import { useEffect, useLayoutEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import type { PanelMap } from '../../math/jacobian/index.ts'
import { JACOBIAN_ORDER } from './jacobianLayout.ts'

export interface PolygonFillProps {
  /** The polygon (x, y)… in math coordinates, closed implicitly. Any undefined vertex: nothing is drawn. */
  readonly points: Float64Array
  readonly map: PanelMap
  readonly color: string
  readonly opacity: number
  readonly clippingPlanes: THREE.Plane[]
  readonly name?: string
}

export function PolygonFill({ points, map, color, opacity, clippingPlanes, name }: PolygonFillProps) {
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => {
    const geometry = new THREE.BufferGeometry()
    if (!points.every(Number.isFinite)) return geometry
    const contour: THREE.Vector2[] = []
    for (let i = 0; i < points.length; i += 2) {
      contour.push(new THREE.Vector2(map.scale * points[i]! + map.offsetX, map.scale * points[i + 1]! + map.offsetY))
    }
    const triangles = THREE.ShapeUtils.triangulateShape(contour, [])
    const positions = new Float32Array(triangles.length * 9)
    triangles.forEach((triangle, t) => {
      triangle.forEach((vertex, k) => {
        positions[9 * t + 3 * k] = contour[vertex]!.x
        positions[9 * t + 3 * k + 1] = contour[vertex]!.y
      })
    })
    geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
    return geometry
  }, [points, map])
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ color, opacity, transparent: true, side: THREE.DoubleSide, depthTest: false, depthWrite: false, clippingPlanes }),
    [color, opacity, clippingPlanes],
  )
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  useLayoutEffect(() => invalidate(), [geometry, material, invalidate])
  // Drawn just above the parallelogram's fill and below its edges.
  return <mesh geometry={geometry} material={material} renderOrder={JACOBIAN_ORDER.fill + 0.5} name={name} />
}
