// A single 3D arrow between two math points: a fat-line shaft and a cone head, for ∇f or the direction u at the
// picked point. Horizontal arrows (same z at both ends) show vectors of the domain drawn at the height of the surface.
import { useMemo } from 'react'
import * as THREE from 'three'
import { usePlotTransform } from '../index.ts'
import { WorldSegments } from './WorldSegments.tsx'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface PointArrowProps {
  readonly from: readonly [number, number, number]
  readonly to: readonly [number, number, number]
  readonly color: string
  readonly width?: number
  readonly name?: string
}

const HEAD_LENGTH = 0.06
const HEAD_RADIUS = 0.022
const UP = new THREE.Vector3(0, 1, 0)

export function PointArrow({ from, to, color, width = 4, name }: PointArrowProps) {
  const transform = usePlotTransform()
  // Keyed on the six numbers, not on the arrays: callers pass fresh arrays every render (from={[x, y, f]}).
  const [ax, ay, az] = from
  const [bx, by, bz] = to
  const geometry = useMemo(() => {
    if (![ax, ay, az, bx, by, bz].every(Number.isFinite)) return null
    const a = transform.toWorld(ax, ay, az, new THREE.Vector3()) as THREE.Vector3
    const b = transform.toWorld(bx, by, bz, new THREE.Vector3()) as THREE.Vector3
    const direction = new THREE.Vector3().subVectors(b, a)
    const length = direction.length()
    if (length < 1e-6) return null
    direction.divideScalar(length)
    const head = Math.min(HEAD_LENGTH, 0.5 * length)
    const shaftEnd = b.clone().addScaledVector(direction, -head)
    return {
      shaft: new Float32Array([a.x, a.y, a.z, shaftEnd.x, shaftEnd.y, shaftEnd.z]),
      headPosition: b.clone().addScaledVector(direction, -head / 2),
      headRotation: new THREE.Quaternion().setFromUnitVectors(UP, direction),
      head,
    }
  }, [ax, ay, az, bx, by, bz, transform])
  if (!geometry) return null
  return (
    <group name={name}>
      <WorldSegments positions={geometry.shaft} color={color} width={width} hiddenOpacity={0.35} />
      <mesh position={geometry.headPosition} quaternion={geometry.headRotation} renderOrder={INSTRUMENT_ORDER.lines}>
        <coneGeometry args={[HEAD_RADIUS, geometry.head, 16]} />
        <meshBasicMaterial color={color} />
      </mesh>
    </group>
  )
}
