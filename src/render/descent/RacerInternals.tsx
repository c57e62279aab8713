// What each optimizer carries from step to step, drawn at its head (the idea of lilipads/gradient_descent_viz):
//   −γ∇f    the step plain gradient descent would take from here (red), from the EXACT gradient at the head;
//   −γ·b    the momentum buffer's contribution (green; SGD momentum/Nesterov, RMSProp with momentum);
//   θ − γμb Nesterov's look-ahead point, where its next gradient is effectively taken (violet dot);
//   Adam's per-coordinate step γ·m̂ᵢ/(√v̂ᵢ + ε), as an axis-aligned box whose half-widths are the two steps (yellow):
//   a square box whatever the gradient's scale is Adam's signature.
// Arrows lie level at the head's height; their direction is exact, their drawn length clamped (arrowLength.ts).
import { useEffect, useMemo } from 'react'
import * as THREE from 'three'
import { useFrame } from '@react-three/fiber'
import { scheduledLr, type Race } from '../../math/optim/index.ts'
import { usePlotTransform } from '../PlotTransformContext.tsx'
import { OVERLAY_RENDER_ORDER } from '../index.ts'
import { clampedArrowLength } from './arrowLength.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { TRAIL_LIFT } from './RaceTrails.tsx'

export const INTERNALS_COLOURS = { gradient: '#ff6b6b', velocity: '#7ee787', lookahead: '#d2a8ff', adamStep: '#ffd33d' } as const

const MIN_ARROW = 0.03
const MAX_ARROW = 0.45
const MIN_BOX_HALF = 0.003

interface Internals {
  readonly group: THREE.Group
  readonly gradient: THREE.ArrowHelper
  readonly velocity: THREE.ArrowHelper
  readonly lookahead: THREE.Mesh
  readonly box: THREE.LineLoop
  readonly boxPositions: Float32Array
}

export function RacerInternals({ race, visible }: { race: Race | null; visible: boolean }) {
  const transform = usePlotTransform()
  const root = useMemo(() => new THREE.Group(), [])
  const items = useMemo(() => (race ? race.racers.map(makeInternals) : []), [race])
  useEffect(() => {
    for (const item of items) root.add(item.group)
    return () => {
      for (const item of items) {
        root.remove(item.group)
        disposeObjectTree(item.group)
      }
    }
  }, [root, items])

  const scratch = useMemo(() => ({ g: new Float64Array(2), p: new THREE.Vector3(), dir: new THREE.Vector3() }), [])
  useFrame(() => {
    root.visible = visible
    if (!race || !visible) return
    const { scale, zRange, domain } = transform
    for (let i = 0; i < race.racers.length; i++) {
      const racer = race.racers[i]!
      const item = items[i]
      if (!item) continue
      const x = racer.theta[0]!
      const y = racer.theta[1]!
      const fz = racer.loss[racer.steps]!
      const shown = racer.status !== 'diverged' && Number.isFinite(fz) && x >= domain.xMin && x <= domain.xMax && y >= domain.yMin && y <= domain.yMax
      item.group.visible = shown
      if (!shown) continue
      const origin = scratch.p
      transform.toWorld(x, y, clamp(fz, zRange.min, zRange.max), origin)
      origin.z += TRAIL_LIFT
      const opt = racer.optimizer
      const state = opt.state
      const lr = scheduledLr(opt.options.schedule, opt.options.lr, state.t)

      race.surface.grad(x, y, scratch.g)
      setArrow(item.gradient, origin, -lr * scratch.g[0]!, -lr * scratch.g[1]!, scale, scratch.dir)

      const b = state.t > 0 ? state.velocity : undefined
      if (b) setArrow(item.velocity, origin, -lr * b[0]!, -lr * b[1]!, scale, scratch.dir)
      else item.velocity.visible = false

      const look = state.t > 0 ? state.lookahead : undefined
      item.lookahead.visible = look !== undefined && Number.isFinite(look[0]!) && Number.isFinite(look[1]!)
      if (look && item.lookahead.visible) {
        const lz = race.surface.f(look[0]!, look[1]!)
        transform.toWorld(look[0]!, look[1]!, clamp(Number.isFinite(lz) ? lz : fz, zRange.min, zRange.max), item.lookahead.position)
        item.lookahead.position.z += TRAIL_LIFT
      }

      const { mHat, vHat } = state
      item.box.visible = state.t > 0 && mHat !== undefined && vHat !== undefined
      if (item.box.visible && mHat && vHat) {
        const eps = opt.options.eps
        const hx = Math.max(MIN_BOX_HALF, scale.x * Math.abs((lr * mHat[0]!) / (Math.sqrt(vHat[0]!) + eps)))
        const hy = Math.max(MIN_BOX_HALF, scale.y * Math.abs((lr * mHat[1]!) / (Math.sqrt(vHat[1]!) + eps)))
        writeBox(item.boxPositions, origin, Math.min(hx, MAX_ARROW), Math.min(hy, MAX_ARROW))
        ;(item.box.geometry.getAttribute('position') as THREE.BufferAttribute).needsUpdate = true
      }
    }
  }, -1)

  return <primitive object={root} />
}

