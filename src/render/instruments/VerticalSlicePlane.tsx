// A translucent vertical plane through the plot box along a line of the domain: x = x₀ (a partial-derivative slice),
// y = y₀, or the line through (x₀, y₀) along u (a directional slice). Drawn without depth writes, at a fixed render
// order and double-sided, so it never hides the surface behind it or flickers against other overlays.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { usePlotTransform } from '../index.ts'
import { lineThroughDomain } from '../../math/instruments/curveSegments.ts'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface VerticalSlicePlaneProps {
  readonly x0: number
  readonly y0: number
  /** Unit direction of the line in the domain. */
  readonly ux: number
  readonly uy: number
  readonly color: string
  readonly opacity?: number
  readonly name?: string
}

export function VerticalSlicePlane({ x0, y0, ux, uy, color, opacity = 0.16, name }: VerticalSlicePlaneProps) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => {
    const geo = new THREE.BufferGeometry()
    const span = lineThroughDomain(x0, y0, ux, uy, transform.domain)
    if (!span || !(span[1] > span[0])) return geo
    const a = transform.toWorld(x0 + span[0] * ux, y0 + span[0] * uy, 0)
    const b = transform.toWorld(x0 + span[1] * ux, y0 + span[1] * uy, 0)
    const h = transform.halfExtent.z
    geo.setAttribute('position', new THREE.BufferAttribute(new Float32Array([a.x, a.y, -h, b.x, b.y, -h, b.x, b.y, h, a.x, a.y, h]), 3))
    geo.setIndex([0, 1, 2, 0, 2, 3])
    return geo
  }, [x0, y0, ux, uy, transform])
  const material = useMemo(
    () => new THREE.MeshBasicMaterial({ color, transparent: true, opacity, depthWrite: false, side: THREE.DoubleSide }),
    [color, opacity],
  )
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  useLayoutEffect(() => invalidate(), [geometry, material, invalidate])
  return <mesh geometry={geometry} material={material} renderOrder={INSTRUMENT_ORDER.slicePlanes} name={name} frustumCulled={false} />
}
