// Bench: one parameter change through to the next rendered frame, at 1280×720 in real Chromium (SwiftShader here).
//   GPU path: write the uniform u_a, render, read back one pixel (to wait for the GPU).
//   CPU path: what a CPU plotter does: evaluate f and its gradient with compile() on the N×N grid, rebuild positions,
//             normals and height colours, upload the BufferGeometry, render, read back one pixel.
// Both paths draw the same function on the same canvas, in the same run, at N = 256 and 512. Prints ms per change and
// the ratio; asserts nothing about time (numbers depend on the machine).
import { describe, expect, it } from 'vitest'
import * as THREE from 'three'
import { parse, compile, gradient } from '../src/math/expr/index.ts'
import { createPlotTransform, defaultCameraPosition, fitZRange, sampleGrid, viridis } from '../src/math/plot/index.ts'
import { surfaceGlslFromExpr } from '../src/render/surfaceShaderSource.ts'
import { createSurfaceMaterial, setSurfaceFrame, setSurfaceParameters } from '../src/render/surfaceMaterial.ts'
import { createGridGeometry } from '../src/render/gridGeometry.ts'

const WIDTH = 1280
const HEIGHT = 720
const RESOLUTIONS = [256, 512]
const WARMUP = 2
const CHANGES = 6
const domain = { xMin: -3, xMax: 3, yMin: -3, yMax: 3 }
const f = parse('sin(x)*cos(y) + a*x^2/8')

function setup() {
  const canvas = document.createElement('canvas')
  canvas.width = WIDTH
  canvas.height = HEIGHT
  document.body.appendChild(canvas)
  const renderer = new THREE.WebGLRenderer({ canvas, antialias: false })
  renderer.setPixelRatio(1)
  renderer.setSize(WIDTH, HEIGHT, false)
  const camera = new THREE.PerspectiveCamera(45, WIDTH / HEIGHT, 0.05, 50)
  const range = fitZRange(sampleGrid((x, y) => compile(f)({ x, y, a: 1 }), domain, 64))
  const transform = createPlotTransform(domain, range)
  const p = defaultCameraPosition(transform.halfExtent, 45, WIDTH / HEIGHT)
  camera.up.set(0, 0, 1)
  camera.position.set(p.x, p.y, p.z)
  camera.lookAt(0, 0, 0)
  const pixel = new Uint8Array(4)
  const gl = renderer.getContext()
  const frame = (scene: THREE.Scene) => {
    renderer.render(scene, camera)
    gl.readPixels(WIDTH / 2, HEIGHT / 2, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel) // waits for the frame to finish
    return pixel[0]! + pixel[1]! + pixel[2]!
  }
  return { renderer, camera, transform, frame, canvas }
}

/** Median and mean of the ms per change after warm-up. */
function measure(change: (k: number) => void): { median: number; mean: number } {
  const times: number[] = []
  for (let k = 0; k < WARMUP + CHANGES; k++) {
    const start = performance.now()
    change(k)
    const ms = performance.now() - start
    if (k >= WARMUP) times.push(ms)
  }
  const sorted = [...times].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, mean: times.reduce((s, t) => s + t, 0) / times.length }
}

const paramAt = (k: number) => 1 + 0.5 * Math.sin(k) // a different value every change

