// The plot's one gesture hook, driven with synthetic mouse and touch pointers on a real canvas with the real orbit
// controls: a tap picks, one finger drags a grabbed marker without orbiting, one finger elsewhere orbits, two fingers
// zoom, pointercancel ends a drag without a garbage move, arrow keys nudge (Shift: fine), and the canvas's focus and
// label come and go with the gestures.
//
// Synthetic pointers are not "active" to Chromium, so setPointerCapture throws for them (for the orbit controls too,
// which would then never start). The canvas's capture methods are replaced by a record of what was captured, which
// also lets the tests check that a grab captures its pointer and that the end of a drag releases it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { Canvas, _roots, type RootState } from '@react-three/fiber'
import * as THREE from 'three'
import { parse } from '../../src/math/expr/index.ts'
import { createPlotTransform } from '../../src/math/plot/index.ts'
import { PlotControls, type ControlsPose } from '../../src/render/PlotControls.tsx'
import { InstrumentPlot } from '../../src/render/instruments/InstrumentPlot.tsx'
import { canvasOf, mountApp, queryOf, settle, sleep, waitFor, type Mounted } from './appHarness.ts'

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })

const domain = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }
const zRange = { min: 0, max: 8 }
const value = (x: number, y: number) => x * x + y * y
const transform = createPlotTransform(domain, zRange)
const POSE: ControlsPose = { position: [0.5, -3, 3], target: [0, 0, 0] }

interface Rig {
  canvas: HTMLCanvasElement
  camera: THREE.Camera
  moves: { x: number; y: number; phase: string }[]
  ends: () => number
  poses: ControlsPose[]
  captured: Set<number>
  /** Where the camera shows the graph point (x, y, f(x, y)), in client pixels. */
  screenOf: (x: number, y: number) => { x: number; y: number }
  showPicker: (on: boolean) => Promise<void>
}

let mounted: { root: Root; container: HTMLElement } | null = null
afterEach(() => {
  mounted?.root.unmount()
  mounted?.container.remove()
  mounted = null
})

async function mountRig(): Promise<Rig> {
  const container = document.createElement('div')
  container.style.cssText = 'width:640px;height:400px'
  document.body.appendChild(container)
  const root = createRoot(container)
  mounted = { root, container }
  const moves: Rig['moves'] = []
  const poses: ControlsPose[] = []
  let ends = 0
  let state: RootState | undefined
  const captured = new Set<number>()

  function Plot({ picker }: { picker: boolean }) {
    const [point, setPoint] = useState({ x: 0.5, y: 0.5 })
    return (
      <InstrumentPlot
        f={parse('x^2 + y^2')}
        params={{}}
        domain={domain}
        zRange={zRange}
        resolution={32}
        value={value}
        point={{ ...point, f: value(point.x, point.y) }}
        onPointMove={
          picker
            ? (p, phase) => {
                moves.push({ ...p, phase })
                setPoint(p)
              }
            : undefined
        }
        onPointEnd={() => ends++}
      />
    )
  }
  const render = (picker: boolean) =>
    root.render(
      <Canvas
        frameloop="demand"
        camera={{ position: [...POSE.position], up: [0, 0, 1], fov: 45 }}
        onCreated={(s) => {
          state = s
          const canvas = s.gl.domElement
          canvas.setPointerCapture = (id) => void captured.add(id)
          canvas.releasePointerCapture = (id) => void captured.delete(id)
          canvas.hasPointerCapture = (id) => captured.has(id)
        }}
      >
        <PlotControls pose={POSE} onPoseChange={(p) => poses.push(p)} />
        <Plot picker={picker} />
      </Canvas>,
    )
  render(true)
  const s = await waitFor(() => state, 'the canvas')
  await sleep(200)
  const canvas = s.gl.domElement
  return {
    canvas,
    camera: s.camera,
    moves,
    ends: () => ends,
    poses,
    captured,
    screenOf: (x, y) => {
      const ndc = (transform.toWorld(x, y, value(x, y), new THREE.Vector3()) as THREE.Vector3).project(s.camera)
      const rect = canvas.getBoundingClientRect()
      return { x: rect.left + ((ndc.x + 1) / 2) * rect.width, y: rect.top + ((1 - ndc.y) / 2) * rect.height }
    },
    showPicker: async (on) => {
      render(on)
      await sleep(100)
    },
  }
}

