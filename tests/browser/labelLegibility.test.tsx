// The slope labels at the ends of the partials' tangent lines: ∂f/∂y sits farther from the camera than ∂f/∂x and over
// the bright top of the surface, and used to read smaller and dimmer. Both are now a constant height on screen with a
// dark backing; measured here from the scene graph (each sprite's height as projected by the camera), they are equal.
// The directional scene uses the same label (Dᵤf) and the matrix scenes the same component at its world size.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { _roots } from '@react-three/fiber'
import { Vector3, type PerspectiveCamera, type Sprite } from 'three'
import { mountApp, settle, waitFor, type Mounted } from './appHarness.ts'

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

/** The on-screen height in CSS pixels of the label sprite whose name starts with `prefix`, as three would draw it. */
function projectedLabelHeight(prefix: string): number | null {
  for (const root of _roots.values()) {
    const { scene, camera, size } = root.store.getState()
    let sprite: Sprite | null = null
    scene.traverse((o) => {
      if (o.name.startsWith(`label:${prefix}`)) sprite = o as Sprite
    })
    if (!sprite) continue
    const s = sprite as Sprite
    const depth = -new Vector3().setFromMatrixPosition(s.matrixWorld).applyMatrix4(camera.matrixWorldInverse).z
    const fov = (camera as PerspectiveCamera).fov
    // Sprite shader: with sizeAttenuation off the world height is scale·depth, else scale; a height H at depth d
    // covers H / (2·d·tan(fov/2)) of the viewport.
    const worldHeight = s.material.sizeAttenuation ? s.scale.y * s.parent!.getWorldScale(new Vector3()).y : s.scale.y * depth
    return (worldHeight / (2 * depth * Math.tan((fov * Math.PI) / 360))) * size.height
  }
  return null
}

describe('slope labels', () => {
  it('∂f/∂x and ∂f/∂y read the same size on screen on the partials scene', async () => {
    app = mountApp('#/partial-derivatives')
    await settle()
    const hx = await waitFor(() => projectedLabelHeight('∂f/∂x'), 'the ∂f/∂x label')
    const hy = await waitFor(() => projectedLabelHeight('∂f/∂y'), 'the ∂f/∂y label')
    expect(Math.abs(hx - hy)).toBeLessThan(1)
    expect(hx).toBeGreaterThan(18)
    await shot('partials-labels')
    expect(app.errors).toEqual([])
  })

  it('the directional scene’s Dᵤf label is the same size as the partials’ labels', async () => {
    app = mountApp('#/directional-derivative')
    await settle()
    const h = await waitFor(() => projectedLabelHeight('Dᵤf'), 'the Dᵤf label')
    await shot('directional-labels')
    expect(app.errors).toEqual([])
    const hx = await (async () => {
      app!.unmount()
      app = mountApp('#/partial-derivatives')
      await settle()
      return waitFor(() => projectedLabelHeight('∂f/∂x'), 'the ∂f/∂x label')
    })()
    expect(Math.abs(h - hx)).toBeLessThan(1)
    expect(app!.errors).toEqual([])
  })
})
