// Level curves at levels the user sets (directional-derivative scene), in real Chromium: a link with lv=… draws other
// lines than the evenly spaced default and lists the levels in the side panel; a bad list names its problem in the
// banner and falls back to evenly spaced levels; the GUI's text box refuses a bad entry, keeps the last good levels
// and says why, and accepts a good one (sorted, repeats dropped). Screenshots in test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { canvasOf, differingFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const text = (host: HTMLElement, testId: string) => host.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null
/** Level curves on the surface and the floor, with the slice plane, ∇f and the grid off: the pixels compared are the curves'. */
const BARE = 'contours=both&plane=0&gradient=0&grid=0'

/** Types into the lil-gui text box of `key` and finishes the edit the way leaving the box does. */
function typeInto(host: HTMLElement, key: string, value: string): void {
  const input = host.querySelector<HTMLInputElement>(`[data-param="${key}"] input`)!
  input.value = value
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('blur'))
}

describe('level curves at levels the user sets', () => {
  it('a link with explicit levels draws other lines than the evenly spaced default, and lists them', async () => {
    app = mountApp(`#/directional-derivative?${BARE}`)
    await settle()
    const even = pixelsOf(canvasOf(app.host))
    await waitFor(() => text(app!.host, 'level-values'), 'the level summary')
    expect(text(app.host, 'level-values')).toBe('14 evenly spaced levels across the z range. Type levels under “level curves” to choose them.')
    app.unmount()

    // f = (x² + 3y²)·exp(−(x² + y²)/4) ranges over [0, 12/e ≈ 4.41] on the domain; three levels inside it, typed out of
    // order (f ≈ 2.0 at the picked point, so its bold level lies between 1.5 and 3).
    app = mountApp(`#/directional-derivative?${BARE}&lv=3,0.5,1.5`)
    await settle()
    const listed = pixelsOf(canvasOf(app.host))
    expect(differingFraction(even, listed)).toBeGreaterThan(0.005)
    expect(text(app.host, 'level-values')).toBe('At the levels you set: f = 0.5, 1.5, 3.')
    // The link is rewritten in the stored (sorted) form.
    expect(queryOf(location.hash).get('lv')).toBe('0.5,1.5,3')
    expect(app.host.querySelector('[data-testid="problem-banner"]')).toBeNull()
    await shot('levels-listed')
    app.host.querySelector('[data-testid="level-curves"]')!.scrollIntoView({ block: 'center' })
    await shot('levels-listed-panel')
    app.unmount()

    // One level only: fewer lines again, so the picture changes with the list.
    app = mountApp(`#/directional-derivative?${BARE}&lv=1`)
    await settle()
    expect(differingFraction(listed, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.002)
    app.unmount()

    // With a fixed z range the panel names the levels that fall outside it and are not drawn.
    app = mountApp(`#/directional-derivative?${BARE}&zauto=0&zr=0,3&lv=5,1,-2`)
    await settle()
    await waitFor(() => text(app!.host, 'levels-outside'), 'the note on levels outside the z range')
    expect(text(app.host, 'levels-outside')).toBe('Outside the z range [0, 3], so not drawn: -2, 5.')
    expect(app.errors).toEqual([])
  })

  it('where f is undefined at the picked point there is no bold level, and no lines are drawn where f is undefined', async () => {
    app = mountApp(`#/directional-derivative?${BARE}&f=sqrt(4-x^2-y^2)&xr=-3,3&yr=-3,3&px=2.5&py=0&lv=0.5,1,1.5`)
    await settle()
    await waitFor(() => text(app!.host, 'level-bold'), 'the level summary')
    expect(text(app.host, 'level-bold')).toBe('No bold level: f is undefined at the picked point.')
    expect(text(app.host, 'level-values')).toBe('At the levels you set: f = 0.5, 1, 1.5.')
    await shot('levels-undefined-point')
    expect(app.errors).toEqual([])
  })

  it('a bad list in the link is named in the banner and falls back to the evenly spaced levels', async () => {
    app = mountApp(`#/directional-derivative?${BARE}`)
    await settle()
    const even = pixelsOf(canvasOf(app.host))
    app.unmount()

    app = mountApp(`#/directional-derivative?${BARE}&lv=0.5,abc`)
    await settle()
    const item = await waitFor(() => app!.host.querySelector('[data-testid="problem-banner"] li[data-key="lv"]'), 'the banner')
    expect(item.textContent).toBe("lv 'abc' in '0.5,abc' is not a number; using the default (none)")
    expect(queryOf(location.hash).get('lv')).toBe('')
    expect(text(app.host, 'level-values')).toContain('14 evenly spaced levels')
    // The fallback draws what the default draws.
    expect(differingFraction(even, pixelsOf(canvasOf(app.host)))).toBeLessThan(0.001)
    await shot('levels-bad-link-banner')
    app.unmount()

    app = mountApp(`#/directional-derivative?${BARE}&lv=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17`)
    await settle()
    const tooMany = await waitFor(() => app!.host.querySelector('[data-testid="problem-banner"] li[data-key="lv"]'), 'the banner')
    expect(tooMany.textContent).toBe('lv 17 values are more than the 16 allowed; using the default (none)')
    expect(app.errors).toEqual([])
  })

  it('the GUI text box keeps the last good levels on a bad entry and says why; a good entry is sorted and applied', async () => {
    app = mountApp(`#/directional-derivative?${BARE}&lv=0.5,1,2`)
    await settle()
    const before = pixelsOf(canvasOf(app.host))
    const input = await waitFor(() => app!.host.querySelector<HTMLInputElement>('[data-param="lv"] input'), 'the levels box')
    expect(input.value).toBe('0.5, 1, 2')
    // Open the folder so the screenshot shows the box and its message.
    const folderTitle = [...app.host.querySelectorAll<HTMLElement>('.lil-gui .lil-title')].find((t) => t.textContent === 'level curves')!
    folderTitle.click()

    typeInto(app.host, 'lv', '3, x')
    const message = app.host.querySelector<HTMLElement>('[data-problem-for="lv"]')!
    expect(message.textContent).toBe("'x' in '3, x' is not a number; kept 0.5, 1, 2")
    expect(message.style.display).toBe('block')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(input.value).toBe('3, x') // left as typed, to be corrected
    expect(queryOf(location.hash).get('lv')).toBe('0.5,1,2')
    input.scrollIntoView({ block: 'center' })
    await settle()
    expect(differingFraction(before, pixelsOf(canvasOf(app.host)))).toBeLessThan(0.001)
    await shot('levels-gui-bad-entry')

    typeInto(app.host, 'lv', '3, 1.5, 3')
    await waitFor(() => queryOf(location.hash).get('lv') === '1.5,3', 'the levels to reach the URL')
    expect(input.value).toBe('1.5, 3')
    expect(message.style.display).toBe('none')
    expect(input.getAttribute('aria-invalid')).toBe('false')
    await waitFor(() => text(app!.host, 'level-values') === 'At the levels you set: f = 1.5, 3.', 'the panel to list the new levels')
    await settle()
    expect(differingFraction(before, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.002)

    // Emptying the box returns to the evenly spaced levels.
    typeInto(app.host, 'lv', '')
    await waitFor(() => queryOf(location.hash).get('lv') === '', 'the empty list to reach the URL')
    expect(text(app.host, 'level-values')).toContain('14 evenly spaced levels')
    expect(app.errors).toEqual([])
  })
})
