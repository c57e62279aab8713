// Chapter 1 scenes in real Chromium: each mounts with no console errors, draws its curves, reacts to an
// interaction (a drag, a key, a slider, a preset), and shows honest messages where the derivative does not exist.
// Screenshots go to test-output/screenshots/chapter1-*.png.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from '@vitest/browser/context'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/chapter1-${name}.png` })
const valueOf = (host: HTMLElement, id: string) => Number(host.querySelector<HTMLElement>(`[data-value="${id}"]`)?.dataset.number)

describe('chapter 1: tangent line', () => {
  it('draws f and f′, and the arrow keys move the picked point and its slope readout', async () => {
    app = mountApp('#/tangent-line')
    await settle()
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    expect(coveredFraction(before)).toBeGreaterThan(0.01)
    await waitFor(() => app!.host.querySelector('[data-value="slope"]'), 'the slope readout')
    // sin(2x) + x²/4 at 0.6: f′ = 2cos(1.2) + 0.3, written by hand.
    expect(valueOf(app.host, 'slope')).toBeCloseTo(2 * Math.cos(1.2) + 0.3, 12)
    await shot('tangent-default')
    canvas.focus()
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    await settle()
    const x0 = Number(queryOf(location.hash).get('x0'))
    expect(x0).toBeCloseTo(0.6 + 3 * 0.06, 9)
    expect(valueOf(app.host, 'slope')).toBeCloseTo(2 * Math.cos(2 * x0) + x0 / 2, 12)
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.001)
    expect(app.errors).toEqual([])
  })

  it('at the corner of |x| there is no tangent, and the panel says the one-sided slopes disagree', async () => {
    app = mountApp('#/tangent-line?f=abs(x)&x0=0')
    await settle()
    const note = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-verdict]'), 'the verdict')
    expect(note.dataset.verdict).toBe('corner')
    expect(note.textContent).toMatch(/−1.*1/)
    await shot('tangent-corner')
    expect(app.errors).toEqual([])
  })
})
