// Optimizer paths projected onto a loss-landscape plane, drawn on the surface: each path's recorded (α, β) points,
// with every segment subdivided and lifted onto the surface's height (heightAt), so a long early step follows the
// hills instead of cutting through them. `reveal` (0..1, read every frame) replays the paths as a race: all heads
// move through their recorded steps together. Geometry is built once per set of paths; frames only change draw ranges.
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useFrame, useThree } from '@react-three/fiber'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { createTextSprite } from '../textSprite.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { OVERLAY_RENDER_ORDER } from '../index.ts'

export interface PlanePath {
  readonly id: string
  readonly colour: string
  readonly label: string
  /** Flat [α0, β0, α1, β1, …]. */
  readonly coords: Float32Array
}

export interface PlaneTrailsProps {
  readonly paths: readonly PlanePath[]
  /** The drawn surface's height at (α, β) (the same values, and the same log mapping, as the surface). */
  readonly heightAt: (alpha: number, beta: number) => number
  /** Bumped when heightAt's values change (a finer grid level arrived). */
  readonly version: number
  /** Fraction of each path shown, read every frame; 1 shows the whole path. */
  readonly reveal: { current: number }
}

/** Sub-segments per recorded step: enough for a path to hug a surface sampled at ≤ 201² points. */
const SUBDIVIDE = 8
const LIFT = 0.012

export function PlaneTrails({ paths, heightAt, version, reveal }: PlaneTrailsProps) {
  const transform = usePlotTransform()
  const invalidate = useThree((s) => s.invalidate)
  const drawings = useMemo(
    () =>
      paths.map((path) => {
        const steps = path.coords.length / 2
        const count = Math.max(1, (steps - 1) * SUBDIVIDE + 1)
        const positions = new Float32Array(3 * count)
        const geometry = new THREE.BufferGeometry()
        geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
        const line = new THREE.Line(geometry, new THREE.LineBasicMaterial({ color: path.colour, depthWrite: false }))
        line.renderOrder = OVERLAY_RENDER_ORDER + 1
        line.frustumCulled = false
        const ghost = new THREE.Line(geometry, new THREE.LineBasicMaterial({ color: path.colour, depthTest: false, depthWrite: false, transparent: true, opacity: 0.35 }))
        ghost.renderOrder = OVERLAY_RENDER_ORDER
        ghost.frustumCulled = false
        const head = new THREE.Mesh(new THREE.SphereGeometry(0.022, 16, 12), new THREE.MeshBasicMaterial({ color: path.colour, depthTest: false, depthWrite: false, transparent: true }))
        head.renderOrder = OVERLAY_RENDER_ORDER + 2
        const start = new THREE.Mesh(new THREE.RingGeometry(0.018, 0.03, 24), new THREE.MeshBasicMaterial({ color: path.colour, depthTest: false, side: THREE.DoubleSide, transparent: true }))
        start.renderOrder = OVERLAY_RENDER_ORDER + 2
        const label = createTextSprite(path.label, { color: path.colour, worldHeight: 0.055, anchor: { x: 0.5, y: 0 } })
        label.material.depthTest = false
        label.renderOrder = OVERLAY_RENDER_ORDER + 3
        const group = new THREE.Group()
        group.name = `path(${path.id})`
        group.add(ghost, line, head, start, label)
        return { path, group, line, positions, count, head, start, label }
      }),
    [paths],
  )
  const root = useMemo(() => new THREE.Group(), [])
  useEffect(() => {
    for (const d of drawings) root.add(d.group)
    invalidate()
    return () => {
      for (const d of drawings) {
        root.remove(d.group)
        disposeObjectTree(d.group)
      }
    }
  }, [root, drawings, invalidate])

  // Heights follow the surface: rewrite every position when the grid or the frame changes (a few thousand points).
  useEffect(() => {
    const p = new THREE.Vector3()
    const { domain, zRange } = transform
    for (const d of drawings) {
      const c = d.path.coords
      const steps = c.length / 2
      for (let k = 0; k < d.count; k++) {
        const s = Math.min(steps - 1, Math.floor(k / SUBDIVIDE))
        const t = steps > 1 ? (k - s * SUBDIVIDE) / SUBDIVIDE : 0
        const e = Math.min(steps - 1, s + 1)
        const a = clamp(c[2 * s]! + t * (c[2 * e]! - c[2 * s]!), domain.xMin, domain.xMax)
        const b = clamp(c[2 * s + 1]! + t * (c[2 * e + 1]! - c[2 * s + 1]!), domain.yMin, domain.yMax)
        const h = heightAt(a, b)
        transform.toWorld(a, b, clamp(Number.isFinite(h) ? h : zRange.min, zRange.min, zRange.max), p)
        d.positions.set([p.x, p.y, p.z + LIFT], 3 * k)
      }
      ;(d.line.geometry.getAttribute('position') as THREE.BufferAttribute).needsUpdate = true
      d.start.position.set(d.positions[0]!, d.positions[1]!, d.positions[2]! + 0.002)
    }
    invalidate()
  }, [drawings, heightAt, version, transform, invalidate])

  useFrame(() => {
    const fraction = clamp(reveal.current, 0, 1)
    drawings.forEach((d, i) => {
      const shown = Math.max(1, Math.round(fraction * (d.count - 1)) + 1)
      d.line.geometry.setDrawRange(0, shown)
      const last = 3 * (shown - 1)
      d.head.position.set(d.positions[last]!, d.positions[last + 1]!, d.positions[last + 2]!)
      d.label.position.set(d.head.position.x, d.head.position.y, d.head.position.z + 0.045 + 0.05 * i)
    })
  }, -1)

  return <primitive object={root} />
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))
