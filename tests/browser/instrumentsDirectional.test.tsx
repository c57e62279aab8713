// Chapter 3 · Directional derivative in real Chromium: the slice along u, its tangent, the level curves (shader) and
// the D_u f plot draw; D_u f in the readouts is ∇f·u by hand; it equals |∇f| along the gradient and 0 along the level
// curve; clicking the plot turns u; level curves change the picture. Screenshots in test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { _roots } from '@react-three/fiber'
import * as THREE from 'three'
import { DIAL_KNOB_NAME } from '../../src/render/instruments/index.ts'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const readout = (host: HTMLElement, key: string) => host.querySelector(`[data-testid="instrument-readouts"] [data-readout="${key}"] dd`)?.textContent ?? null
const fmt = (v: number) => (Math.abs(v) < 1e-4 && v !== 0 ? Number(v.toPrecision(4)).toExponential().replace('e+', 'e') : String(Number(v.toPrecision(4))))

/** ∇f of (x² + 3y²)·exp(−(x² + y²)/4), by hand. */
function gradient(x: number, y: number): [number, number] {
  const e = Math.exp(-(x * x + y * y) / 4)
  const q = x * x + 3 * y * y
  return [2 * x * e - (q * x * e) / 2, 6 * y * e - (q * y * e) / 2]
}

describe('directional derivative scene', () => {
  it('reads D_u f = ∇f·u at the default point and direction, and draws slice, contours and the D_u plot', async () => {
    app = mountApp('#/directional-derivative')
    await settle()
    const pixels = pixelsOf(canvasOf(app.host))
    expect(coveredFraction(pixels)).toBeGreaterThan(0.1)
    const [fx, fy] = gradient(1.2, 0.8)
    const theta = (200 * Math.PI) / 180
    await waitFor(() => readout(app!.host, 'du'), 'the readouts')
    expect(readout(app.host, 'du')).toBe(fmt(fx * Math.cos(theta) + fy * Math.sin(theta)))
    expect(app.host.querySelector('[data-testid="du-plot"] path')).not.toBeNull()
    await shot('directional-default')
    app.unmount()

    app = mountApp('#/directional-derivative?contours=none')
    await settle()
    expect(differingFraction(pixels, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.01)
    expect(app.errors).toEqual([])
  })

  it('along ∇f the derivative is |∇f|; along the level curve it is 0; clicking the plot turns u', async () => {
    const [fx, fy] = gradient(1.2, 0.8)
    const steepest = Math.round((Math.atan2(fy, fx) * 180) / Math.PI + 360) % 360
    app = mountApp(`#/directional-derivative?angle=${steepest}&contours=floor&field=1`)
    await settle()
    await waitFor(() => readout(app!.host, 'du'), 'the readouts')
    const t = (steepest * Math.PI) / 180
    expect(readout(app.host, 'du')).toBe(fmt(fx * Math.cos(t) + fy * Math.sin(t)))
    expect(Number(readout(app.host, 'du'))).toBeCloseTo(Math.hypot(fx, fy), 2) // the angle is rounded to a degree
    await shot('directional-steepest-floor-contours')
    app.unmount()

    // Along the level curve (θ = θ_∇ + 90°, rounded to a degree): D_u f is 0 up to |∇f|·sin(1°).
    app = mountApp(`#/directional-derivative?angle=${(steepest + 90) % 360}`)
    await settle()
    await waitFor(() => readout(app!.host, 'du'), 'the readouts')
    expect(Math.abs(Number(readout(app.host, 'du')))).toBeLessThan(Math.hypot(fx, fy) * Math.sin(Math.PI / 180))

    const plot = app.host.querySelector<SVGSVGElement>('[data-testid="du-plot"] svg')!
    const rect = plot.getBoundingClientRect()
    // x = 34 + 0.25·(280 − 42) in the 280-wide view box is θ = 90°.
    plot.dispatchEvent(new MouseEvent('click', { clientX: rect.left + ((34 + 0.25 * 238) / 280) * rect.width, clientY: rect.top + rect.height / 2, bubbles: true }))
    // Mouse coordinates are whole pixels, so the picked angle is 90° to within a degree.
    await waitFor(() => Math.abs(Number(queryOf(location.hash).get('angle')) - 90) <= 1, 'the angle to follow the click')
    await settle()
    const picked = (Number(queryOf(location.hash).get('angle')) * Math.PI) / 180
    expect(readout(app.host, 'du')).toBe(fmt(fx * Math.cos(picked) + fy * Math.sin(picked)))
    expect(app.errors).toEqual([])
  })

  it('dragging the dial knob turns u, without picking a point or orbiting', async () => {
    app = mountApp('#/directional-derivative?contours=none&plane=0')
    await settle()
    const canvas = canvasOf(app.host)
    const { scene, camera } = _roots.get(canvas)!.store.getState()
    const knob = scene.getObjectByName(DIAL_KNOB_NAME)!
    const rect = canvas.getBoundingClientRect()
    const toClient = (world: THREE.Vector3) => {
      const p = world.clone().project(camera)
      return { clientX: rect.left + ((p.x + 1) / 2) * rect.width, clientY: rect.top + ((1 - p.y) / 2) * rect.height }
    }
    const start = toClient(knob.getWorldPosition(new THREE.Vector3()))
    // The dial is centred on the picked point at the height of f; aim at its rim straight "north" (+y) of it: θ = 90°.
    const knobWorld = knob.getWorldPosition(new THREE.Vector3())
    const pointWorld = scene.getObjectByName('picked-point')!.children[0]!.getWorldPosition(new THREE.Vector3())
    const r = Math.hypot(knobWorld.x - pointWorld.x, knobWorld.y - pointWorld.y)
    const target = toClient(new THREE.Vector3(pointWorld.x, pointWorld.y + r, knobWorld.z))
    // Chromium caps history.length at 50 in a long test session, so count entries by walking Back instead.
    const hashBefore = location.hash
    const event = (type: string, at: { clientX: number; clientY: number }) =>
      canvas.dispatchEvent(new PointerEvent(type, { ...at, button: 0, pointerId: 3, bubbles: true }))
    event('pointerdown', start)
    for (let k = 1; k <= 4; k++) {
      event('pointermove', { clientX: start.clientX + ((target.clientX - start.clientX) * k) / 4, clientY: start.clientY + ((target.clientY - start.clientY) * k) / 4 })
    }
    event('pointerup', target)
    await waitFor(() => Math.abs(Number(queryOf(location.hash).get('angle')) - 90) <= 2, 'the angle to follow the knob')
    expect(queryOf(location.hash).get('px')).toBe('1.2')
    expect(queryOf(location.hash).has('cam')).toBe(false)
    await settle()
    await shot('directional-dial-turned')
    // One Back returns to the view before the drag: the whole drag was one history entry.
    history.back()
    await waitFor(() => location.hash === hashBefore, 'one Back to undo the whole drag')
    expect(app.errors).toEqual([])
  })

  it('says "undefined here" where f is undefined', async () => {
    app = mountApp('#/directional-derivative?f=sqrt(4-x^2-y^2)&xr=-3,3&yr=-3,3&px=2.5&py=0')
    await settle()
    await waitFor(() => readout(app!.host, 'du'), 'the readouts')
    expect(readout(app.host, 'du')).toBe('undefined here')
    expect(app.host.querySelector('[data-testid="du-plot"]')!.textContent).toContain('undefined here')
    await shot('directional-undefined')
    expect(app.errors).toEqual([])
  })
})
