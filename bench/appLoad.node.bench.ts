// Cold load of the built app, to the first frame with the surface in it, and the gzip size of each JS chunk.
// The app ships no timing probe: the page is watched from outside (an init script, see watchFirstSurfaceFrame).
// Builds with vite's build(), serves dist with vite's preview() on a free port, drives Chromium with playwright-core.
// Prints numbers; asserts nothing about time. It does throw if tfjs is found in the initial chunk: the first paint
// must never wait for TensorFlow.js (DESIGN.md), and that is a correctness property, not a timing.
import { it } from 'vitest'
import { build, preview } from 'vite'
import { chromium } from 'playwright-core'
import { gzipSync } from 'node:zlib'
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findChromium, CHROMIUM_ARGS } from '../scripts/findChromium.ts'

const root = resolve('.')
const dist = join(root, 'dist')
const RUNS = 3

it('app load: cold load to first surface frame, and chunk sizes', async () => {
  await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } })

  // Initial = the entry script and what index.html preloads; everything else under assets/ loads lazily.
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!))
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))
  console.log('\nchunk                                   kind      raw kB   gzip kB')
  for (const file of chunks.sort()) {
    const bytes = readFileSync(join(dist, 'assets', file))
    const kind = initial.has(file) ? 'initial' : 'lazy'
    console.log(`${file.padEnd(40)}${kind.padEnd(8)}${(bytes.length / 1024).toFixed(1).padStart(8)}${(gzipSync(bytes).length / 1024).toFixed(1).padStart(10)}`)
    if (kind === 'initial' && /@tensorflow|tfjs-core|registerKernel\(/.test(bytes.toString('utf8'))) {
      throw new Error(`TensorFlow.js is in the initial chunk ${file}: import it only from lazily loaded scenes (src/tensor).`)
    }
  }

  const server = await preview({ root, logLevel: 'warn', preview: { port: 0, strictPort: false }, build: { outDir: dist } })
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const times: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } }) // fresh cache each run
      const page = await context.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      await page.addInitScript(watchFirstSurfaceFrame)
      await page.goto(`http://localhost:${port}/#/explore`)
      times.push(await page.evaluate(() => (window as unknown as FirstFrameWindow).firstSurfaceFrame))
      if (errors.length) console.log('page errors:', errors)
      await context.close()
    }
    const sorted = [...times].sort((a, b) => a - b)
    console.log(`\ncold load to first surface frame (1280×720, SwiftShader, ${RUNS} runs): ` +
      `${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${sorted[Math.floor(RUNS / 2)]!.toFixed(0)} ms`)
  } finally {
    await browser.close()
    await new Promise<void>((done) => server.httpServer.close(() => done()))
  }
})

interface FirstFrameWindow {
  /** Resolves with performance.now() at the end of the first WebGL frame that covers ≥ 10 % of the canvas. */
  firstSurfaceFrame: Promise<number>
}

/**
 * Runs in the page before the app (page.addInitScript, allowed under the build's CSP). Every WebGL draw call notes
 * the time; on the next animation frame, if something was drawn, the canvas is read back small and the frame counts
 * as "the surface is on screen" once ≥ 10 % of its pixels are covered (axes and labels alone cover far less; the
 * canvas has no clear colour, so uncovered pixels are transparent). The time is that of the frame's last draw call.
 */
function watchFirstSurfaceFrame(): void {
  let lastDraw = 0
  let drawnSinceCheck = false
  const proto = WebGL2RenderingContext.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
    const original = proto[name]!
    proto[name] = function (this: unknown, ...args: unknown[]) {
      lastDraw = performance.now()
      drawnSinceCheck = true
      return original.apply(this, args)
    }
  }
  const probe = document.createElement('canvas')
  probe.width = probe.height = 64
  ;(window as unknown as FirstFrameWindow).firstSurfaceFrame = new Promise<number>((resolve) => {
    const check = () => {
      const canvas = document.querySelector('canvas')
      if (drawnSinceCheck && canvas && canvas.width > 0) {
        drawnSinceCheck = false
        const drawnAt = lastDraw
        const ctx = probe.getContext('2d', { willReadFrequently: true })!
        ctx.clearRect(0, 0, 64, 64)
        ctx.drawImage(canvas, 0, 0, 64, 64)
        const data = ctx.getImageData(0, 0, 64, 64).data
        let covered = 0
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) covered++
        if (covered >= 0.1 * 64 * 64) return resolve(drawnAt)
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  })
}
