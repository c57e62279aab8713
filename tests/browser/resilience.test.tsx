// Resilience of the shell in real Chromium: a lost WebGL context comes back with the scene redrawn
// (WEBGL_lose_context: lose, restore, the same pixels), a context that stays lost offers a new canvas, a scene chunk
// that fails to load says so and Retry really loads it again, and a scene that throws inside the canvas is replaced
// by a message while the page around it keeps working. Screenshots go to test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import type { ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { SceneErrorBoundary } from '../../src/app/SceneErrorBoundary.tsx'
import { SceneHost } from '../../src/app/SceneHost.tsx'
import type { Scene, SceneEntry } from '../../scenes/sceneDefinition.ts'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, settle, waitFor, type Mounted } from './appHarness.ts'
import { frameStats } from './frameProbe.ts'

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })

let app: Mounted | null = null
let cleanup: (() => void) | null = null
afterEach(() => {
  app?.unmount()
  app = null
  cleanup?.()
  cleanup = null
})

/** Waits for a frame drawn after `since`, then for the canvas to stop drawing. */
async function redrawnSince(since: number): Promise<void> {
  await waitFor(() => frameStats.frames > since, 'a frame after the change')
  await settle()
}

function loseContextOf(canvas: HTMLCanvasElement): WEBGL_lose_context {
  const gl = canvas.getContext('webgl2')
  const ext = gl?.getExtension('WEBGL_lose_context')
  if (!gl || !ext) throw new Error('WEBGL_lose_context is not available on this canvas')
  return ext
}

describe('WebGL context loss', () => {
  it('is restored with the scene redrawn: lose, restore, the same pixels', async () => {
    app = mountApp('#/explore')
    await settle()
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    expect(coveredFraction(before)).toBeGreaterThan(0.1)
    await shot('resilience-before-loss')

    const ext = loseContextOf(canvas)
    ext.loseContext()
    const notice = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="context-lost"]'), 'the context-lost notice')
    expect(notice.textContent).toMatch(/graphics context was lost/i)
    // While lost, the canvas shows nothing: the comparison below can tell a redrawn scene from an empty one.
    const whileLost = pixelsOf(canvas)
    expect(differingFraction(before, whileLost)).toBeGreaterThan(0.1)
    await shot('resilience-context-lost')

    const frames = frameStats.frames
    ext.restoreContext()
    await waitFor(() => !app!.host.querySelector('[data-testid="context-lost"]'), 'the notice to go once restored')
    await redrawnSince(frames)
    // Frame-on-demand: without the redraw after 'webglcontextrestored' the canvas would stay empty.
    const after = pixelsOf(canvasOf(app.host))
    await shot('resilience-context-restored')
    expect(canvasOf(app.host)).toBe(canvas)
    expect(coveredFraction(after)).toBeGreaterThan(0.1)
    // The same picture. Not pixel for pixel: after a restore SwiftShader draws edges without multisampling (it still
    // reports 4 samples), so about 1.4% of the pixels, all on lines, text and silhouettes, differ by more than 8.
    // A surface left undrawn would differ on about 15%.
    expect(coveredFraction(after)).toBeCloseTo(coveredFraction(before), 2)
    expect(differingFraction(before, after)).toBeLessThan(0.03)
    expect(app.errors).toEqual([])
  })

  it('a context that stays lost offers a new canvas, which draws the scene', async () => {
    app = mountApp('#/jacobian')
    await settle()
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    loseContextOf(canvas).loseContext()
    const restart = await waitFor(
      () => app!.host.querySelector<HTMLButtonElement>('[data-testid="context-lost"] button'),
      'the offer to restart the view',
      15_000,
    )
    await shot('resilience-context-stuck')
    const frames = frameStats.frames
    await userEvent.click(restart)
    await waitFor(() => app!.host.querySelector('.viewport canvas') !== canvas, 'a new canvas')
    await redrawnSince(frames)
    expect(app.host.querySelector('[data-testid="context-lost"]')).toBeNull()
    expect(differingFraction(before, pixelsOf(canvasOf(app.host)))).toBeLessThan(0.03)
    expect(app.errors).toEqual([])
  })
})

