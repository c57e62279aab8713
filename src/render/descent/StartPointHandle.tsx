// The race's start point: a ring on the surface that can be dragged, a click or tap anywhere on the surface to move it
// there, and the arrow keys to nudge it (Shift: ten times finer). Picking is against the TRUE function (pickGraph),
// not against the displaced mesh, so the start lands exactly on the graph at any mesh resolution. A press on the ring
// is a grab of the plot's one gesture hook (the orbit controls never see it); any other press orbits.
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useThree } from '@react-three/fiber'
import { nudgePoint, type KeySteps } from '../../math/instruments/pickedPoint.ts'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { pickGraph, usePlotGesture } from '../gestures/index.ts'
import { OVERLAY_RENDER_ORDER } from '../index.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { TRAIL_LIFT } from './RaceTrails.tsx'

export interface StartPointHandleProps {
  readonly start: readonly [number, number]
  readonly f: (x: number, y: number) => number
  /** A new start point; 'drag' while the ring moves, 'commit' for a click or a key. */
  readonly onMove: (x: number, y: number, phase: 'commit' | 'drag') => void
  readonly onEndDrag: () => void
}

/** Arrow keys move the start by 1/100 of the domain's width/height (Shift: a tenth of it). */
export const START_KEY_STEPS: KeySteps = { coarse: 0.01, fine: 0.001 }

export function StartPointHandle({ start, f, onMove, onEndDrag }: StartPointHandleProps) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const [sx, sy] = start

  const ring = useMemo(() => {
    const mesh = new THREE.Mesh(
      new THREE.RingGeometry(0.03, 0.042, 32),
      new THREE.MeshBasicMaterial({ color: '#ffffff', side: THREE.DoubleSide, depthTest: false, depthWrite: false, transparent: true }),
    )
    mesh.renderOrder = OVERLAY_RENDER_ORDER + 2
    mesh.name = 'start point'
    return mesh
  }, [])
  useEffect(() => () => disposeObjectTree(ring), [ring])

  const z = f(sx, sy)
  useEffect(() => {
    const { zRange } = transform
    ring.visible = Number.isFinite(z)
    transform.toWorld(sx, sy, Math.min(zRange.max, Math.max(zRange.min, Number.isFinite(z) ? z : zRange.min)), ring.position)
    ring.position.z += TRAIL_LIFT
    invalidate()
  }, [ring, transform, sx, sy, z, invalidate])

  usePlotGesture({
    label: 'Descent lab. Click the surface to move the start point or drag its ring; arrow keys move it, Shift for fine steps.',
    grab: (at) => (ring.visible ? { distancePx: at.distanceTo(ring.position) } : null),
    locate: (at) => pickGraph(at.ray, transform, f),
    tapPicks: true,
    nudge: (key, fine) => nudgePoint({ x: sx, y: sy }, key, fine, transform.domain, START_KEY_STEPS),
    onMove: (p, phase) => onMove(p.x, p.y, phase),
    onEnd: onEndDrag,
  })

  return <primitive object={ring} />
}
