// Chapter 3 · Gradient descent in real Chromium: Step moves the ball by −η∇f (checked against the update written by
// hand), the step count is in the link, Play advances on its own and Pause stops it, Reset returns to the start, and
// a too-large η is reported as divergence. Screenshots in test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, sleep, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const readout = (host: HTMLElement, key: string) => host.querySelector(`[data-testid="descent-readouts"] [data-readout="${key}"] dd`)?.textContent ?? null
const button = (host: HTMLElement, action: string) => host.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!
const fmt = (v: number) => String(Number(v.toPrecision(4)))

describe('gradient descent scene', () => {
  it('Step takes x ← x − η∇f (by hand), the count is in the link, Reset goes back', async () => {
    app = mountApp('#/gradient-descent')
    await settle()
    const start = pixelsOf(canvasOf(app.host))
    expect(coveredFraction(start)).toBeGreaterThan(0.1)
    await waitFor(() => readout(app!.host, 'step'), 'the descent readouts')
    // Before the first step the path is ready, not "running".
    expect(readout(app.host, 'status')).toBe('ready: press play or step')
    for (let i = 0; i < 3; i++) await userEvent.click(button(app.host, 'step'))
    await waitFor(() => queryOf(location.hash).get('steps') === '3', 'three steps in the link')
    // f = x²/2 + 4y² + sin x: ∇f = (x + cos x, 8y), η = 0.08, from (2.6, 1.5).
    let x = 2.6
    let y = 1.5
    for (let k = 0; k < 3; k++) [x, y] = [x - 0.08 * (x + Math.cos(x)), y - 0.08 * 8 * y]
    expect(readout(app.host, 'position')).toBe(`(${fmt(x)}, ${fmt(y)})`)
    expect(readout(app.host, 'value')).toBe(fmt(x * x / 2 + 4 * y * y + Math.sin(x)))
    expect(readout(app.host, 'status')).toBe('paused at step 3')
    await settle()
    expect(differingFraction(start, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.001)
    await shot('descent-three-steps')

    await userEvent.click(button(app.host, 'reset'))
    await waitFor(() => queryOf(location.hash).get('steps') === '0', 'the reset')
    expect(readout(app.host, 'position')).toBe('(2.6, 1.5)')
    expect(app.errors).toEqual([])
  })

  it('Play advances on its own and Pause stops it', async () => {
    app = mountApp('#/gradient-descent?lr=0.2')
    await settle()
    await userEvent.click(button(app.host, 'play'))
    await waitFor(() => Number(queryOf(location.hash).get('steps')) >= 4, 'four steps while playing', 20_000)
    await userEvent.click(button(app.host, 'play')) // now "Pause"
    const paused = Number(queryOf(location.hash).get('steps'))
    await sleep(900)
    expect(Number(queryOf(location.hash).get('steps'))).toBeLessThanOrEqual(paused + 1)
    await settle()
    await shot('descent-played')
    expect(app.errors).toEqual([])
  })

  it('a learning rate above 2/λ_max overshoots and is reported', async () => {
    // λ_max = 8 along y, so η = 0.3 > 0.25 multiplies y by |1 − 2.4| = 1.4 per step.
    app = mountApp('#/gradient-descent?lr=0.3&steps=40')
    await settle()
    await waitFor(() => readout(app!.host, 'status'), 'the status')
    expect(['diverged', 'left the domain']).toContain(readout(app.host, 'status'))
    expect(button(app.host, 'step').disabled).toBe(true)
    await shot('descent-overshoot')
    expect(app.errors).toEqual([])
  })
})
