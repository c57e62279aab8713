// The picked point's marker can be grabbed where it is drawn. Where f is above the z range (or undefined) the marker
// sits on the floor of the box, grey; a press there must start a drag of the point, not an orbit or a pick.
import { afterEach, describe, expect, it } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { Canvas, type RootState } from '@react-three/fiber'
import * as THREE from 'three'
import { parse } from '../../src/math/expr/index.ts'
import { InstrumentPlot } from '../../src/render/instruments/InstrumentPlot.tsx'
import { waitFor } from './appHarness.ts'

let mounted: { root: Root; container: HTMLElement } | null = null
afterEach(() => {
  mounted?.root.unmount()
  mounted?.container.remove()
  mounted = null
})

describe('grabbing the picked point', () => {
  it('a press on the floor marker of a point whose f is above the z range drags the point', async () => {
    const container = document.createElement('div')
    container.style.cssText = 'width:640px;height:400px'
    document.body.appendChild(container)
    const root = createRoot(container)
    mounted = { root, container }
    // The box shows z in [−1, 1]; f(0.5, 0.5) = 5 is above it, so the marker is drawn on the floor. Near the origin
    // f is inside the box, so the drag (toward the centre) finds the surface there.
    const f = parse('10*(x^2 + y^2)')
    const value = (x: number, y: number) => 10 * (x * x + y * y)
    const moves: { x: number; y: number; phase: string }[] = []
    let state: RootState | undefined
    root.render(
      <Canvas frameloop="demand" camera={{ position: [2, -3, 2.5], up: [0, 0, 1] }} onCreated={(s) => (state = s)}>
        <InstrumentPlot
          f={f}
          params={{}}
          domain={{ xMin: -1, xMax: 1, yMin: -1, yMax: 1 }}
          zRange={{ min: -1, max: 1 }}
          resolution={32}
          value={value}
          point={{ x: 0.5, y: 0.5, f: value(0.5, 0.5) }}
          onPointMove={(p, phase) => moves.push({ ...p, phase })}
        />
      </Canvas>,
    )
    const s = await waitFor(() => state, 'the canvas')
    s.camera.lookAt(0, 0, 0)
    s.camera.updateMatrixWorld()
    const canvas = s.gl.domElement
    // The domain [−1, 1]² and the z range [−1, 1] map to the box [−1, 1]² × [−0.8, 0.8]: the floor marker is at
    // world (0.5, 0.5, −0.8). Its screen position, from the camera:
    const ndc = new THREE.Vector3(0.5, 0.5, -0.8).project(s.camera)
    const rect = canvas.getBoundingClientRect()
    const at = (dx: number, dy: number) => ({
      clientX: rect.left + ((ndc.x + 1) / 2) * rect.width + dx,
      clientY: rect.top + ((1 - ndc.y) / 2) * rect.height + dy,
      button: 0,
      pointerId: 3,
      bubbles: true,
    })
    // Drag from the marker toward the centre of the canvas, where the surface is inside the box.
    const toward = { x: rect.left + rect.width / 2 - at(0, 0).clientX, y: rect.top + rect.height / 2 - at(0, 0).clientY }
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(0, 0)))
    for (let k = 1; k <= 4; k++) canvas.dispatchEvent(new PointerEvent('pointermove', at((toward.x * k) / 4, (toward.y * k) / 4)))
    canvas.dispatchEvent(new PointerEvent('pointerup', at(toward.x, toward.y)))
    // A grab reports the moves as a drag; a press that missed the marker would be an orbit (nothing reported).
    expect(moves.length).toBeGreaterThan(0)
    expect(moves.every((m) => m.phase === 'drag')).toBe(true)
    const last = moves[moves.length - 1]!
    expect(Math.hypot(last.x, last.y)).toBeLessThan(Math.hypot(0.5, 0.5))
  })
})