type Kind = 'mouse' | 'touch'
function pointer(canvas: HTMLElement, type: string, at: { x: number; y: number }, id = 1, kind: Kind = 'mouse') {
  const down = type === 'pointerdown' || type === 'pointermove'
  canvas.dispatchEvent(
    new PointerEvent(type, {
      clientX: at.x,
      clientY: at.y,
      pointerId: id,
      pointerType: kind,
      isPrimary: id === 1,
      button: type === 'pointermove' ? -1 : 0,
      buttons: down ? 1 : 0,
      bubbles: true,
      cancelable: true,
    }),
  )
}
/** A straight stroke from a to b in `steps` moves (pressed all the way). */
function stroke(canvas: HTMLElement, a: { x: number; y: number }, b: { x: number; y: number }, steps: number, id = 1, kind: Kind = 'mouse') {
  for (let k = 1; k <= steps; k++) pointer(canvas, 'pointermove', { x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps }, id, kind)
}
const cameraPosition = (camera: THREE.Camera) => camera.position.clone()

describe('plot gestures', () => {
  let rig: Rig
  beforeEach(async () => {
    rig = await mountRig()
  })

  it('a tap picks the point of the graph under the finger', async () => {
    const target = rig.screenOf(-0.8, 0.3)
    pointer(rig.canvas, 'pointerdown', target, 1, 'touch')
    // A finger trembles: 7.8 px would be a drag for a mouse (5 px slop), but is still a tap (10 px).
    pointer(rig.canvas, 'pointermove', { x: target.x + 6, y: target.y + 5 }, 1, 'touch')
    pointer(rig.canvas, 'pointerup', { x: target.x + 1, y: target.y + 1 }, 1, 'touch')
    expect(rig.moves.map((m) => m.phase)).toEqual(['commit'])
    expect(rig.moves[0]!.x).toBeCloseTo(-0.8, 1)
    expect(rig.moves[0]!.y).toBeCloseTo(0.3, 1)
    expect(document.activeElement).toBe(rig.canvas) // a press focuses the plot, so the keys work next
    expect(rig.canvas.matches(':focus-visible')).toBe(false) // without the keyboard's focus ring
  })

  it('a mouse click picks only within the click slop; beyond it the press was an orbit', async () => {
    const exact = rig.screenOf(-1, -0.5)
    const target = { x: Math.round(exact.x), y: Math.round(exact.y) } // whole pixels: 3-4-5 is exactly 5 px
    pointer(rig.canvas, 'pointerdown', target)
    pointer(rig.canvas, 'pointerup', { x: target.x + 3, y: target.y + 4 }) // 5 px
    expect(rig.moves).toHaveLength(1)
    pointer(rig.canvas, 'pointerdown', target)
    stroke(rig.canvas, target, { x: target.x + 12, y: target.y }, 3)
    pointer(rig.canvas, 'pointerup', target) // came back: still not a click
    expect(rig.moves).toHaveLength(1)
  })

  it('one finger on the marker drags it along the graph and does not orbit', async () => {
    const before = cameraPosition(rig.camera)
    const from = rig.screenOf(0.5, 0.5)
    const to = rig.screenOf(-0.5, -0.5)
    pointer(rig.canvas, 'pointerdown', { x: from.x + 10, y: from.y - 8 }, 1, 'touch') // 12.8 px off: a finger's reach
    expect(rig.captured.has(1)).toBe(true)
    for (let k = 1; k <= 6; k++) {
      stroke(rig.canvas, from, { x: from.x + ((to.x - from.x) * k) / 6, y: from.y + ((to.y - from.y) * k) / 6 }, 1, 1, 'touch')
      await sleep(20) // the point re-renders between moves, as in the app
    }
    pointer(rig.canvas, 'pointerup', to, 1, 'touch')
    expect(rig.moves.length).toBe(6)
    expect(rig.moves.every((m) => m.phase === 'drag')).toBe(true)
    const last = rig.moves[rig.moves.length - 1]!
    expect(last.x).toBeCloseTo(-0.5, 1)
    expect(last.y).toBeCloseTo(-0.5, 1)
    expect(rig.ends()).toBe(1)
    expect(rig.captured.has(1)).toBe(false)
    expect(rig.camera.position.distanceTo(before)).toBe(0)
    expect(rig.poses).toEqual([])
    await sleep(100)
    await shot('gestures-touch-dragged-marker')
  })

  it('one finger elsewhere orbits the view and picks nothing', async () => {
    const before = cameraPosition(rig.camera)
    const from = rig.screenOf(-1.2, 1.2)
    pointer(rig.canvas, 'pointerdown', from, 1, 'touch')
    stroke(rig.canvas, from, { x: from.x + 90, y: from.y }, 6, 1, 'touch')
    pointer(rig.canvas, 'pointerup', { x: from.x + 90, y: from.y }, 1, 'touch')
    expect(rig.moves).toEqual([])
    expect(rig.camera.position.distanceTo(before)).toBeGreaterThan(0.3)
    // An orbit keeps the distance to the target.
    expect(rig.camera.position.length()).toBeCloseTo(before.length(), 6)
    expect(rig.poses).toHaveLength(1)
  })

  it('two fingers spreading apart zoom in, and neither picks nor drags', async () => {
    const before = cameraPosition(rig.camera)
    const c = rig.screenOf(-1, 1)
    const left = { x: c.x - 30, y: c.y }
    const right = { x: c.x + 30, y: c.y }
    pointer(rig.canvas, 'pointerdown', left, 1, 'touch')
    pointer(rig.canvas, 'pointerdown', right, 2, 'touch')
    for (let k = 1; k <= 5; k++) {
      pointer(rig.canvas, 'pointermove', { x: left.x - 15 * k, y: left.y }, 1, 'touch')
      pointer(rig.canvas, 'pointermove', { x: right.x + 15 * k, y: right.y }, 2, 'touch')
    }
    pointer(rig.canvas, 'pointerup', { x: right.x + 75, y: right.y }, 2, 'touch')
    pointer(rig.canvas, 'pointerup', { x: left.x - 75, y: left.y }, 1, 'touch')
    expect(rig.moves).toEqual([])
    expect(rig.ends()).toBe(0)
    expect(rig.camera.position.length()).toBeLessThan(before.length() * 0.8)
  })

  it('a second finger during a marker drag neither orbits nor zooms', async () => {
    const before = cameraPosition(rig.camera)
    const from = rig.screenOf(0.5, 0.5)
    const far = rig.screenOf(-1.5, 1.5)
    pointer(rig.canvas, 'pointerdown', from, 1, 'touch')
    pointer(rig.canvas, 'pointerdown', far, 2, 'touch')
    stroke(rig.canvas, far, { x: far.x + 80, y: far.y + 40 }, 4, 2, 'touch')
    pointer(rig.canvas, 'pointerup', { x: far.x + 80, y: far.y + 40 }, 2, 'touch')
    stroke(rig.canvas, from, rig.screenOf(0.2, 0.2), 2, 1, 'touch')
    pointer(rig.canvas, 'pointerup', rig.screenOf(0.2, 0.2), 1, 'touch')
    expect(rig.camera.position.distanceTo(before)).toBe(0)
    expect(rig.moves.length).toBeGreaterThan(0)
    expect(rig.moves.every((m) => m.phase === 'drag')).toBe(true)
    expect(rig.ends()).toBe(1)
  })

  it('pointercancel ends a drag at its last good point, without a move to the cancel event\'s coordinates', async () => {
    const from = rig.screenOf(0.5, 0.5)
    pointer(rig.canvas, 'pointerdown', from, 1, 'touch')
    stroke(rig.canvas, from, rig.screenOf(0, 0.5), 3, 1, 'touch')
    const count = rig.moves.length
    const lastGood = rig.moves[count - 1]!
    expect(lastGood.x).toBeCloseTo(0, 1)
    // Browsers send what they like with a cancel (here the corner of the page, which would pick the far edge).
    pointer(rig.canvas, 'pointercancel', { x: 0, y: 0 }, 1, 'touch')
    expect(rig.moves).toHaveLength(count)
    expect(rig.ends()).toBe(1)
    expect(rig.captured.has(1)).toBe(false)
    // The gesture is over: stray moves and an up of the same pointer do nothing, and no tap is read into them.
    pointer(rig.canvas, 'pointermove', rig.screenOf(-1, -1), 1, 'touch')
    pointer(rig.canvas, 'pointerup', rig.screenOf(-1, -1), 1, 'touch')
    expect(rig.moves).toHaveLength(count)
    expect(rig.ends()).toBe(1)
    // A cancelled tap picks nothing either.
    const tap = rig.screenOf(-1, 0.5)
    pointer(rig.canvas, 'pointerdown', tap, 1, 'touch')
    pointer(rig.canvas, 'pointercancel', tap, 1, 'touch')
    pointer(rig.canvas, 'pointerup', tap, 1, 'touch')
    expect(rig.moves).toHaveLength(count)
  })

  it('arrow keys nudge the point (Shift: fine), one gesture per key press; focus and label come and go with the picker', async () => {
    expect(rig.canvas.tabIndex).toBe(0)
    expect(rig.canvas.getAttribute('role')).toBe('application')
    expect(rig.canvas.getAttribute('aria-label')).toMatch(/arrow keys move it, Shift for fine steps/)
    rig.canvas.focus()
    const key = (type: string, k: string, shiftKey = false) =>
      rig.canvas.dispatchEvent(new KeyboardEvent(type, { key: k, shiftKey, bubbles: true, cancelable: true }))
    key('keydown', 'ArrowRight')
    await sleep(30)
    key('keydown', 'ArrowRight') // held: the key repeats
    await sleep(30)
    key('keyup', 'ArrowRight')
    // 1/50 of the side (4) per press.
    expect(rig.moves).toEqual([
      { x: 0.58, y: 0.5, phase: 'drag' },
      { x: 0.66, y: 0.5, phase: 'drag' },
    ])
    expect(rig.ends()).toBe(1)
    key('keydown', 'ArrowDown', true)
    key('keyup', 'ArrowDown', true)
    expect(rig.moves[2]).toEqual({ x: 0.66, y: 0.492, phase: 'drag' }) // 1/500 of the side
    expect(rig.ends()).toBe(2)
    // Other keys are not ours.
    const other = new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true })
    rig.canvas.dispatchEvent(other)
    expect(other.defaultPrevented).toBe(false)
    expect(rig.moves).toHaveLength(3)

    // Without a picker the canvas is as it was: no tab stop, no label, and the keys do nothing.
    await rig.showPicker(false)
    await waitFor(() => !rig.canvas.hasAttribute('aria-label'), 'the label to go with the picker')
    expect(rig.canvas.hasAttribute('tabindex')).toBe(false)
    expect(rig.canvas.hasAttribute('role')).toBe(false)
    key('keydown', 'ArrowLeft')
    expect(rig.moves).toHaveLength(3)
    await rig.showPicker(true)
    await waitFor(() => rig.canvas.getAttribute('aria-label')?.match(/Click the surface to pick a point/), 'the label back')
    expect(rig.canvas.tabIndex).toBe(0)
  })
})

