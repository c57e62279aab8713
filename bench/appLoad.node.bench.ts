// Cold load of the built app, to the first frame with the surface in it, and the gzip size of each JS chunk.
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
      await page.goto(`http://localhost:${port}/#/explore`)
      await page.waitForFunction(() => typeof window.__firstSurfaceFrameMs === 'number', undefined, { timeout: 120_000 })
      times.push(await page.evaluate(() => window.__firstSurfaceFrameMs!))
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
