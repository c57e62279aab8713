// The way in: the home page at the root link, a bad scene name landing there with a banner, and previous / next
// links in course order at the end of each scene's panel.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { mountApp, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })

describe('home page', () => {
  it('opens at the root link with an h1, a way into the course, the lab, and every chapter', async () => {
    app = mountApp('#/')
    const h1 = await waitFor(() => app!.host.querySelector('.home h1'), 'the home page')
    expect(h1.textContent).toBe('Calculus Workbench')
    const start = app.host.querySelector<HTMLAnchorElement>('.home-primary')!
    expect(start.getAttribute('href')).toBe('#/derivative-limit')
    const hrefs = [...app.host.querySelectorAll<HTMLAnchorElement>('.home-actions a')].map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(expect.arrayContaining(['#/explore', '#/descent']))
    expect(app.host.querySelectorAll('.home-chapter').length).toBe(5)
    const picture = app.host.querySelector<HTMLImageElement>('.home-picture')!
    await waitFor(() => picture.complete && picture.naturalWidth > 0, 'the picture to load')
    await shot('home')
    expect(app.errors).toEqual([])
  })

  it('a link to no scene shows the home page and names the bad id', async () => {
    app = mountApp('#/no-such-scene')
    await waitFor(() => app!.host.querySelector('.home h1'), 'the home page')
    expect(app.host.textContent).toContain('no-such-scene')
    expect(app.host.textContent).toContain('is not a scene')
  })
})

describe('previous / next', () => {
  it('the first chapter-1 scene links on to the next, and the next links back', async () => {
    app = mountApp('#/derivative-limit')
    const links = () => [...app!.host.querySelectorAll<HTMLAnchorElement>('.scene-sequence a')]
    await waitFor(() => links().length > 0, 'the sequence links')
    expect(links().map((a) => [a.rel, a.getAttribute('href')])).toEqual([['next', '#/tangent-line']])
    app.unmount()
    app = mountApp('#/tangent-line')
    await waitFor(() => links().length === 2, 'both sequence links')
    expect(links().map((a) => [a.rel, a.getAttribute('href')])).toEqual([
      ['prev', '#/derivative-limit'],
      ['next', '#/derivative-gallery'],
    ])
  })
})

describe('banners', () => {
  it('a bad-link banner goes when the learner navigates on, and does not stack with the next', async () => {
    app = mountApp('#/no-such-scene')
    await waitFor(() => app!.host.querySelector('.home h1'), 'the home page')
    expect(app.host.textContent).toContain('is not a scene')
    location.hash = '#/explore?res=abc'
    await waitFor(() => app!.host.querySelector('.scene-heading h1'), 'the explore scene')
    await waitFor(() => app!.host.querySelector('[data-testid="problem-banner"]'), 'the banner for res')
    const banners = [...app.host.querySelectorAll('[data-testid="problem-banner"]')]
    // Only the explore link's own problem (res out of range) is named; the unknown scene's banner is gone.
    expect(banners.length).toBe(1)
    expect(banners[0]!.textContent).toContain('res')
    expect(app.host.textContent).not.toContain('is not a scene')
  })
})

describe('keyboard shortcuts overlay', () => {
  it('? opens the list (not inside a text field), Esc closes it', async () => {
    app = mountApp('#/')
    await waitFor(() => app!.host.querySelector('.home h1'), 'the home page')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }))
    const dialog = await waitFor(() => app!.host.querySelector('[role="dialog"]'), 'the shortcuts dialog')
    expect(dialog.textContent).toContain('Shift + arrows')
    expect(document.activeElement?.textContent).toBe('close')
    await shot('shortcuts-overlay')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await waitFor(() => !app!.host.querySelector('[role="dialog"]'), 'the dialog to close')
    // Typed into a field, ? is a character, not a shortcut.
    const input = document.createElement('input')
    app.host.appendChild(input)
    input.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }))
    expect(app.host.querySelector('[role="dialog"]')).toBeNull()
  })
})
