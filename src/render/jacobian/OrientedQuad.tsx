// A quadrilateral of the Jacobian picture (the ε-square S, or the parallelogram J·S): a translucent fill coloured by
// orientation, its edges in the colours of the directions they follow (e₁ edges orange, e₂ edges blue, as the grid
// lines), and arrowheads that show the direction of traversal.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import type { PanelMap } from '../../math/jacobian/index.ts'
import { arrowheadTriangles } from './arrowheads.ts'
import { JACOBIAN_COLORS, JACOBIAN_ORDER } from './jacobianLayout.ts'
import { pointToWorld } from './panelGeometry.ts'
import { PanelLines } from './PanelLines.tsx'

export interface OrientedQuadProps {
  /** Four corners (x, y) in math coordinates, in traversal order p → p+εe₁ → p+εe₁+εe₂ → p+εe₂. */
  readonly corners: Float64Array
  readonly map: PanelMap
  readonly fillColor: string
  readonly clippingPlanes: THREE.Plane[]
  /** Arrowhead length in world units; 0 for none. */
  readonly arrowLength: number
  readonly name: string
}

export function OrientedQuad({ corners, map, fillColor, clippingPlanes, arrowLength, name }: OrientedQuadProps) {
  const invalidate = useThree((s) => s.invalidate)
  const world = useMemo(() => {
    const out = new Float64Array(8)
    for (let i = 0; i < 4; i++) out.set(pointToWorld(corners[2 * i]!, corners[2 * i + 1]!, map), 2 * i)
    return out
  }, [corners, map])
  const defined = world.every(Number.isFinite)

  // Edges 0 and 2 run along ±e₁ (images: ±J e₁), edges 1 and 3 along ±e₂.
  const edges = useMemo(() => {
    const edge = (i: number) => {
      const j = (i + 1) % 4
      return [world[2 * i]!, world[2 * i + 1]!, 0, world[2 * j]!, world[2 * j + 1]!, 0]
    }
    return { alongX: Float32Array.from([...edge(0), ...edge(2)]), alongY: Float32Array.from([...edge(1), ...edge(3)]) }
  }, [world])

  const fill = useMemo(() => {
    const geometry = new THREE.BufferGeometry()
    const p = (i: number) => [world[2 * i]!, world[2 * i + 1]!, 0]
    geometry.setAttribute('position', new THREE.Float32BufferAttribute([...p(0), ...p(1), ...p(2), ...p(0), ...p(2), ...p(3)], 3))
    return geometry
  }, [world])
  const arrows = useMemo(() => {
    const geometry = new THREE.BufferGeometry()
    geometry.setAttribute('position', new THREE.Float32BufferAttribute(arrowLength > 0 ? arrowheadTriangles(world, arrowLength) : [], 3))
    return geometry
  }, [world, arrowLength])
  const fillMaterial = useMemo(
    () => new THREE.MeshBasicMaterial({ color: fillColor, transparent: true, opacity: 0.3, side: THREE.DoubleSide, depthTest: false, depthWrite: false, clippingPlanes }),
    [fillColor, clippingPlanes],
  )
  const arrowMaterial = useMemo(
    () => new THREE.MeshBasicMaterial({ color: '#ffffff', side: THREE.DoubleSide, depthTest: false, depthWrite: false, transparent: true, clippingPlanes }),
    [clippingPlanes],
  )
  useEffect(() => () => fill.dispose(), [fill])
  useEffect(() => () => arrows.dispose(), [arrows])
  useEffect(() => () => fillMaterial.dispose(), [fillMaterial])
  useEffect(() => () => arrowMaterial.dispose(), [arrowMaterial])
  useLayoutEffect(() => invalidate(), [fill, arrows, fillMaterial, invalidate])

  if (!defined) return null
  return (
    <group name={name}>
      <mesh geometry={fill} material={fillMaterial} renderOrder={JACOBIAN_ORDER.fill} />
      <PanelLines positions={edges.alongX} color={JACOBIAN_COLORS.alongX} width={2.5} clippingPlanes={clippingPlanes} renderOrder={JACOBIAN_ORDER.edges} />
      <PanelLines positions={edges.alongY} color={JACOBIAN_COLORS.alongY} width={2.5} clippingPlanes={clippingPlanes} renderOrder={JACOBIAN_ORDER.edges} />
      <mesh geometry={arrows} material={arrowMaterial} renderOrder={JACOBIAN_ORDER.arrows} />
    </group>
  )
}
