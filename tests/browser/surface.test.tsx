// The GPU surface in real Chromium (WebGL2 on SwiftShader): it draws, a parameter change is a uniform write (same
// programs, same geometry, different pixels), an expression change recompiles but keeps the geometry, undefined
// regions and poles stay inside the plot box, and the extreme resolutions render. Screenshots go to
// test-output/screenshots for a person to look at.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { useEffect, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { Canvas, type RootState } from '@react-three/fiber'
import * as THREE from 'three'
import { parse } from '../../src/math/expr/index.ts'
import { SurfacePlot, type SurfacePlotProps } from '../../src/render/SurfacePlot.tsx'
import { PlotControls } from '../../src/render/PlotControls.tsx'
import { SURFACE_MESH_NAME } from '../../src/render/SurfaceMesh.tsx'
import { HeightLegend } from '../../src/render/HeightLegend.tsx'
import { createPlotTransform, type Domain, type Interval } from '../../src/math/plot/index.ts'

const WIDTH = 800
const HEIGHT = 500
const BACKGROUND = '#0d1117'
const BACKGROUND_RGB = [0x0d, 0x11, 0x17]
const square: Domain = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }

interface Harness {
  readonly state: RootState
  readonly container: HTMLElement
  readonly zRanges: Interval[]
  update(next: Partial<SurfacePlotProps>): Promise<void>
  /** Renders one frame now and returns its RGBA pixels (bottom row first, as readPixels gives them). */
  pixels(): Uint8Array
  surface(): THREE.Mesh<THREE.BufferGeometry, THREE.ShaderMaterial>
  screenshot(name: string): Promise<void>
}

let mounted: { root: Root; container: HTMLElement } | null = null
afterEach(() => {
  mounted?.root.unmount()
  mounted?.container.remove()
  mounted = null
})

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let k = 0; k < 400; k++) {
    if (condition()) return
    await nextFrame()
  }
  throw new Error(`timed out waiting for ${what}`)
}

async function mountSurface(initial: SurfacePlotProps): Promise<Harness> {
  const container = document.createElement('div')
  container.style.cssText = `width:${WIDTH}px;height:${HEIGHT}px`
  document.body.appendChild(container)
  const root = createRoot(container)
  mounted = { root, container }
  let props = initial
  let state: RootState | undefined
  const zRanges: Interval[] = []
  let commits = 0
  const draw = () =>
    root.render(
      <Canvas
        frameloop="demand"
        camera={{ fov: 45 }}
        gl={{ preserveDrawingBuffer: true, antialias: false }}
        onCreated={(s) => (state = s)}
      >
        <color attach="background" args={[BACKGROUND]} />
        <SurfacePlot {...props} onZRange={(r) => zRanges.push(r)}>
          <CommitCounter onCommit={() => commits++} />
        </SurfacePlot>
        <PlotControls />
      </Canvas>,
    )
  draw()
  await until(() => state?.scene.getObjectByName(SURFACE_MESH_NAME) !== undefined, 'the surface mesh')
  const s = state!
  return {
    state: s,
    container,
    zRanges,
    async update(next) {
      props = { ...props, ...next }
      const before = commits
      draw()
      await until(() => commits > before, 'the update to reach the R3F tree')
    },
    pixels() {
      s.gl.render(s.scene, s.camera)
      const gl = s.gl.getContext()
      const out = new Uint8Array(gl.drawingBufferWidth * gl.drawingBufferHeight * 4)
      gl.readPixels(0, 0, gl.drawingBufferWidth, gl.drawingBufferHeight, gl.RGBA, gl.UNSIGNED_BYTE, out)
      return out
    },
    surface: () => s.scene.getObjectByName(SURFACE_MESH_NAME) as THREE.Mesh<THREE.BufferGeometry, THREE.ShaderMaterial>,
    async screenshot(name) {
      s.gl.render(s.scene, s.camera)
      await page.screenshot({ element: container, path: `../../test-output/screenshots/${name}.png` })
    },
  }
}

/** Marks each commit of the R3F tree (an effect without dependencies runs after every commit). */
function CommitCounter({ onCommit }: { onCommit: () => void }) {
  useEffectEveryCommit(onCommit)
  return null
}
function useEffectEveryCommit(callback: () => void) {
  useEffect(() => {
    callback()
  })
}

const isBackground = (p: Uint8Array, k: number) =>
  Math.abs(p[k]! - BACKGROUND_RGB[0]!) + Math.abs(p[k + 1]! - BACKGROUND_RGB[1]!) + Math.abs(p[k + 2]! - BACKGROUND_RGB[2]!) < 12

function foregroundFraction(p: Uint8Array): number {
  let count = 0
  for (let k = 0; k < p.length; k += 4) if (!isBackground(p, k)) count++
  return count / (p.length / 4)
}

