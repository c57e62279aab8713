// Chapter 2 · The gradient field in real Chromium. The field is ONE InstancedMesh: adding 64×64 arrows adds exactly
// one draw call, and a parameter change refills the same mesh (no new objects). The scene draws, follows the
// arrow-count setting and the placement, and shows the gradient readouts. Screenshots in test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createRoot, type Root } from 'react-dom/client'
import { Canvas, type RootState } from '@react-three/fiber'
import * as THREE from 'three'
import { parse } from '../../src/math/expr/index.ts'
import { SurfacePlot } from '../../src/render/SurfacePlot.tsx'
import { SURFACE_MESH_NAME } from '../../src/render/SurfaceMesh.tsx'
import { GradientField, GRADIENT_FIELD_NAME } from '../../src/render/instruments/index.ts'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
let direct: { root: Root; container: HTMLElement } | null = null
afterEach(() => {
  app?.unmount()
  app = null
  direct?.root.unmount()
  direct?.container.remove()
  direct = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const f = parse('a*sin(x)*cos(y)')
const domain = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }

async function mountField(withField: boolean, a: number): Promise<{ state: RootState; rerender: (a: number) => Promise<void> }> {
  const container = document.createElement('div')
  container.style.cssText = 'width:640px;height:400px'
  document.body.appendChild(container)
  const root = createRoot(container)
  direct = { root, container }
  let state: RootState | undefined
  const render = (value: number) =>
    root.render(
      <Canvas frameloop="demand" camera={{ position: [2, -3, 2.5], up: [0, 0, 1] }} onCreated={(s) => (state = s)}>
        <SurfacePlot f={f} params={{ a: value }} domain={domain} zRange={{ min: -2, max: 2 }} resolution={64} showAxes={false}>
          {withField && <GradientField f={f} params={{ a: value }} n={64} />}
        </SurfacePlot>
      </Canvas>,
    )
  render(a)
  const s = await waitFor(() => state, 'the canvas')
  // Mounted when the surface (and the field, if asked for) is in the scene graph: waiting on what the test needs,
  // not on a fixed delay that a slow machine could outlast.
  await waitFor(() => s.scene.getObjectByName(SURFACE_MESH_NAME) && (!withField || s.scene.getObjectByName(GRADIENT_FIELD_NAME)), 'the surface and field')
  return {
    state: s,
    rerender: async (value) => {
      const field = s.scene.getObjectByName(GRADIENT_FIELD_NAME) as THREE.InstancedMesh | undefined
      const version = field?.instanceMatrix.version
      render(value)
      // A refill bumps the instance buffer's version (needsUpdate): wait for it.
      await waitFor(() => !field || field.instanceMatrix.version !== version, 'the field to refill')
    },
  }
}

function drawCalls(state: RootState): number {
  state.camera.lookAt(0, 0, 0)
  state.gl.info.autoReset = false
  state.gl.info.reset()
  state.gl.render(state.scene, state.camera)
  return state.gl.info.render.calls
}

describe('gradient field', () => {
  it('64×64 arrows are one draw call, and a parameter change refills the same mesh', async () => {
    const without = drawCalls((await mountField(false, 1)).state)
    direct!.root.unmount()
    direct!.container.remove()
    const { state, rerender } = await mountField(true, 1)
    expect(drawCalls(state) - without).toBe(1)
    const mesh = state.scene.getObjectByName(GRADIENT_FIELD_NAME) as THREE.InstancedMesh
    expect(mesh.count).toBe(64 * 64)
    // The arrow in cell (row 40, column 10) points along ∇f = (a cos x cos y, −a sin x sin y) in world space.
    const i = 40 * 64 + 10
    const x = -3 + 10.5 * (6 / 64)
    const y = -3 + 40.5 * (6 / 64)
    const m = new THREE.Matrix4()
    mesh.getMatrixAt(i, m)
    const along = new THREE.Vector3(1, 0, 0).transformDirection(m)
    const expected = new THREE.Vector3(Math.cos(x) * Math.cos(y), -Math.sin(x) * Math.sin(y), 0).normalize()
    expect(along.dot(expected)).toBeCloseTo(1, 5)
    const before = mesh.instanceMatrix.array.slice()
    await rerender(-1)
    expect(state.scene.getObjectByName(GRADIENT_FIELD_NAME)).toBe(mesh)
    mesh.getMatrixAt(i, m)
    expect(new THREE.Vector3(1, 0, 0).transformDirection(m).dot(expected)).toBeCloseTo(-1, 5) // a = −1 flips every arrow
    expect(mesh.instanceMatrix.array).not.toEqual(before)
  })

  it('the scene draws arrows, follows the arrow count and the placement, and reads ∇f at the point', async () => {
    app = mountApp('#/gradient-field')
    await settle()
    const canvas = canvasOf(app.host)
    const defaults = pixelsOf(canvas)
    expect(coveredFraction(defaults)).toBeGreaterThan(0.1)
    await shot('gradient-field-default')
    const x = -0.8
    const y = 0.6
    const e = Math.exp(-(x * x + y * y) / 2)
    const fmt = (v: number) => String(Number(v.toPrecision(4)))
    const grad = await waitFor(() => app!.host.querySelector('[data-readout="grad"] dd')?.textContent, 'the readouts')
    expect(grad).toBe(`(${fmt(e * (1 - x * x))}, ${fmt(-x * y * e + y / 5)})`)
    app.unmount()

    app = mountApp('#/gradient-field?arrows=64&place=surface')
    await settle()
    expect(differingFraction(defaults, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.01)
    await shot('gradient-field-64-on-surface')
    expect(app.errors).toEqual([])
  })

  it('leaves out arrows where f is undefined', async () => {
    app = mountApp('#/gradient-field?f=log(x*y)&px=1&py=1&arrows=32')
    await settle()
    await shot('gradient-field-undefined-quadrants')
    expect(app.errors).toEqual([])
  })
})
