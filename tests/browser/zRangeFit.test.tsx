// The auto z range as a learner meets it: smooth peaks drawn whole (the legend reads [0, 1] for Gaussians, where the
// old fit cut them into open chimneys), poles clipped with hatched caps and named in the legend, and a refit when a
// parameter is typed, so a link always shows the fit of its own values. Screenshots go to test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { mountApp, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })

/** The z range as the Readouts panel prints it, e.g. [0, 1]. */
function readoutRange(host: HTMLElement): [number, number] | null {
  const text = host.querySelector('[data-readout="zrange"] dd')?.textContent ?? ''
  const m = /^\[(.+), (.+)\]$/.exec(text)
  return m ? [Number(m[1]), Number(m[2])] : null
}

async function openAndReadRange(f: string): Promise<[number, number]> {
  app = mountApp(`#/explore?f=${encodeURIComponent(f)}&xr=-3,3&yr=-3,3`)
  await settle()
  return waitFor(() => readoutRange(app!.host), 'the z range readout')
}

describe('auto z range', () => {
  it('covers [0, 1] for exp(−(x² + y²)): the peak is whole, nothing is flagged as cut', async () => {
    const [lo, hi] = await openAndReadRange('exp(-(x^2+y^2))')
    expect(lo).toBeLessThanOrEqual(0)
    expect(hi).toBeGreaterThanOrEqual(1)
    expect(hi).toBeLessThan(1.1)
    expect(app!.host.querySelector('[data-testid^="height-legend-clipped"]')).toBeNull()
    await shot('zfit-gaussian')
  })

  it('covers [0, 1] for the narrow exp(−10(x² + y²)) (the old legend read [−0.001, 0.015])', async () => {
    const [lo, hi] = await openAndReadRange('exp(-10(x^2+y^2))')
    expect(lo).toBeLessThanOrEqual(0)
    expect(hi).toBeGreaterThanOrEqual(1)
    await shot('zfit-narrow-gaussian')
  })

  it('stays bounded for 1/(x − y) and says the pole is cut at both ends', async () => {
    const [lo, hi] = await openAndReadRange('1/(x-y)')
    expect(hi).toBeLessThan(50)
    expect(lo).toBeGreaterThan(-50)
    expect(app!.host.querySelector('[data-testid="height-legend-clipped-above"]')).not.toBeNull()
    expect(app!.host.querySelector('[data-testid="height-legend-clipped-below"]')).not.toBeNull()
    await shot('zfit-pole-caps')
  })

  it('refits when a parameter is typed, and the readout follows', async () => {
    const [, hi0] = await openAndReadRange('a*sin(x)*cos(y)')
    expect(hi0).toBeLessThan(1.1)
    const input = app!.host.querySelector<HTMLInputElement>('[data-param="param:a"] input')!
    await userEvent.fill(input, '4.5')
    input.dispatchEvent(new Event('change', { bubbles: true }))
    input.blur()
    const [lo, hi] = await waitFor(() => {
      const r = readoutRange(app!.host)
      return r && r[1] >= 4.5 ? r : null
    }, 'the z range to refit to a = 4.5')
    expect(lo).toBeLessThanOrEqual(-4.5)
    expect(hi).toBeLessThan(5)
    await settle()
    await shot('zfit-refit-after-parameter')
  })
})