/** Mounts one scene entry the way App does (inside the error boundary), beside a stand-in for the app's header. */
function mountScene(entry: SceneEntry): { host: HTMLElement; errors: string[] } {
  history.replaceState(null, '', `#/${entry.id}`)
  const errors: string[] = []
  const originalError = console.error
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
  }
  // @react-three/fiber reports an error it catches inside the canvas with reportError (a window 'error' event) before
  // it re-throws it into the page's tree, where the boundary catches it; it lands here.
  const onError = (e: ErrorEvent) => errors.push(`reported: ${e.message}`)
  window.addEventListener('error', onError)
  const host = document.createElement('div')
  host.style.cssText = 'position:fixed;inset:0;width:1280px;height:800px;display:flex;flex-direction:column'
  document.body.appendChild(host)
  const root: Root = createRoot(host)
  root.render(
    <div className="app">
      <header className="app-header" data-testid="shell">
        the rest of the app
      </header>
      <main className="app-main">
        <SceneErrorBoundary title={entry.title}>
          <SceneHost entry={entry} query="" onUrlWrite={() => {}} />
        </SceneErrorBoundary>
      </main>
    </div>,
  )
  cleanup = () => {
    root.unmount()
    host.remove()
    console.error = originalError
    window.removeEventListener('error', onError)
  }
  return { host, errors }
}

const explore = (): Promise<Scene> => import('../../scenes/lab/explore.scene.tsx').then((m) => m.default)

describe('scene error boundary', () => {
  it('a chunk that fails to load says so, and Retry loads it again', async () => {
    let calls = 0
    const entry: SceneEntry = {
      id: 'flaky-explore',
      chapter: 'lab',
      title: 'Flaky explore',
      section: 'test',
      module: './lab/explore.scene.tsx',
      load: async () => {
        calls++
        if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module: /assets/explore.scene-abc.js')
        return { default: await explore() }
      },
    }
    const { host, errors } = mountScene(entry)
    const alert = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="scene-error"]'), 'the error message')
    expect(alert.dataset.kind).toBe('load')
    expect(alert.textContent).toContain('“Flaky explore” could not be loaded')
    expect(alert.textContent).toContain('Failed to fetch dynamically imported module')
    expect(host.querySelector('[data-testid="shell"]')).not.toBeNull()
    await shot('resilience-chunk-failed')

    const frames = frameStats.frames
    await userEvent.click(alert.querySelector('button')!)
    await waitFor(() => host.querySelector('.side-panel h1')?.textContent === 'Flaky explore', 'the scene after Retry')
    await redrawnSince(frames)
    expect(calls).toBe(2)
    expect(host.querySelector('[data-testid="scene-error"]')).toBeNull()
    expect(coveredFraction(pixelsOf(canvasOf(host)))).toBeGreaterThan(0.1)
    expect(errors.filter((e) => !e.includes('Failed to fetch dynamically imported module'))).toEqual([])
  })

  it('a scene that throws inside the canvas is replaced by a message; the page around it stays; Retry remounts it', async () => {
    let broken = true
    const base = await explore()
    // The explore scene, with its View (inside the canvas) wrapped in a component that throws while `broken`.
    const Throwing = ({ children }: { children: ReactNode }) => {
      if (broken) throw new Error('surface exploded at (0, 0)')
      return <>{children}</>
    }
    const scene: Scene = {
      ...base,
      useParts(state, host) {
        const parts = base.useParts(state, host)
        return { ...parts, view: <Throwing>{parts.view}</Throwing> }
      },
    }
    const entry: SceneEntry = {
      id: 'throwing-explore',
      chapter: 'lab',
      title: 'Throwing explore',
      section: 'test',
      module: './lab/explore.scene.tsx',
      load: async () => ({ default: scene }),
    }
    const { host, errors } = mountScene(entry)
    const alert = await waitFor(() => host.querySelector<HTMLElement>('[data-testid="scene-error"]'), 'the error message')
    expect(alert.dataset.kind).toBe('crash')
    expect(alert.textContent).toContain('“Throwing explore” stopped with an error')
    expect(alert.textContent).toContain('surface exploded at (0, 0)')
    expect(host.querySelector('[data-testid="shell"]')?.textContent).toBe('the rest of the app')
    expect(errors.some((e) => e.includes('surface exploded'))).toBe(true)
    await shot('resilience-scene-threw')

    broken = false
    const frames = frameStats.frames
    await userEvent.click(alert.querySelector('button')!)
    await waitFor(() => host.querySelector('.viewport canvas'), 'the scene after Retry')
    await redrawnSince(frames)
    expect(host.querySelector('[data-testid="scene-error"]')).toBeNull()
    expect(coveredFraction(pixelsOf(canvasOf(host)))).toBeGreaterThan(0.1)
  })
})