function changedFraction(a: Uint8Array, b: Uint8Array): number {
  let count = 0
  for (let k = 0; k < a.length; k += 4) {
    if (Math.abs(a[k]! - b[k]!) + Math.abs(a[k + 1]! - b[k + 1]!) + Math.abs(a[k + 2]! - b[k + 2]!) > 24) count++
  }
  return count / (a.length / 4)
}

/** Convex hull (monotone chain), counter-clockwise. */
function convexHull(points: [number, number][]): [number, number][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const cross = (o: number[], a: number[], b: number[]) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!)
  const half = (list: [number, number][]) => {
    const out: [number, number][] = []
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop()
      out.push(p)
    }
    out.pop()
    return out
  }
  return [...half(sorted), ...half([...sorted].reverse())] // counter-clockwise
}

/** Signed distance-like test: how far (in pixels) a point lies outside a counter-clockwise convex polygon (0 if inside). */
function outsideBy(hull: [number, number][], x: number, y: number): number {
  let worst = 0
  for (let i = 0; i < hull.length; i++) {
    const [ax, ay] = hull[i]!
    const [bx, by] = hull[(i + 1) % hull.length]!
    const edge = Math.hypot(bx - ax, by - ay)
    const distance = -((bx - ax) * (y - ay) - (by - ay) * (x - ax)) / edge // > 0 right of the edge = outside
    worst = Math.max(worst, distance)
  }
  return worst
}

/** Foreground pixels farther than `tolerance` px outside the hull. */
function pixelsOutside(h: Harness, p: Uint8Array, hull: [number, number][], tolerance = 1.5): number {
  const width = h.state.gl.getContext().drawingBufferWidth
  let count = 0
  for (let k = 0; k < p.length; k += 4) {
    if (isBackground(p, k)) continue
    const i = (k / 4) % width
    const j = Math.floor(k / 4 / width)
    if (outsideBy(hull, i + 0.5, j + 0.5) > tolerance) count++
  }
  return count
}

const programCount = (h: Harness) => h.state.gl.info.programs?.length ?? 0

