// Bench: how smooth the page stays while the landscape lab computes a 51×51 grid, TF.js in the module worker vs the
// main-thread fallback (same pipeline, same backend, runs interleaved). Printed per run: the longest gap between two
// requestAnimationFrame callbacks during the grid, the 95th-percentile gap, frames drawn, the main thread's long tasks
// (PerformanceObserver 'longtask', > 50 ms of script), and the grid's own time. The target: a frame at least
// every 100 ms. On this machine WebGL is SwiftShader (a CPU rasterizer shared by every context), so figures are noisy.
import { describe, expect, it } from 'vitest'
import { LandscapeRuntime, type LandscapeConfig } from '../scenes/lab/landscape/landscapeRuntime.ts'
import type { BackendName } from '../src/tensor/backend.ts'
import type { HostKind } from '../src/tensor/landscapeProtocol.ts'

const CONFIG: LandscapeConfig = {
  problem: { dataset: 'spirals', model: 'mlp', activation: 'tanh', dataSeed: 1 },
  seed: 1,
  steps: 20,
  optimizers: [{ name: 'adam', lr: 0.01 }],
  reference: 'adam',
  directions: 'random',
  directionSeed: 3,
  resolution: 51,
  fit: false,
  alpha: [-1, 1],
  beta: [-1, 1],
}

interface Smoothness {
  longest: number
  p95: number
  frames: number
  longTasks: number
  longTaskMs: number
  gridMs: number
  backend: string
}

async function measure(host: HostKind, backends: readonly BackendName[]): Promise<Smoothness> {
  const runtime = new LandscapeRuntime({ host, backends })
  const tasks: number[] = []
  let inGrid = false
  const observer = new PerformanceObserver((list) => {
    if (inGrid) for (const e of list.getEntries()) tasks.push(e.duration)
  })
  observer.observe({ type: 'longtask', buffered: false })
  const gaps: number[] = []
  let gridStart = 0
  let gridEnd = 0
  try {
    const run = runtime.start(CONFIG)
    let last = -1
    let watching = true
    const frame = (now: number) => {
      const phase = runtime.status.get().phase
      if (phase === 'grid') {
        if (!inGrid) {
          inGrid = true
          gridStart = now
        } else gaps.push(now - last)
        last = now
      } else if (inGrid) {
        gaps.push(now - last)
        inGrid = false
        gridEnd = now
        watching = false
      }
      if (watching && !['done', 'error', 'cancelled'].includes(phase)) requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
    await run
    const status = runtime.status.get()
    if (status.phase !== 'done') throw new Error(`${host}: the run ended ${status.phase}: ${status.message}`)
    const sorted = [...gaps].sort((a, b) => a - b)
    return {
      longest: sorted.at(-1) ?? NaN,
      p95: sorted[Math.floor(0.95 * (sorted.length - 1))] ?? NaN,
      frames: gaps.length,
      longTasks: tasks.length,
      longTaskMs: tasks.reduce((a, b) => a + b, 0),
      gridMs: gridEnd - gridStart,
      backend: status.backend,
    }
  } finally {
    observer.disconnect()
    runtime.dispose()
  }
}

const line = (host: string, s: Smoothness) =>
  `  ${host.padEnd(12)} ${s.backend.padEnd(6)} grid ${(s.gridMs / 1000).toFixed(1).padStart(5)} s · frames ${String(s.frames).padStart(4)} · ` +
  `longest gap ${s.longest.toFixed(0).padStart(5)} ms · p95 ${s.p95.toFixed(0).padStart(4)} ms · long tasks ${s.longTasks} (${s.longTaskMs.toFixed(0)} ms)`

describe('landscape: main-thread smoothness during a 51×51 grid, worker vs main thread', () => {
  for (const backends of [['webgl'], ['wasm']] as const) {
    it(`prints frame gaps on ${backends[0]}`, async () => {
      const rows: string[] = []
      // Interleaved, twice each: the first run of a host also pays for loading TF.js and compiling shaders.
      for (const round of [1, 2]) {
        for (const host of ['worker', 'main thread'] as const) {
          const s = await measure(host, backends)
          rows.push(`${line(host, s)}${round === 1 ? ' (cold)' : ''}`)
          expect(s.backend).toBe(backends[0])
          expect(s.frames).toBeGreaterThan(0)
        }
      }
      console.log(`landscape 51×51 grid, spirals MLP (337 parameters, 400 points), ${backends[0]}:\n${rows.join('\n')}`)
    })
  }
})
