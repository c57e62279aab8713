// `npm run record`: frame-exact video or a still of any view, headless. It checks the arguments, builds the app if
// needed, serves the build on a free local port, opens it in the system Chromium (playwright-core) with the animation
// clock in manual mode, and has the page record (src/app/recorderApi.ts). The file is written under a temporary name
// beside FILE and renamed only when complete, so a failure never leaves a half-written FILE behind.
import { closeSync, openSync, renameSync, rmSync, writeSync, readFileSync, existsSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { preview } from 'vite'
import { chromium } from 'playwright-core'
import { findChromium, CHROMIUM_ARGS } from '../findChromium.ts'
import { framesFor, RecordSpecError, type VideoFormat } from '../../src/state/recordSpec.ts'
import type { HeadlessRecorder, HeadlessResult, HeadlessShot } from '../../src/app/recorderApi.ts'
import { parseRecordArgs, USAGE, type RecordArgs } from './args.ts'
import { parseStoryboard } from './storyboard.ts'
import { buildIfNeeded } from './buildIfNeeded.ts'

export interface RecordOptions {
  /** The project root (where index.html is). */
  readonly root: string
  /** Where the production build lives (built there when stale). */
  readonly outDir: string
  readonly log: (line: string) => void
}

const DEFAULT_SIZE = { width: 1280, height: 720 }
const DEFAULT_FPS = 30
const DEFAULT_FRAMES = 60
const READ_PIECE = 4 << 20

type Job =
  | { kind: 'video'; format: VideoFormat; width: number; height: number; fps: number; shots: HeadlessShot[] }
  | { kind: 'png'; width: number; height: number; link: string; caption: string | null }

/** Everything that can be checked before a browser starts. */
export function planJob(args: RecordArgs): Job {
  if (args.kind === 'png') {
    const size = args.size ?? DEFAULT_SIZE
    return { kind: 'png', ...size, link: args.link!, caption: args.caption }
  }
  if (args.storyboard) {
    if (!existsSync(args.storyboard)) throw new RecordSpecError(`storyboard '${args.storyboard}' does not exist`)
    const board = parseStoryboard(readFileSync(args.storyboard, 'utf8'), args.fps)
    const fps = board.fps ?? DEFAULT_FPS
    return { kind: 'video', format: args.kind, ...(args.size ?? board.size ?? DEFAULT_SIZE), fps, shots: [...board.shots] }
  }
  const fps = args.fps ?? DEFAULT_FPS
  const frames = args.frames ?? (args.seconds !== null ? framesFor(args.seconds, fps) : DEFAULT_FRAMES)
  return {
    kind: 'video',
    format: args.kind,
    ...(args.size ?? DEFAULT_SIZE),
    fps,
    shots: [{ link: args.link!, frames, orbit: args.orbit, caption: args.caption, play: args.play }],
  }
}

/** Opens the temporary file beside `out` (which proves the folder is writable before any work is done). */
function openPartial(out: string): { path: string; fd: number } {
  const dir = dirname(out)
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RecordSpecError(`cannot write '${out}': the folder '${dir}' does not exist`)
  if (existsSync(out) && statSync(out).isDirectory()) throw new RecordSpecError(`cannot write '${out}': it is a folder`)
  const path = join(dir, `.${basename(out)}.partial-${process.pid}`)
  try {
    return { path, fd: openSync(path, 'w') }
  } catch (error) {
    throw new RecordSpecError(`cannot write '${out}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

/** Records as `argv` says. Resolves to the exit code; messages go to `log`. */
export async function runRecord(argv: readonly string[], options: RecordOptions): Promise<number> {
  const { log } = options
  let job: Job
  let out: string
  try {
    const args = parseRecordArgs(argv)
    job = planJob(args)
    out = resolve(args.out)
  } catch (error) {
    if (error instanceof RecordSpecError) {
      log(`record: ${error.message}\n${USAGE}`)
      return 2
    }
    throw error
  }
  let partial: { path: string; fd: number }
  try {
    partial = openPartial(out)
  } catch (error) {
    log(`record: ${(error as Error).message}`)
    return 2
  }
  let server: Awaited<ReturnType<typeof preview>> | null = null
  let browser: Awaited<ReturnType<typeof chromium.launch>> | null = null
  let complete = false
  try {
    await buildIfNeeded(options.root, options.outDir, log)
    server = await preview({ root: options.root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }, build: { outDir: options.outDir } })
    const address = server.httpServer.address()
    const port = typeof address === 'object' && address ? address.port : 0
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    const page = await browser.newPage({ viewport: { width: job.width, height: job.height }, deviceScaleFactor: 1 })
    const pageErrors: string[] = []
    page.on('pageerror', (e) => pageErrors.push(e.message))
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text())
    })
    await page.addInitScript(() => {
      window.__workbenchManualClock = true
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`))
    })
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => window.__workbenchRecorder !== undefined, undefined, { timeout: 60_000 })
    const total = job.kind === 'video' && job.shots.every((s) => s.frames !== 'until-end') ? job.shots.reduce((n, s) => n + (s.frames as number), 0) : null
    const ticker = setInterval(() => {
      void page
        .evaluate(() => window.__workbenchRecorder!.progress())
        .then((n) => log(`  frame ${n}${total ? ` / ${total}` : ''}`))
        .catch(() => {})
    }, 5000)
    let result: HeadlessResult
    try {
      result =
        job.kind === 'video'
          ? await page.evaluate((request) => window.__workbenchRecorder!.video(request), {
              format: job.format, width: job.width, height: job.height, fps: job.fps, shots: job.shots,
            })
          : await page.evaluate((request) => window.__workbenchRecorder!.still(request), {
              link: job.link, width: job.width, height: job.height, caption: job.caption,
            })
    } finally {
      clearInterval(ticker)
    }
    if (!result.ok) {
      log(`record: ${result.error}`)
      if (pageErrors.length > 0) log(`  page errors:\n    ${pageErrors.join('\n    ')}`)
      return 1
    }
    for (let offset = 0; offset < result.bytes; offset += READ_PIECE) {
      const piece = await page.evaluate(([o, n]) => window.__workbenchRecorder!.read(o!, n!), [offset, READ_PIECE])
      writeSync(partial.fd, Buffer.from(piece, 'base64'))
    }
    closeSync(partial.fd)
    renameSync(partial.path, out)
    complete = true
    if (pageErrors.length > 0) log(`warning: the page reported errors while recording:\n    ${pageErrors.join('\n    ')}`)
    log(`wrote ${out}: ${job.kind === 'video' ? `${result.frames} frames at ${job.fps} fps, ` : ''}${job.width}×${job.height}, ${result.bytes} bytes`)
    return 0
  } catch (error) {
    log(`record: ${(error as Error).message}`)
    return 1
  } finally {
    if (!complete) {
      try {
        closeSync(partial.fd)
      } catch {
        // already closed
      }
      rmSync(partial.path, { force: true })
    }
    await browser?.close()
    if (server) await new Promise<void>((done) => server!.httpServer.close(() => done()))
  }
}

export type { HeadlessRecorder }
