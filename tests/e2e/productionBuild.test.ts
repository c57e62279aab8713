// The production build, end to end: vite builds the app, vite's preview serves it, and real Chromium (driven from
// Node by playwright-core) opens every scene of the scene list under the build's Content-Security-Policy, which has
// no 'unsafe-eval'. Each scene must draw into its canvas with no console error, page error or CSP violation, and
// swarm mode must load TF.js and run on its webgl backend under the same policy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, preview, type PreviewServer } from 'vite'
import { chromium, type Browser } from 'playwright-core'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { findChromium, CHROMIUM_ARGS } from '../../scripts/findChromium.ts'
import { SCENES } from '../../scenes/index.ts'

const root = resolve('.')
const outDir = join(root, 'test-output', 'e2e-dist')
let server: PreviewServer
let browser: Browser
let baseUrl = ''

beforeAll(async () => {
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  server = await preview({ root, logLevel: 'warn', preview: { port: 0, strictPort: false }, build: { outDir } })
  const address = server.httpServer.address()
  baseUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}/`
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
})

afterAll(async () => {
  await browser?.close()
  if (server) await new Promise<void>((done) => server.httpServer.close(() => done()))
})

/**
 * A fresh page that records what must not happen under the policy: console errors, page errors and CSP violations
 * (reported through the console, so one list holds all three).
 */
async function watchedPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
  })
  return { context, page, problems }
}

describe('production build', () => {
  it('ships a Content-Security-Policy without unsafe-eval', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8')
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(policy).toBeDefined()
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/'unsafe-eval'/)
  })

  it('ships no test probe', () => {
    // Frame bookkeeping for tests lives in tests/browser/frameProbe.ts; the load bench watches the page from outside.
    const assets = join(outDir, 'assets')
    for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(assets, file), 'utf8')
      expect(code, file).not.toContain('__firstSurfaceFrameMs')
      expect(code, file).not.toContain('first-surface-frame')
    }
  })

  it('a scene chunk that fails to load says so, and Retry loads it again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))
    // The Jacobian scene's chunk fails once (as if the network dropped), then loads normally.
    let failed = 0
    await page.route(/\/assets\/jacobian\.scene-[^/]+\.js$/, async (route) => {
      if (failed++ === 0) await route.abort('internetdisconnected')
      else await route.continue()
    })
    await page.goto(`${baseUrl}#/jacobian`)
    const alert = page.locator('[data-testid="scene-error"]')
    await alert.waitFor({ timeout: 60_000 })
    expect(await alert.getAttribute('data-kind')).toBe('load')
    expect(await alert.textContent()).toContain('could not be loaded')
    expect(await page.locator('.scene-nav').isVisible()).toBe(true)
    await page.screenshot({ path: join(root, 'test-output', 'screenshots', 'e2e-chunk-failed.png') })
    await alert.locator('button', { hasText: 'Retry' }).click()
    await page.waitForSelector('.side-panel h1:text("Jacobian of a 2D map")', { timeout: 60_000 })
    await page.waitForFunction(() => {
      const canvas = document.querySelector('.viewport canvas') as HTMLCanvasElement | null
      return canvas !== null && canvas.width > 0
    })
    expect(failed).toBeGreaterThanOrEqual(2)
    expect(await page.locator('[data-testid="scene-error"]').count()).toBe(0)
    expect(pageErrors).toEqual([])
    await context.close()
  })

  it('runs the symbolic worker under that policy: a heavy expression in a link is differentiated off the page', async () => {
    // The worker is its own file of our origin (worker-src 'self'), built by vite from src/app/symbolic/.
    expect(readdirSync(join(outDir, 'assets')).some((f) => /^symbolic\.worker.*\.js$/.test(f))).toBe(true)
    const { context, page, problems } = await watchedPage()
    // f″ of 50 nested sigmoids is past the page's fast-path budget: it can only come from the worker.
    const heavy = 'sigmoid('.repeat(50) + 'x' + ')'.repeat(50)
    await page.goto(`${baseUrl}#/tangent-line?f=${encodeURIComponent(heavy)}`)
    await page.waitForFunction(
      () => document.querySelector('.derivation-partial[data-variable="x"] .visually-hidden')?.textContent?.includes('sigmoid(sigmoid('),
      undefined,
      { timeout: 60_000 },
    )
    expect(await page.locator('[data-testid="expression-work-error"]').count()).toBe(0)
    expect(await page.textContent('[data-testid="expression-status"]')).toBe('')
    expect(problems).toEqual([])
    await context.close()
  })

  it('opens every scene under that policy: a drawn canvas, no errors, no policy violations', async () => {
    const { context, page, problems } = await watchedPage()
    for (const scene of SCENES) {
      await page.goto(`${baseUrl}#/${scene.id}`)
      // Drawn: the WebGL canvas exists and some pixel differs from the first one (the background).
      await page.waitForFunction(
        () => {
          const canvas = document.querySelector('canvas')
          if (!canvas || canvas.width === 0) return false
          const copy = document.createElement('canvas')
          copy.width = 64
          copy.height = 64
          const ctx = copy.getContext('2d')!
          ctx.drawImage(canvas, 0, 0, 64, 64)
          const data = ctx.getImageData(0, 0, 64, 64).data
          for (let i = 4; i < data.length; i += 4) {
            if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 30) return true
          }
          return false
        },
        undefined,
        { timeout: 60_000 },
      )
      expect(problems, `scene ${scene.id}`).toEqual([])
    }
    // TF.js loads only with swarm mode: run a small swarm on the webgl backend under the same policy.
    await page.goto(`${baseUrl}#/descent?swarm=1&swcount=64&swsteps=40`)
    // Swarm mode runs from the play button, like the race.
    await page.click('[data-testid="descent-play"]', { timeout: 60_000 })
    await page.waitForSelector('[data-testid="descent-swarm-status"][data-phase="done"], [data-testid="descent-swarm-status"][role="alert"]', {
      timeout: 120_000,
    })
    expect(await page.textContent('[data-testid="descent-swarm-status"]')).toMatch(/swarm on webgl: step 40 \/ 40/)
    expect(problems, 'swarm mode').toEqual([])
    // The landscape lab computes in its module worker (TF.js webgl through an OffscreenCanvas) under the same policy.
    await page.goto(`${baseUrl}#/landscape?data=moons&model=logistic&steps=20&on_momentum=0&on_adam=1&n=11&dirs=random&fit=0`)
    await page.waitForSelector('[data-testid="landscape-actions"][data-phase="done"], [data-testid="landscape-panel"] [role="alert"]', { timeout: 180_000 })
    expect(await page.textContent('[data-testid="landscape-backend"]')).toMatch(/webgl\s*in a worker/)
    expect(problems, 'landscape lab').toEqual([])
    await context.close()
  })

  it('ships the landscape worker and the TF.js wasm binaries as assets of our own origin', () => {
    const assets = readdirSync(join(outDir, 'assets'))
    expect(assets.filter((f) => /^landscape\.worker-.*\.js$/.test(f))).toHaveLength(1)
    for (const name of ['tfjs-backend-wasm', 'tfjs-backend-wasm-simd']) {
      expect(assets.some((f) => new RegExp(`^${name}-[\\w-]+\\.wasm$`).test(f)), name).toBe(true)
    }
  })

  it('opens every chapter of the text under that policy: typeset, an answer checked, a live figure drawn', async () => {
    const { context, page, problems } = await watchedPage()
    for (const chapter of [1, 2, 3, 4]) {
      await page.goto(`${baseUrl}#/chapter/${chapter}`)
      await page.waitForSelector('.course-article .katex', { timeout: 60_000 })
      expect(await page.locator('.course-article .katex-error').count(), `chapter ${chapter}`).toBe(0)
    }
    await page.goto(`${baseUrl}#/notation`)
    await page.waitForSelector('.course-article table .katex')
    // An answer checked by the math core in the built bundle (closures, no eval).
    await page.goto(`${baseUrl}#/chapter/1?at=ex-1.6`)
    const box = page.locator('#exercise-1\\.6 .answer-box')
    await box.locator('input').fill('2x sin(x) + x^2 cos(x)')
    await box.locator('input').press('Enter')
    await page.waitForSelector('#exercise-1\\.6 .answer-box.is-correct')
    // A live figure: the scene's View inside the text draws into its own canvas.
    await page.goto(`${baseUrl}#/chapter/1?at=1.2`)
    await page.locator('#section-1\\.2 figure.scene-figure .figure-actions button').first().click()
    await page.waitForSelector('#section-1\\.2 figure.scene-figure canvas', { timeout: 60_000 })
    expect(problems, 'the text').toEqual([])
    await context.close()
  })
})
