// The racers on the surface: for each, a trail (the iterates θ₀, θ₁, … at height f(θ_k), lifted slightly so the
// surface does not swallow it), a head sphere and a label. Geometry is allocated once per race for maxSteps + 1
// points; each frame writes only the points added since the last frame, so the frame loop allocates nothing.
import { useEffect, useMemo, useRef } from 'react'
import * as THREE from 'three'
import { useFrame } from '@react-three/fiber'
import type { Race } from '../../math/optim/index.ts'
import type { PlotTransform } from '../../math/plot/index.ts'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { createTextSprite } from '../textSprite.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { OVERLAY_RENDER_ORDER } from '../index.ts'

/** World units the trails float above the surface: enough to clear the mesh's linear interpolation between vertices. */
export const TRAIL_LIFT = 0.012

/** Labels of successive racers sit this much higher, so racers sharing a point (the start) stay readable. */
const LABEL_STACK = 0.095

export interface RaceTrailsProps {
  readonly race: Race | null
  readonly colours: Readonly<Record<string, string>>
  readonly labels: Readonly<Record<string, string>>
}

interface RacerDrawing {
  readonly line: THREE.Line
  /** The same trail drawn again without depth test, faintly: a jump's straight chord may pass under a hill. */
  readonly ghost: THREE.Line
  readonly positions: Float32Array
  readonly head: THREE.Mesh
  readonly label: THREE.Sprite
  /** Trail points already written for the current transform, and whether the trail has left the domain. */
  written: number
  visible: number
}

export function RaceTrails({ race, colours, labels }: RaceTrailsProps) {
  const transform = usePlotTransform()
  const group = useMemo(() => new THREE.Group(), [])
  const drawings = useMemo(() => (race ? race.racers.map((r) => makeDrawing(r.trail.length / 2, colours[r.id] ?? '#ffffff', labels[r.id] ?? r.id)) : []), [race, colours, labels])
  useEffect(() => {
    for (const d of drawings) group.add(d.ghost, d.line, d.head, d.label)
    return () => {
      for (const d of drawings) {
        group.remove(d.ghost, d.line, d.head, d.label)
        disposeObjectTree(d.ghost)
        disposeObjectTree(d.line)
        disposeObjectTree(d.head)
        disposeObjectTree(d.label)
      }
    }
  }, [group, drawings])

  const lastTransform = useRef<PlotTransform | null>(null)
  const point = useMemo(() => new THREE.Vector3(), [])
  useFrame(() => {
    if (!race) return
    const rewrite = lastTransform.current !== transform
    lastTransform.current = transform
    const { domain, zRange } = transform
    for (let i = 0; i < race.racers.length; i++) {
      const racer = race.racers[i]!
      const d = drawings[i]
      if (!d) continue
      // A reset (steps went back) or a new z range: write the whole trail again.
      if (rewrite || racer.steps + 1 < d.written) {
        d.written = 0
        d.visible = 0
      }
      for (let k = d.written; k <= racer.steps; k++) {
        const x = racer.trail[2 * k]!
        const y = racer.trail[2 * k + 1]!
        const z = racer.loss[k]!
        // The drawn trail ends where the iterate leaves the domain or f stops being a number ("diverged" says why).
        const inside = x >= domain.xMin && x <= domain.xMax && y >= domain.yMin && y <= domain.yMax && Number.isFinite(z)
        if (inside && d.visible === k) {
          transform.toWorld(x, y, Math.min(zRange.max, Math.max(zRange.min, z)), point)
          d.positions[3 * k] = point.x
          d.positions[3 * k + 1] = point.y
          d.positions[3 * k + 2] = point.z + TRAIL_LIFT
          d.visible = k + 1
        }
      }
      const firstNew = d.written
      d.written = racer.steps + 1
      if (d.visible > firstNew) {
        // Upload only the points added since the last frame (a long trail is not re-sent every frame).
        const attribute = d.line.geometry.getAttribute('position') as THREE.BufferAttribute
        attribute.clearUpdateRanges()
        attribute.addUpdateRange(3 * firstNew, 3 * (d.visible - firstNew))
        attribute.needsUpdate = true
      }
      d.line.geometry.setDrawRange(0, d.visible)
      const last = d.visible - 1
      d.head.visible = last >= 0
      d.label.visible = last >= 0
      if (last >= 0) {
        d.head.position.set(d.positions[3 * last]!, d.positions[3 * last + 1]!, d.positions[3 * last + 2]!)
        d.label.position.set(d.head.position.x, d.head.position.y, d.head.position.z + 0.05 + LABEL_STACK * i)
      }
    }
  }, -1)

  return <primitive object={group} />
}

function makeDrawing(points: number, colour: string, text: string): RacerDrawing {
  const positions = new Float32Array(3 * points)
  const geometry = new THREE.BufferGeometry()
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3).setUsage(THREE.DynamicDrawUsage))
  geometry.setDrawRange(0, 0)
  const line = new THREE.Line(geometry, new THREE.LineBasicMaterial({ color: colour, depthWrite: false }))
  line.frustumCulled = false
  line.renderOrder = OVERLAY_RENDER_ORDER + 1
  // Shares the geometry (one upload): the parts hidden by the surface show at a third of the strength.
  const ghost = new THREE.Line(geometry, new THREE.LineBasicMaterial({ color: colour, depthTest: false, depthWrite: false, transparent: true, opacity: 0.35 }))
  ghost.frustumCulled = false
  ghost.renderOrder = OVERLAY_RENDER_ORDER
  const head = new THREE.Mesh(
    new THREE.SphereGeometry(0.022, 16, 12),
    new THREE.MeshBasicMaterial({ color: colour, depthTest: false, depthWrite: false, transparent: true }),
  )
  head.renderOrder = OVERLAY_RENDER_ORDER + 2
  // Large enough to read at the default zoom; the stack above keeps labels of racers near each other apart.
  const label = createTextSprite(text, { color: colour, worldHeight: 0.085, anchor: { x: 0.5, y: 0 } })
  label.material.depthTest = false
  label.renderOrder = OVERLAY_RENDER_ORDER + 3
  return { line, ghost, positions, head, label, written: 0, visible: 0 }
}