describe('surface parameter change: GPU uniform vs CPU re-sample', () => {
  it('prints ms per change and the ratio at 256² and 512²', () => {
    const { renderer, transform, frame, canvas } = setup()
    const rows: string[] = []
    let brightness = 0
    for (const n of RESOLUTIONS) {
      // GPU path: the real SurfacePlot material and grid; a change is one uniform write.
      const gpuScene = new THREE.Scene()
      const expression = surfaceGlslFromExpr(f)
      const material = createSurfaceMaterial(expression)
      setSurfaceFrame(material, transform, { x: 1, y: 1 }, n)
      const gpuMesh = new THREE.Mesh(createGridGeometry(n), material)
      gpuMesh.frustumCulled = false
      gpuScene.add(gpuMesh)
      const gpu = measure((k) => {
        setSurfaceParameters(material, expression.parameters, { a: paramAt(k) })
        brightness += frame(gpuScene)
      })

      // CPU path: float64 closures for f, ∂f/∂x, ∂f/∂y; positions, analytic normals and colours rebuilt every change.
      const evaluate = compile(f)
      const [fx, fy] = gradient(f, ['x', 'y']).map(compile)
      const positions = new Float32Array(n * n * 3)
      const normals = new Float32Array(n * n * 3)
      const colors = new Float32Array(n * n * 3)
      const cpuGeometry = createGridGeometry(n)
      cpuGeometry.setAttribute('position', new THREE.BufferAttribute(positions, 3))
      cpuGeometry.setAttribute('normal', new THREE.BufferAttribute(normals, 3))
      cpuGeometry.setAttribute('color', new THREE.BufferAttribute(colors, 3))
      const cpuScene = new THREE.Scene()
      cpuScene.add(new THREE.Mesh(cpuGeometry, new THREE.MeshLambertMaterial({ vertexColors: true, side: THREE.DoubleSide })))
      cpuScene.add(new THREE.AmbientLight(0xffffff, 0.6), new THREE.DirectionalLight(0xffffff, 1.5))
      const scope = { x: 0, y: 0, a: 1 }
      const world = { x: 0, y: 0, z: 0 }
      const { zRange } = transform
      let sampleMs = 0
      const cpu = measure((k) => {
        const sampleStart = performance.now()
        scope.a = paramAt(k)
        for (let j = 0; j < n; j++) {
          for (let i = 0; i < n; i++) {
            scope.x = domain.xMin + ((domain.xMax - domain.xMin) * i) / (n - 1)
            scope.y = domain.yMin + ((domain.yMax - domain.yMin) * j) / (n - 1)
            const z = evaluate(scope)
            const v = 3 * (j * n + i)
            transform.toWorld(scope.x, scope.y, z, world)
            positions[v] = world.x
            positions[v + 1] = world.y
            positions[v + 2] = world.z
            transform.normalFromGradient(fx!(scope), fy!(scope), world)
            normals[v] = world.x
            normals[v + 1] = world.y
            normals[v + 2] = world.z
            const [r, g, b] = viridis((z - zRange.min) / (zRange.max - zRange.min))
            colors[v] = r
            colors[v + 1] = g
            colors[v + 2] = b
          }
        }
        if (k >= WARMUP) sampleMs += performance.now() - sampleStart
        cpuGeometry.attributes.position!.needsUpdate = true
        cpuGeometry.attributes.normal!.needsUpdate = true
        cpuGeometry.attributes.color!.needsUpdate = true
        brightness += frame(cpuScene)
      })
      // The same frames without any change: what each path's drawing alone costs on this GPU.
      const gpuFrame = measure(() => (brightness += frame(gpuScene)))
      const cpuFrame = measure(() => (brightness += frame(cpuScene)))
      rows.push(
        `${n}²: GPU uniform ${gpu.median.toFixed(1)} ms (mean ${gpu.mean.toFixed(1)}), ` +
          `CPU re-sample ${cpu.median.toFixed(1)} ms (mean ${cpu.mean.toFixed(1)}), ` +
          `CPU/GPU ${(cpu.median / gpu.median).toFixed(2)}×\n` +
          `      of which: JS sampling on the main thread ${(sampleMs / CHANGES).toFixed(1)} ms (CPU path) vs 0 (GPU path); ` +
          `frame alone: per-pixel surface shader ${gpuFrame.median.toFixed(1)} ms, Lambert mesh ${cpuFrame.median.toFixed(1)} ms`,
      )
      material.dispose()
      gpuMesh.geometry.dispose()
      cpuGeometry.dispose()
    }
    console.log(
      `\nsurface parameter change → next frame, ${WIDTH}×${HEIGHT}, median of ${CHANGES} after ${WARMUP} warm-up ` +
        `(${navigator.userAgent.includes('Headless') ? 'headless ' : ''}${renderer.getContext().getParameter(renderer.getContext().VERSION)})\n` +
        rows.join('\n'),
    )
    // Not a timing assertion: only that frames were really drawn and read back.
    expect(brightness).toBeGreaterThan(0)
    renderer.dispose()
    canvas.remove()
  })
})
