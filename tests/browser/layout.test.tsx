// Every scene at four screen sizes (a 390×844 phone, 1024×768, 1280×800, 1920×1080) in one page: the page is resized
// and the scenes are visited by hash, so the test stays lean on a 2-core CI machine with a software GPU. At each size
// the regions a user must see whole (header and nav, canvas, side panel or bottom sheet, the legend and other
// overlays, their labels) are measured and must neither be cut off nor overlap (layoutChecks.ts). The Jacobian scene's
// four panels are read back from the canvas: whole, and centred. On the phone the bottom sheet is also opened.
// Screenshots of every scene at every size go to test-output/screenshots/layout-<size>-<scene>.png.
import { afterAll, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { SCENES } from '../../scenes/index.ts'
import { mountApp, sleep, waitFor, type Mounted } from './appHarness.ts'
import { frameStats } from './frameProbe.ts'
import { boxInside, checkLayout, drawnBox, formatBox } from './layoutChecks.ts'

const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1920x1080', width: 1920, height: 1080 },
] as const

let app: Mounted | null = null
afterAll(async () => {
  app?.unmount()
  await page.viewport(1280, 800)
})

/**
 * Waits for a frame after `since` (at most 5 s: a change that leaves the canvas's size alone draws none, and the layout
 * checks then judge what is on screen), then until no frame has been drawn for 300 ms (at most 10 s: some scenes animate).
 */
async function framesSettled(since: number): Promise<void> {
  const start = performance.now()
  while (frameStats.frames <= since && performance.now() - start < 5_000) await sleep(50)
  let last = -1
  while (frameStats.frames !== last && performance.now() - start < 15_000) {
    last = frameStats.frames
    await sleep(300)
  }
}

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })

describe('layout at four screen sizes', () => {
  it('every scene fits: nothing cut off, nothing overlapping, the Jacobian picture whole and centred', async () => {
    app = mountApp(`#/${SCENES[0]!.id}`, undefined, { fill: true })
    const host = app.host
    const problems: string[] = []
    for (const scene of SCENES) {
      const frames = frameStats.frames
      location.hash = `#/${scene.id}`
      await waitFor(() => host.querySelector('.side-panel h1')?.textContent === scene.title, `scene '${scene.id}' to load`)
      await waitFor(() => host.querySelector('.viewport canvas'), `the canvas of '${scene.id}'`)
      await framesSettled(frames)
      for (const size of SIZES) {
        const before = frameStats.frames
        await page.viewport(size.width, size.height)
        await framesSettled(before)
        const where = `${scene.id} at ${size.name}`
        const report = checkLayout(host)
        problems.push(...report.problems.map((p) => `${where}: ${p}`))
        if (scene.id === 'jacobian' && report.canvas) {
          const drawn = drawnBox(host.querySelector<HTMLCanvasElement>('.viewport canvas')!)
          const c = report.canvas
          const margin = 4
          const inner = { left: c.left + margin, top: c.top + margin, right: c.right - margin, bottom: c.bottom - margin }
          if (!drawn) problems.push(`${where}: nothing drawn`)
          else if (!boxInside(drawn, inner)) problems.push(`${where}: the four panels ${formatBox(drawn)} are cut off by the canvas ${formatBox(c)}`)
          else {
            const left = drawn.left - c.left
            const right = c.right - drawn.right
            if (Math.abs(left - right) > 0.1 * (c.right - c.left)) problems.push(`${where}: the panels are off centre (${Math.round(left)} px on the left, ${Math.round(right)} px on the right)`)
          }
        }
        await shot(`layout-${size.name}-${scene.id}`)
        if (size.name === 'phone') {
          // The bottom sheet: its toggle opens it over a smaller canvas, and closes it again.
          const toggle = host.querySelector<HTMLButtonElement>('.side-panel .sheet-toggle')
          if (!toggle) {
            problems.push(`${where}: no toggle for the bottom sheet`)
            continue
          }
          const opened = frameStats.frames
          toggle.click()
          await waitFor(() => toggle.getAttribute('aria-expanded') === 'true', 'the sheet to open')
          await framesSettled(opened)
          problems.push(...checkLayout(host).problems.map((p) => `${where}, sheet open: ${p}`))
          await shot(`layout-${size.name}-${scene.id}-sheet`)
          toggle.click()
          await waitFor(() => toggle.getAttribute('aria-expanded') === 'false', 'the sheet to close')
        }
      }
      await page.viewport(1280, 800)
    }
    expect(problems).toEqual([])
    expect(app.errors).toEqual([])
  }, 900_000)

  it('on a phone the nav is one button that opens every chapter and scene as a list, which a link or Escape closes', async () => {
    app?.unmount()
    app = mountApp('#/explore', undefined, { fill: true })
    await page.viewport(390, 844)
    const host = app.host
    await waitFor(() => host.querySelector('.side-panel h1')?.textContent === 'Explore f(x, y)', 'the scene')
    const toggle = host.querySelector<HTMLButtonElement>('.nav-toggle')!
    const list = host.querySelector<HTMLElement>('.nav-chapters')!
    expect(getComputedStyle(toggle).display).not.toBe('none')
    expect(getComputedStyle(list).display).toBe('none')
    expect(host.querySelector('.app-header')!.getBoundingClientRect().height).toBeLessThanOrEqual(52)
    await userEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')]
    expect(links.length).toBe(SCENES.length)
    for (const link of links) {
      const r = link.getBoundingClientRect()
      expect(r.height, link.textContent!).toBeGreaterThan(0)
      expect(r.left >= 0 && r.right <= innerWidth, `${link.textContent} fits the width`).toBe(true)
    }
    const box = list.getBoundingClientRect()
    expect(box.bottom).toBeLessThanOrEqual(innerHeight)
    await shot('layout-phone-nav-open')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => getComputedStyle(list).display === 'none', 'Escape to close the list')
    await userEvent.click(toggle)
    await userEvent.click(list.querySelector<HTMLAnchorElement>('a[href="#/jacobian"]')!)
    await waitFor(() => host.querySelector('.side-panel h1')?.textContent === 'Jacobian of a 2D map', 'the chosen scene')
    await waitFor(() => getComputedStyle(list).display === 'none', 'the list to close after navigating')
    expect(toggle.textContent).toContain('Jacobian of a 2D map')
    expect(app.errors).toEqual([])
  })
})
