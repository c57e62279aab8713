// `npm run record`, end to end: the script builds the app, serves it, records in headless Chromium and writes the
// file; the test decodes what was written (mediabunny's demuxer in Node, WebCodecs in Chromium): the exact frame
// count, size and timestamps; two runs with the same arguments give identical frames; the animation moves; a PNG has
// the asked size. Bad input exits non-zero with a message naming the problem and leaves no file behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { findChromium, CHROMIUM_ARGS } from '../../scripts/findChromium.ts'
import { runRecord } from '../../scripts/record/main.ts'
import { decodeFrames, demux, pngSize } from './videoDecode.ts'

const root = resolve('.')
const outDir = join(root, 'test-output', 'record-dist')
const work = join(root, 'test-output', 'record')
let browser: Browser
let page: Page

/** Runs the recorder in this process (the same code `npm run record` runs); returns the exit code and what it said. */
async function record(argv: string[]): Promise<{ code: number; said: string }> {
  const lines: string[] = []
  const code = await runRecord(argv, { root, outDir, log: (l) => lines.push(l) })
  return { code, said: lines.join('\n') }
}

/** Runs `npm run record` as a user would, as a child process. */
function recordCli(argv: string[]): { code: number | null; stderr: string } {
  const r = spawnSync('node', ['scripts/record.mjs', ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, WORKBENCH_DIST: outDir }, timeout: 300_000 })
  return { code: r.status, stderr: r.stderr }
}

const leftovers = () => readdirSync(work).filter((n) => n.includes('.partial-'))

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  page = await browser.newPage()
  // WebCodecs exists only in secure contexts: an empty page at http://localhost (answered by the test itself) is one.
  await page.route('http://localhost/decode', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>decode</title>' }))
  await page.goto('http://localhost/decode')
})

afterAll(async () => {
  await browser?.close()
})

// h → 0 on the derivative-as-a-limit scene: the secant turns visibly within a second.
const LIMIT = '#/derivative-limit?h=0.8'

describe('npm run record', () => {
  it('writes exactly N VP9 frames at the asked size with timestamps k/fps; two runs decode to identical frames; the animation moves', async () => {
    const args = (out: string) => [LIMIT, '--out', out, '--frames', '12', '--fps', '10', '--size', '320x180', '--play']
    const first = await record(args(join(work, 'a.webm')))
    expect(first.code, first.said).toBe(0)
    const second = await record(args(join(work, 'b.webm')))
    expect(second.code, second.said).toBe(0)
    // The build runs under its Content-Security-Policy (no unsafe-eval): mediabunny and WebCodecs work within it.
    expect(first.said).not.toMatch(/CSP violation|warning/)

    const a = await demux(readFileSync(join(work, 'a.webm')))
    const b = await demux(readFileSync(join(work, 'b.webm')))
    expect(a.codec).toBe('vp9')
    expect([a.width, a.height]).toEqual([320, 180])
    expect(a.packets).toHaveLength(12)
    // WebM stores milliseconds: k/10 s is exact.
    expect(a.packets.map((p) => p.timestamp)).toEqual(Array.from({ length: 12 }, (_, k) => k / 10))
    expect(a.packets[0]!.key).toBe(true)

    const framesA = await decodeFrames(page, a)
    const framesB = await decodeFrames(page, b)
    expect(framesA).toHaveLength(12)
    expect(framesB.map((f) => f.rgba)).toEqual(framesA.map((f) => f.rgba))
    expect(framesA[11]!.rgba).not.toEqual(framesA[0]!.rgba)
    // Not a blank frame: the dark background with a drawn curve has a mean well above black and below white.
    expect(framesA[0]!.mean).toBeGreaterThan(5)
    expect(framesA[0]!.mean).toBeLessThan(250)
    expect(leftovers()).toEqual([])
  })

  it('writes H.264 in MP4 with the asked frame count and exact timestamps', async () => {
    const out = join(work, 'race.mp4')
    const r = await record(['#/descent?fn=himmelblau&res=64', '--out', out, '--frames', '8', '--fps', '24', '--size', '256x144', '--play'])
    expect(r.code, r.said).toBe(0)
    const v = await demux(readFileSync(out))
    expect(v.codec).toBe('avc')
    expect([v.width, v.height]).toEqual([256, 144])
    expect(v.packets).toHaveLength(8)
    v.packets.forEach((p, k) => expect(p.timestamp).toBeCloseTo(k / 24, 6))
    const frames = await decodeFrames(page, v)
    expect(frames[7]!.rgba).not.toEqual(frames[0]!.rgba) // the racers moved
  })

  it('--until-end stops at the frame where the animation stops', async () => {
    // h → 0 runs one decade per 1.1 s from h = 0.8 down to 1e-7 (the scene's text), then switches play off:
    // log10(0.8 / 1e-7) · 1.1 s = 7.596 s, so at 10 fps the 76th step ends it, and frame 0 comes before any step.
    const out = join(work, 'until.webm')
    const r = await record([LIMIT, '--out', out, '--until-end', '--play', '--fps', '10', '--size', '160x90'])
    expect(r.code, r.said).toBe(0)
    const v = await demux(readFileSync(out))
    expect(v.packets).toHaveLength(Math.ceil(Math.log10(0.8 / 1e-7) * 1.1 * 10) + 1)
  })

  it('a PNG still has the asked size, odd sizes included', async () => {
    const out = join(work, 'still.png')
    const r = await record(['#/explore', '--out', out, '--size', '333x201'])
    expect(r.code, r.said).toBe(0)
    expect(pngSize(readFileSync(out))).toEqual({ width: 333, height: 201 })
  })

  it('a storyboard records its shots into one video, captions drawn in', async () => {
    const board = join(work, 'board.json')
    writeFileSync(board, JSON.stringify({ fps: 10, size: '320x180', shots: [
      { link: '#/explore', seconds: 0.5, caption: 'a surface' },
      { link: LIMIT, seconds: 0.5, play: true, caption: 'h → 0' },
    ] }))
    const out = join(work, 'board.webm')
    const r = await record([board, '--out', out])
    expect(r.code, r.said).toBe(0)
    const v = await demux(readFileSync(out))
    expect(v.packets).toHaveLength(10)
    expect(v.packets.map((p) => p.timestamp)).toEqual(Array.from({ length: 10 }, (_, k) => k / 10))
  })

  it('bad input exits non-zero, names the problem, and leaves nothing behind', async () => {
    const out = join(work, 'bad.webm')
    const cases: [string[], number, RegExp][] = [
      [['#/no-such-scene', '--out', out, '--frames', '2', '--size', '64x64'], 1, /'no-such-scene' in #\/no-such-scene is not a scene/],
      [['#/explore?res=lots', '--out', out, '--frames', '2', '--size', '64x64'], 1, /'res' 'lots'/],
      [['#/explore', '--out', out, '--frames', '2', '--size', '64x64', '--play'], 1, /scene 'explore' has no animation to play/],
      [['#/explore', '--out', out, '--size', '64by64'], 2, /size '64by64' is not WIDTHxHEIGHT/],
      [['#/explore', '--out', join(work, 'missing-folder', 'x.webm')], 2, /the folder .*missing-folder' does not exist/],
    ]
    for (const [argv, code, message] of cases) {
      const r = recordCli(argv)
      expect(r.stderr, argv.join(' ')).toMatch(message)
      expect(r.code, argv.join(' ')).toBe(code)
      expect(existsSync(out)).toBe(false)
      expect(leftovers()).toEqual([])
    }
  })
})
