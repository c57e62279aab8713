// Explore's ripples a·sin(bx)·cos(by): at b = 1 the default 256×256 mesh shows them and there is no note; at b = 30 a
// 96×96 mesh cannot, and the note says so, names b and offers a finer mesh; one click raises the resolution, and the
// note goes. At b = 200 not even 1024² can: the note says to lower b, with no button.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { mountApp, queryOf, settle, sleep, waitFor, type Mounted } from './appHarness.ts'

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const note = (host: HTMLElement) => host.querySelector<HTMLElement>('[data-testid="aliasing-note"]')

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

describe('aliasing note on surface scenes', () => {
  it('default ripples: no note', async () => {
    app = mountApp('#/explore')
    await settle()
    await sleep(600) // the check runs 150 ms after the last change, like the z refit
    expect(note(app.host)).toBeNull()
    await shot('aliasing-ripples-default')
    expect(app.errors).toEqual([])
  })

  // A coarse mesh keeps this lean on the software GPU (an aliased surface folds over itself many times per pixel, and
  // the per-pixel shading then costs tens of seconds a frame at 256² with b = 94).
  it('ripples at b = 30 on a 96×96 mesh: the note names the mesh, b and a resolution; the button raises it and the note goes', async () => {
    app = mountApp('#/explore?preset=ripples&res=96&b=30')
    const shown = await waitFor(() => note(app!.host), 'the aliasing note')
    expect(shown.textContent).toMatch(/^The surface oscillates faster than the mesh can show at 96×96: raise the resolution to (\d+) or lower b\./)
    const raiseTo = Number(/resolution to (\d+)/.exec(shown.textContent!)![1])
    // 8·30/2π ≈ 38 waves across the domain at 6 cells each: about 230 vertices per side (2.5 cells per wave at 96).
    expect(raiseTo).toBeGreaterThan(150)
    expect(raiseTo).toBeLessThanOrEqual(300)
    await settle()
    await shot('aliasing-ripples-b30-res96-note')
    app.host.querySelector<HTMLButtonElement>('[data-testid="aliasing-raise"]')!.click()
    await waitFor(() => queryOf(location.hash).get('res') === String(raiseTo), 'the raised resolution in the link')
    await sleep(600)
    expect(note(app.host)).toBeNull()
    await settle()
    await shot('aliasing-ripples-b30-raised')
    expect(app.errors).toEqual([])
  })

  it('ripples at b = 200: even the finest mesh cannot; the note says to lower b and offers no button', async () => {
    app = mountApp('#/explore?preset=ripples&b=200')
    const shown = await waitFor(() => note(app!.host), 'the aliasing note')
    expect(shown.textContent).toBe('The surface oscillates faster than the mesh can show at 256×256: even 1024×1024 cannot show it, so lower b.')
    expect(app.host.querySelector('[data-testid="aliasing-raise"]')).toBeNull()
    expect(app.errors).toEqual([])
  })
})