describe('plot gestures on a flat picture (the Jacobian)', () => {
  let app: Mounted | null = null
  afterEach(() => {
    app?.unmount()
    app = null
  })

  it('one finger in the domain panel drags p, one finger elsewhere does not tilt the picture, two fingers zoom', async () => {
    app = mountApp('#/jacobian')
    await settle()
    const canvas = canvasOf(app.host)
    const captured = new Set<number>()
    canvas.setPointerCapture = (id) => void captured.add(id)
    canvas.releasePointerCapture = (id) => void captured.delete(id)
    canvas.hasPointerCapture = (id) => captured.has(id)
    const { camera } = _roots.get(canvas)!.store.getState()
    const start = camera.position.clone()
    // The scene's camera looks straight down from height 3.1 with a 45° vertical field; the domain panel is centred
    // at world (−0.57, 0.57) (the four panels are centred since the layout work) and fits [−1.5, 1.5]² into 0.88
    // world units (see jacobian.test.tsx).
    const rect = canvas.getBoundingClientRect()
    const halfHeight = 3.1 * Math.tan((22.5 * Math.PI) / 180)
    const world = (wx: number, wy: number) => ({
      x: rect.left + rect.width / 2 + (wx / (halfHeight * (rect.width / rect.height))) * (rect.width / 2),
      y: rect.top + rect.height / 2 - (wy / halfHeight) * (rect.height / 2),
    })
    const domainAt = (x: number, y: number) => world(-0.57 + (0.88 / 3) * x, 0.57 + (0.88 / 3) * y)

    pointer(canvas, 'pointerdown', domainAt(-1, 0.5), 1, 'touch')
    stroke(canvas, domainAt(-1, 0.5), domainAt(1, -1), 4, 1, 'touch')
    pointer(canvas, 'pointerup', domainAt(1, -1), 1, 'touch')
    await waitFor(() => Math.abs(Number(queryOf(location.hash).get('px')) - 1) < 0.05, 'p to follow the finger')
    expect(Number(queryOf(location.hash).get('py'))).toBeCloseTo(-1, 1)
    expect(camera.position.distanceTo(start)).toBe(0)

    // Below the panels: a one-finger stroke would orbit a 3D plot; here it leaves the picture (and p) alone.
    const px = queryOf(location.hash).get('px')
    const below = world(0, -1.2)
    pointer(canvas, 'pointerdown', below, 1, 'touch')
    stroke(canvas, below, { x: below.x + 90, y: below.y - 40 }, 6, 1, 'touch')
    pointer(canvas, 'pointerup', { x: below.x + 90, y: below.y - 40 }, 1, 'touch')
    await settle()
    expect(camera.position.distanceTo(start)).toBe(0)
    expect(queryOf(location.hash).get('px')).toBe(px)

    // Two fingers spreading apart: zoom in, still looking straight down.
    const left = world(-0.2, -1.2)
    const right = world(0.2, -1.2)
    pointer(canvas, 'pointerdown', left, 1, 'touch')
    pointer(canvas, 'pointerdown', right, 2, 'touch')
    for (let k = 1; k <= 5; k++) {
      pointer(canvas, 'pointermove', { x: left.x - 20 * k, y: left.y }, 1, 'touch')
      pointer(canvas, 'pointermove', { x: right.x + 20 * k, y: right.y }, 2, 'touch')
    }
    pointer(canvas, 'pointerup', { x: right.x + 100, y: right.y }, 2, 'touch')
    pointer(canvas, 'pointerup', { x: left.x - 100, y: left.y }, 1, 'touch')
    await settle()
    expect(camera.position.z).toBeLessThan(start.z * 0.85)
    expect(queryOf(location.hash).get('px')).toBe(px)
    await shot('gestures-jacobian-pinched')
    expect(app.errors).toEqual([])
  })
})