function setArrow(arrow: THREE.ArrowHelper, origin: THREE.Vector3, vx: number, vy: number, scale: { x: number; y: number }, dir: THREE.Vector3): void {
  const length = clampedArrowLength(vx, vy, scale.x, scale.y, MIN_ARROW, MAX_ARROW)
  arrow.visible = Number.isFinite(length)
  if (!arrow.visible) return
  dir.set(vx * scale.x, vy * scale.y, 0).normalize()
  arrow.position.copy(origin)
  arrow.setDirection(dir)
  arrow.setLength(length, Math.min(0.05, 0.35 * length), Math.min(0.025, 0.2 * length))
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/** The box's corners, counter-clockwise, as signs of (hx, hy). */
const BOX_CORNERS = [-1, -1, 1, -1, 1, 1, -1, 1] as const

function writeBox(out: Float32Array, c: THREE.Vector3, hx: number, hy: number): void {
  for (let k = 0; k < 4; k++) {
    out[3 * k] = c.x + BOX_CORNERS[2 * k]! * hx
    out[3 * k + 1] = c.y + BOX_CORNERS[2 * k + 1]! * hy
    out[3 * k + 2] = c.z
  }
}

function overlay<T extends THREE.Object3D>(object: T, order: number): T {
  object.traverse((o) => {
    o.renderOrder = order
    o.frustumCulled = false
    const material = (o as Partial<THREE.Mesh>).material as THREE.Material | undefined
    if (material) {
      material.depthTest = false
      material.depthWrite = false
      material.transparent = true
    }
  })
  return object
}

function makeInternals(): Internals {
  const group = new THREE.Group()
  const unit = new THREE.Vector3(1, 0, 0)
  const gradient = overlay(new THREE.ArrowHelper(unit, new THREE.Vector3(), 0.1, INTERNALS_COLOURS.gradient), OVERLAY_RENDER_ORDER + 4)
  const velocity = overlay(new THREE.ArrowHelper(unit, new THREE.Vector3(), 0.1, INTERNALS_COLOURS.velocity), OVERLAY_RENDER_ORDER + 4)
  const lookahead = overlay(
    new THREE.Mesh(new THREE.SphereGeometry(0.014, 12, 8), new THREE.MeshBasicMaterial({ color: INTERNALS_COLOURS.lookahead })),
    OVERLAY_RENDER_ORDER + 5,
  )
  const boxPositions = new Float32Array(12)
  const boxGeometry = new THREE.BufferGeometry()
  boxGeometry.setAttribute('position', new THREE.BufferAttribute(boxPositions, 3).setUsage(THREE.DynamicDrawUsage))
  const box = overlay(new THREE.LineLoop(boxGeometry, new THREE.LineBasicMaterial({ color: INTERNALS_COLOURS.adamStep })), OVERLAY_RENDER_ORDER + 4)
  group.add(gradient, velocity, lookahead, box)
  return { group, gradient, velocity, lookahead, box, boxPositions }
}
