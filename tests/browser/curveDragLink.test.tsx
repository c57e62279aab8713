// A point dragged along a chapter-1 curve lands in the link as a short number (rounded far below a fine key step),
// not as the sixteen digits of the pointer's ray: links are meant to be read and shared.
import { afterEach, describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { createCurveFrame, fitCurveWindow } from '../../src/math/calculus1d/index.ts'
import { CURVE_CAMERA_DISTANCE, layoutPanels } from '../../src/render/curves/index.ts'
import { canvasOf, coveredFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

describe('chapter 1: the dragged point in the link', () => {
  it('is rounded to at most five decimals on a window six wide', async () => {
    app = mountApp('#/tangent-line')
    await waitFor(() => app!.host.querySelector('.c1-values'), 'the scene panel')
    await waitFor(() => coveredFraction(pixelsOf(canvasOf(app!.host))) > 0.005, 'a drawn canvas')
    await settle()
    const canvas = canvasOf(app.host)
    const box = canvas.getBoundingClientRect()
    // Where the scene draws (x, f(x)) for its default f on [−3, 3], seen by the default camera facing the plot plane.
    const f = (x: number) => Math.sin(2 * x) + (x * x) / 4
    const frame = createCurveFrame(fitCurveWindow([f], -3, 3), layoutPanels(2, box.width / box.height, 'column')[0]!)
    const camera = new THREE.PerspectiveCamera(45, box.width / box.height, 0.01, 100)
    camera.up.set(0, 0, 1)
    camera.position.set(0, -CURVE_CAMERA_DISTANCE, 0)
    camera.lookAt(0, 0, 0)
    camera.updateMatrixWorld()
    const screen = (x: number, y: number) => {
      const p = new THREE.Vector3(frame.worldX(x), 0, frame.worldZ(y)).project(camera)
      return { clientX: box.left + ((p.x + 1) / 2) * box.width + 0.37, clientY: box.top + ((1 - p.y) / 2) * box.height }
    }
    const pointer = (type: string, at: { clientX: number; clientY: number }) =>
      canvas.dispatchEvent(new PointerEvent(type, { ...at, bubbles: true, cancelable: true, pointerId: 1, button: 0, pointerType: 'mouse' }))
    pointer('pointerdown', screen(-1, f(-1)))
    pointer('pointermove', screen(-1.7, f(-1.7)))
    pointer('pointerup', screen(-1.7, f(-1.7)))
    await waitFor(() => queryOf(location.hash).get('x0') !== '0.6', 'the drag to move the point')
    const text = queryOf(location.hash).get('x0')!
    expect(Math.abs(Number(text) + 1.7)).toBeLessThan(0.05)
    expect(text).toMatch(/^-?\d+(\.\d{1,5})?$/)
  })
})
