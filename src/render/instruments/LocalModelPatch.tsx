// A translucent patch of a local model of f around the picked point: the tangent plane (first order) or the
// quadratic model (second order), over a square of the domain centred on the point. The patch is cut to the plot
// box by two clipping planes (the floor and the lid), drawn without depth writes at a fixed render order, so it
// neither hides the surface nor flickers against the other overlays as the camera turns.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { usePlotTransform } from '../index.ts'

export interface LocalModelPatchProps {
  /** The model z = model(x, y) in math units (e.g. tangentPlaneAt(point)). */
  readonly model: (x: number, y: number) => number
  readonly x0: number
  readonly y0: number
  /** Half side of the square, as a fraction of the domain's longer side. */
  readonly halfSize?: number
  /** Vertices per side: 2 for a plane, more for a curved model. */
  readonly segments?: number
  readonly color: string
  readonly opacity?: number
  readonly renderOrder: number
  readonly name?: string
}

export function LocalModelPatch(props: LocalModelPatchProps) {
  const { model, x0, y0, halfSize = 0.3, segments = 1, color, opacity = 0.35, renderOrder, name } = props
  const transform = usePlotTransform()
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  // Clipping planes are off by default in three; they only act on materials that list planes, like this one.
  useLayoutEffect(() => {
    gl.localClippingEnabled = true
  }, [gl])

  const geometry = useMemo(() => {
    const { domain } = transform
    const r = halfSize * Math.max(domain.xMax - domain.xMin, domain.yMax - domain.yMin)
    const xa = Math.max(domain.xMin, x0 - r)
    const xb = Math.min(domain.xMax, x0 + r)
    const ya = Math.max(domain.yMin, y0 - r)
    const yb = Math.min(domain.yMax, y0 + r)
    const geo = new THREE.BufferGeometry()
    if (!(xb > xa && yb > ya) || !Number.isFinite(model(x0, y0))) return geo
    const side = segments + 1
    const positions = new Float32Array(side * side * 3)
    const world = { x: 0, y: 0, z: 0 }
    for (let j = 0; j < side; j++) {
      for (let i = 0; i < side; i++) {
        const x = xa + ((xb - xa) * i) / segments
        const y = ya + ((yb - ya) * j) / segments
        transform.toWorld(x, y, model(x, y), world)
        positions.set([world.x, world.y, world.z], (j * side + i) * 3)
      }
    }
    const index: number[] = []
    for (let j = 0; j < segments; j++) {
      for (let i = 0; i < segments; i++) {
        const a = j * side + i
        index.push(a, a + 1, a + side + 1, a, a + side + 1, a + side)
      }
    }
    geo.setAttribute('position', new THREE.BufferAttribute(positions, 3))
    geo.setIndex(index)
    return geo
  }, [model, x0, y0, halfSize, segments, transform])

  const h = transform.halfExtent.z
  const material = useMemo(
    () =>
      new THREE.MeshBasicMaterial({
        color,
        transparent: true,
        opacity,
        depthWrite: false,
        side: THREE.DoubleSide,
        clippingPlanes: [new THREE.Plane(new THREE.Vector3(0, 0, -1), h), new THREE.Plane(new THREE.Vector3(0, 0, 1), h)],
      }),
    [color, opacity, h],
  )
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  useLayoutEffect(() => invalidate(), [geometry, material, invalidate])
  return <mesh geometry={geometry} material={material} renderOrder={renderOrder} name={name} frustumCulled={false} />
}
