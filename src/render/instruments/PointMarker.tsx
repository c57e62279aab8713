// The picked point: a small sphere on the surface at (x₀, y₀, f(x₀, y₀)). Where f is undefined (or outside the z range)
// a grey sphere sits on the floor instead, with a thin drop line, so the point stays visible and visibly "off".
import { usePlotTransform } from '../index.ts'
import { INSTRUMENT_ORDER } from './renderOrder.ts'
import { WorldSegments } from './WorldSegments.tsx'
import { markerHeight } from '../../math/instruments/pickedPoint.ts'
import { useMemo } from 'react'

export interface PointMarkerProps {
  readonly x: number
  readonly y: number
  readonly z: number
  readonly color?: string
}

export const MARKER_RADIUS = 0.028

export function PointMarker({ x, y, z, color = '#ff2d6f' }: PointMarkerProps) {
  const transform = usePlotTransform()
  const height = markerHeight(z, transform.zRange)
  const drawable = height === z
  const world = transform.toWorld(x, y, height)
  const drop = useMemo(() => {
    if (drawable) return new Float32Array(0)
    return new Float32Array([world.x, world.y, -transform.halfExtent.z, world.x, world.y, transform.halfExtent.z])
  }, [drawable, world.x, world.y, transform.halfExtent.z])
  return (
    <group name="picked-point">
      <mesh position={[world.x, world.y, world.z]} renderOrder={INSTRUMENT_ORDER.marker}>
        <sphereGeometry args={[MARKER_RADIUS, 24, 16]} />
        <meshBasicMaterial color={drawable ? color : '#9a9a9a'} depthTest={false} transparent opacity={0.95} />
      </mesh>
      <WorldSegments positions={drop} color="#9a9a9a" width={1.5} dashed />
    </group>
  )
}