describe('SurfacePlot (GPU surface)', () => {
  it('draws the default view, and a parameter change only writes a uniform', async () => {
    const h = await mountSurface({ f: parse('sin(x)*cos(y) + a*x^2/8'), params: { a: 1 }, domain: square, showGrid: true })
    await h.screenshot('surface-default')
    await h.update({ showAxes: false })
    const before = h.pixels()
    expect(foregroundFraction(before)).toBeGreaterThan(0.1)

    const programs = programCount(h)
    const { geometry, material } = h.surface()
    const zRangeReports = h.zRanges.length
    await h.update({ params: { a: -1 } })
    expect(h.surface().material.uniforms.u_a!.value).toBe(-1)
    const after = h.pixels()
    expect(programCount(h)).toBe(programs) // no recompile
    expect(h.surface().material.uuid).toBe(material.uuid)
    expect(h.surface().geometry.uuid).toBe(geometry.uuid) // no geometry rebuild
    expect(changedFraction(before, after)).toBeGreaterThan(0.02)
    // Once the parameter rests (150 ms), the auto range refits to it: with a = −1 the bowl turns over, and f reaches
    // −1 − (π/2)²/8 ≈ −1.31 at (−π/2, 0), below the old floor (−1 + 0.31 with a = 1). A new report, not a new program.
    await until(() => h.zRanges.length > zRangeReports, 'the refit after the parameter rests')
    expect(programCount(h)).toBe(programs)
    expect(h.zRanges.at(-1)!.min).toBeLessThanOrEqual(-1.3)
    await h.update({ showAxes: true })
    await h.screenshot('surface-param-a-minus-1')
  })

  it('an expression change recompiles the material but keeps the geometry', async () => {
    const h = await mountSurface({ f: parse('sin(x)*cos(y)'), params: {}, domain: square, showAxes: false })
    const before = h.pixels()
    const { geometry, material } = h.surface()
    await h.update({ f: parse('x^2 - y^2') })
    const after = h.pixels()
    expect(h.surface().material.uuid).not.toBe(material.uuid)
    expect(h.surface().geometry.uuid).toBe(geometry.uuid)
    expect(changedFraction(before, after)).toBeGreaterThan(0.05)
    await h.update({ showAxes: true })
    await h.screenshot('surface-saddle')
  })

  it('reports the fitted z range, and a fixed range overrides it', async () => {
    const h = await mountSurface({ f: parse('sin(x)*cos(y)'), params: {}, domain: { xMin: -Math.PI, xMax: Math.PI, yMin: -Math.PI, yMax: Math.PI } })
    const fitted = h.zRanges.at(-1)!
    // The fit zooms in on the extremes ±1 and rounds out to a nice step: exactly [−1, 1], nothing cut.
    expect(fitted).toEqual({ min: -1, max: 1, clippedBelow: false, clippedAbove: false })
    await h.update({ zRange: { min: -5, max: 5 } })
    await until(() => h.zRanges.at(-1)?.max === 5, 'the fixed range report')
    expect(h.zRanges.at(-1)).toEqual({ min: -5, max: 5, clippedBelow: false, clippedAbove: false })
  })

  it.each([
    ['log(x) + y', square, { xMin: 0, xMax: 3, yMin: -3, yMax: 3 }, 'surface-log'],
    ['sqrt(1 - x^2 - y^2)', { xMin: -1.5, xMax: 1.5, yMin: -1.5, yMax: 1.5 }, { xMin: -1, xMax: 1, yMin: -1, yMax: 1 }, 'surface-hemisphere'],
    ['1/x + y/4', square, square, 'surface-pole'],
  ])('%s leaves its undefined region out and never leaves the box', async (text, domain, definedOn, name) => {
    const h = await mountSurface({ f: parse(text), params: {}, domain, showAxes: false })
    const p = h.pixels()
    expect(foregroundFraction(p)).toBeGreaterThan(0.03)
    const range = h.zRanges.at(-1)!
    // Map the region where f is defined into the plot box of `domain`, then project it: a spike or a garbage triangle
    // from an undefined vertex would land outside this hull.
    const transform = createPlotTransform(domain, range)
    const gl = h.state.gl.getContext()
    const corners: [number, number][] = []
    for (const x of [definedOn.xMin, definedOn.xMax])
      for (const y of [definedOn.yMin, definedOn.yMax])
        for (const z of [range.min, range.max]) {
          const w = transform.toWorld(x, y, z)
          const v = new THREE.Vector3(w.x, w.y, w.z).project(h.state.camera)
          corners.push([((v.x + 1) / 2) * gl.drawingBufferWidth, ((v.y + 1) / 2) * gl.drawingBufferHeight])
        }
    expect(pixelsOutside(h, p, convexHull(corners))).toBe(0)
    await h.update({ showAxes: true, showGrid: true })
    await h.screenshot(name)
  })

  it.each([16, 1024])('renders at resolution %i', async (resolution) => {
    const h = await mountSurface({ f: parse('sin(x)*cos(y)'), params: {}, domain: square, resolution, showAxes: false })
    expect(h.surface().geometry.getAttribute('position').count).toBe(resolution * resolution)
    expect(foregroundFraction(h.pixels())).toBeGreaterThan(0.1)
    await h.update({ showAxes: true, wireframe: resolution === 16 })
    await h.screenshot(`surface-resolution-${resolution}`)
  })

  it('the height legend shows the z range the surface reports', async () => {
    const container = document.createElement('div')
    container.style.cssText = `position:relative;width:${WIDTH}px;height:${HEIGHT}px;color:#c9d1d9`
    document.body.appendChild(container)
    const root = createRoot(container)
    mounted = { root, container }
    let state: RootState | undefined
    function PlotWithLegend() {
      const [range, setRange] = useState<Interval | null>(null)
      return (
        <>
          <Canvas frameloop="demand" camera={{ fov: 45 }} gl={{ preserveDrawingBuffer: true }} onCreated={(s) => (state = s)}>
            <color attach="background" args={[BACKGROUND]} />
            <SurfacePlot f={parse('exp(-(x^2 + y^2)/2) * 3')} params={{}} domain={square} showGrid onZRange={setRange} />
            <PlotControls />
          </Canvas>
          {range && <HeightLegend min={range.min} max={range.max} label="z = f(x, y)" style={{ position: 'absolute', right: 24, top: 24 }} />}
        </>
      )
    }
    root.render(<PlotWithLegend />)
    await until(() => container.querySelector('figure') !== null && state?.scene.getObjectByName(SURFACE_MESH_NAME) !== undefined, 'the legend')
    // exp(-r²/2)·3 on [-3, 3]² spans (0, 3]: with the 5% margin the range is about [-0.15, 3.15], ticks every 0.5.
    const labels = [...container.querySelectorAll('figure span')].map((e) => e.textContent)
    expect(labels).toEqual(['0', '0.5', '1.0', '1.5', '2.0', '2.5', '3.0'])
    expect((container.querySelector('[data-testid="height-legend-bar"]') as HTMLElement).style.background).toContain('linear-gradient')
    state!.gl.render(state!.scene, state!.camera)
    await page.screenshot({ element: container, path: '../../test-output/screenshots/surface-with-legend.png' })
  })
})
