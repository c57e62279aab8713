// The chapter menus: one header row, each chapter a menu of its scenes that opens on hover or keyboard focus.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { mountApp, settle, waitFor, type Mounted } from './appHarness.ts'
import { CHAPTERS, SCENES } from '../../scenes/index.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

describe('chapter navigation', () => {
  it('lists every scene under its chapter, opens on focus, and navigates', async () => {
    app = mountApp('#/explore')
    await settle()
    const nav = app.host.querySelector<HTMLElement>('.scene-nav')!
    // One button per chapter; the header is one row tall however many scenes exist.
    expect(nav.querySelectorAll('.nav-chapter-title').length).toBe(CHAPTERS.length)
    expect(nav.getBoundingClientRect().height).toBeLessThan(40)
    expect(nav.querySelectorAll('.nav-menu a').length).toBe(SCENES.length)
    expect(nav.querySelector('.is-current')!.textContent).toContain('Explore f(x, y)')

    const target = SCENES.find((s) => s.chapter === 2)!
    const chapter = [...nav.querySelectorAll<HTMLElement>('.nav-chapter')].find((c) => c.querySelector(`a[href="#/${target.id}"]`))!
    const menu = chapter.querySelector<HTMLElement>('.nav-menu')!
    expect(getComputedStyle(menu).display).toBe('none')
    chapter.querySelector<HTMLButtonElement>('.nav-chapter-title')!.focus()
    expect(getComputedStyle(menu).display).toBe('block')
    await page.screenshot({ path: '../../test-output/screenshots/app-nav-menu-open.png' })
    await userEvent.click(menu.querySelector<HTMLAnchorElement>(`a[href="#/${target.id}"]`)!)
    await waitFor(() => location.hash.startsWith(`#/${target.id}`), 'the chosen scene')
    await waitFor(() => nav.querySelector('.is-current')?.textContent?.includes(target.title), 'the menu to mark the scene')
    expect(app.errors).toEqual([])
  })
})
