// The gradient-descent path on the surface: the iterates joined by straight segments (each one step −η∇f, with the
// height change it bought), small dots at the iterates, and the ball at the last one. Segments and dots outside the
// z range are left out rather than drawn at the box's edge.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import * as THREE from 'three'
import { usePlotTransform } from '../index.ts'
import type { DescentPath } from '../../math/instruments/gradientDescentPath.ts'
import { WorldSegments } from './WorldSegments.tsx'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface DescentTrailProps {
  readonly path: DescentPath
  readonly color?: string
}

const BALL_RADIUS = 0.035
const DOT_RADIUS = 0.012

export function DescentTrail({ path, color = '#ffb020' }: DescentTrailProps) {
  const transform = usePlotTransform()
  const { segments, dots } = useMemo(() => {
    const { min, max } = transform.zRange
    const inside = (k: number) => Number.isFinite(path.fs[k]!) && path.fs[k]! >= min && path.fs[k]! <= max && transform.contains(path.xs[k]!, path.ys[k]!, path.fs[k]!)
    const world = (k: number) => transform.toWorld(path.xs[k]!, path.ys[k]!, path.fs[k]!)
    const segmentList: number[] = []
    const dotList: THREE.Vector3[] = []
    for (let k = 0; k <= path.steps; k++) {
      if (!inside(k)) continue
      const p = world(k)
      dotList.push(new THREE.Vector3(p.x, p.y, p.z))
      if (k > 0 && inside(k - 1)) {
        const q = world(k - 1)
        segmentList.push(q.x, q.y, q.z, p.x, p.y, p.z)
      }
    }
    return { segments: new Float32Array(segmentList), dots: dotList }
  }, [path, transform])
  const k = path.steps
  const last = Number.isFinite(path.fs[k]!) && transform.contains(path.xs[k]!, path.ys[k]!, path.fs[k]!)
  const ball = last ? transform.toWorld(path.xs[k]!, path.ys[k]!, path.fs[k]!) : null
  return (
    <group name="descent-trail">
      <WorldSegments positions={segments} color={color} width={2.5} hiddenOpacity={0.3} />
      <IterateDots dots={dots} color={color} />
      {ball && (
        <mesh position={[ball.x, ball.y, ball.z + BALL_RADIUS * 0.6]} renderOrder={INSTRUMENT_ORDER.marker} name="descent-ball">
          <sphereGeometry args={[BALL_RADIUS, 24, 16]} />
          {/* Always on top, like the picked point: the ball is what the reader follows, even down behind a ridge. */}
          <meshBasicMaterial color="#fff2d0" depthTest={false} transparent opacity={0.95} />
        </mesh>
      )}
    </group>
  )
}

/** The iterates as one InstancedMesh of small spheres (one draw call however many steps were taken). */
function IterateDots({ dots, color }: { dots: readonly THREE.Vector3[]; color: string }) {
  const invalidate = useThree((s) => s.invalidate)
  const geometry = useMemo(() => new THREE.SphereGeometry(DOT_RADIUS, 10, 8), [])
  const material = useMemo(() => new THREE.MeshBasicMaterial({ color }), [color])
  const mesh = useMemo(() => {
    const instanced = new THREE.InstancedMesh(geometry, material, Math.max(1, dots.length))
    instanced.count = dots.length
    instanced.frustumCulled = false
    const m = new THREE.Matrix4()
    dots.forEach((d, i) => instanced.setMatrixAt(i, m.makeTranslation(d.x, d.y, d.z)))
    return instanced
  }, [geometry, material, dots])
  useEffect(() => () => mesh.dispose(), [mesh])
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  useLayoutEffect(() => invalidate(), [mesh, invalidate])
  return <primitive object={mesh} renderOrder={INSTRUMENT_ORDER.lines} />
}
