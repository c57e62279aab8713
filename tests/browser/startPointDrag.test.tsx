// The descent lab's start ring, dragged the way the lab uses it: every move goes into state and comes back as the new
// start (a re-render per move). The whole gesture must keep following the pointer and end with one onEndDrag.
import { afterEach, describe, expect, it } from 'vitest'
import { useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { Canvas, type RootState } from '@react-three/fiber'
import * as THREE from 'three'
import { parse } from '../../src/math/expr/index.ts'
import { createPlotTransform } from '../../src/math/plot/index.ts'
import { SurfacePlot } from '../../src/render/SurfacePlot.tsx'
import { StartPointHandle } from '../../src/render/descent/StartPointHandle.tsx'
import { TRAIL_LIFT } from '../../src/render/descent/RaceTrails.tsx'
import { sleep, waitFor } from './appHarness.ts'

let mounted: { root: Root; container: HTMLElement } | null = null
afterEach(() => {
  mounted?.root.unmount()
  mounted?.container.remove()
  mounted = null
})

const domain = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }
const zRange = { min: 0, max: 8 }
const f = (x: number, y: number) => x * x + y * y

describe('start point ring', () => {
  it('a drag reports every move, follows the pointer to the end, and ends once', async () => {
    const container = document.createElement('div')
    container.style.cssText = 'width:640px;height:400px'
    document.body.appendChild(container)
    const root = createRoot(container)
    mounted = { root, container }
    const moves: { x: number; y: number; phase: string }[] = []
    let ends = 0
    let state: RootState | undefined

    function Lab() {
      const [start, setStart] = useState<readonly [number, number]>([0.5, 0.5])
      return (
        <SurfacePlot f={parse('x^2 + y^2')} params={{}} domain={domain} zRange={zRange} resolution={32} showAxes={false}>
          <StartPointHandle
            start={start}
            f={f}
            onMove={(x, y, phase) => {
              moves.push({ x, y, phase })
              setStart([x, y])
            }}
            onEndDrag={() => ends++}
          />
        </SurfacePlot>
      )
    }
    root.render(
      <Canvas frameloop="demand" camera={{ position: [0.5, -3, 3], up: [0, 0, 1] }} onCreated={(s) => (state = s)}>
        <Lab />
      </Canvas>,
    )
    const s = await waitFor(() => state, 'the canvas')
    await sleep(200)
    s.camera.lookAt(0, 0, 0)
    s.camera.updateMatrixWorld()
    // Where the ring is drawn: (0.5, 0.5, f) in the plot box, lifted a little.
    const ring = createPlotTransform(domain, zRange).toWorld(0.5, 0.5, f(0.5, 0.5), new THREE.Vector3()) as THREE.Vector3
    ring.z += TRAIL_LIFT
    const ndc = ring.project(s.camera)
    const canvas = s.gl.domElement
    const rect = canvas.getBoundingClientRect()
    const at = (dx: number) => ({
      clientX: rect.left + ((ndc.x + 1) / 2) * rect.width + dx,
      clientY: rect.top + ((1 - ndc.y) / 2) * rect.height,
      button: 0,
      pointerId: 5,
      bubbles: true,
    })
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(0)))
    for (let k = 1; k <= 5; k++) {
      canvas.dispatchEvent(new PointerEvent('pointermove', at(-12 * k)))
      await sleep(30) // let React re-render with the new start between moves, as it does in the lab
    }
    canvas.dispatchEvent(new PointerEvent('pointerup', at(-60)))
    await sleep(30)
    expect(moves.map((m) => m.phase)).toEqual(['drag', 'drag', 'drag', 'drag', 'drag'])
    // Moving the pointer left moves the start toward smaller x, move after move.
    for (let k = 1; k < moves.length; k++) expect(moves[k]!.x).toBeLessThan(moves[k - 1]!.x)
    expect(ends).toBe(1)
  })
})
