// Helpers for whole-app browser tests: mount <App/> at a given hash, wait for the canvas to settle, read its pixels.
import { createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { App } from '../../src/app/App.tsx'
import { frameStats } from './frameProbe.ts'

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export interface Mounted {
  readonly host: HTMLElement
  readonly errors: string[]
  unmount(): void
}

/**
 * Mounts the whole app with location.hash set first, and records console errors and uncaught errors. `onModel` is told
 * each scene's model (what the scene's useModel returned) as it changes. The app gets a 1280×800 box unless `fill` is
 * set, when it fills the page (for tests that resize the page, like layout.test.tsx).
 */
export function mountApp(
  hash: string,
  onModel?: (sceneId: string, model: unknown) => void,
  { fill = false }: { fill?: boolean } = {},
): Mounted {
  history.replaceState(null, '', hash)
  // A new app draws its own first frame: without this, settle() could return on the previous app's frame count.
  frameStats.frames = 0
  frameStats.firstSurfaceFrameMs = null
  const errors: string[] = []
  const originalError = console.error
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '))
    originalError(...args)
  }
  const onError = (e: ErrorEvent) => errors.push(`uncaught: ${e.message}`)
  window.addEventListener('error', onError)
  const host = document.createElement('div')
  host.style.cssText = fill ? 'position:fixed;inset:0' : 'position:fixed;inset:0;width:1280px;height:800px'
  document.body.appendChild(host)
  const root: Root = createRoot(host)
  root.render(createElement(App, { onModel }))
  return {
    host,
    errors,
    unmount() {
      root.unmount()
      host.remove()
      console.error = originalError
      window.removeEventListener('error', onError)
    },
  }
}

export async function waitFor<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = probe()
    if (value) return value
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await sleep(50)
  }
}

/** Waits until the canvas has drawn and then stopped drawing for a while (frameloop="demand"). */
export async function settle(): Promise<void> {
  await waitFor(() => frameStats.firstSurfaceFrameMs !== null, 'the first surface frame')
  let last = -1
  while (frameStats.frames !== last) {
    last = frameStats.frames
    await sleep(400)
  }
}

export function canvasOf(host: HTMLElement): HTMLCanvasElement {
  const canvas = host.querySelector('.viewport canvas')
  if (!(canvas instanceof HTMLCanvasElement)) throw new Error('no canvas in the viewport')
  return canvas
}

/** RGBA of the canvas (preserveDrawingBuffer keeps the last frame readable). */
export function pixelsOf(canvas: HTMLCanvasElement): Uint8ClampedArray {
  const copy = document.createElement('canvas')
  copy.width = canvas.width
  copy.height = canvas.height
  const ctx = copy.getContext('2d')!
  ctx.drawImage(canvas, 0, 0)
  return ctx.getImageData(0, 0, copy.width, copy.height).data
}

/** Fraction of pixels that are not the cleared background (transparent: the canvas has no clear colour). */
export function coveredFraction(pixels: Uint8ClampedArray): number {
  let covered = 0
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) covered++
  return covered / (pixels.length / 4)
}

/** Fraction of pixels whose RGBA differ by more than 8 in any channel. */
export function differingFraction(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) return 1
  let differing = 0
  for (let i = 0; i < a.length; i += 4) {
    if (Math.abs(a[i]! - b[i]!) > 8 || Math.abs(a[i + 1]! - b[i + 1]!) > 8 || Math.abs(a[i + 2]! - b[i + 2]!) > 8 || Math.abs(a[i + 3]! - b[i + 3]!) > 8) differing++
  }
  return differing / (a.length / 4)
}

export function queryOf(hash: string): Map<string, string> {
  const q = hash.indexOf('?')
  return new Map(
    hash.slice(q + 1).split('&').map((pair) => {
      const eq = pair.indexOf('=')
      return [pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1))] as [string, string]
    }),
  )
}
