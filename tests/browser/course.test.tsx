// The course reader in real Chromium: a chapter page typeset by KaTeX, an exercise answered right and wrong (the hint
// shown is the one its answer block lists), the solution revealed, a live figure running the linked scene, progress
// kept in localStorage, keyboard navigation, and the link from a scene's panel back to its section.
// Screenshots go to test-output/screenshots/course-*.png.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { coveredFraction, mountApp, pixelsOf, settle, sleep, waitFor, type Mounted } from './appHarness.ts'
import { PROGRESS_KEY } from '../../src/ui/course/progress.ts'

let app: Mounted | null = null
beforeEach(() => localStorage.removeItem(PROGRESS_KEY))
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/course-${name}.png` })

async function mountChapter(hash: string): Promise<Mounted> {
  const mounted = mountApp(hash)
  await waitFor(() => mounted.host.querySelector('.course-article h1'), 'the chapter page')
  await waitFor(() => mounted.host.querySelector('.answer-box'), 'the answer boxes')
  return mounted
}

/** Types into an answer box the way a learner does, and presses Enter. */
async function answer(box: HTMLElement, text: string): Promise<string> {
  const input = box.querySelector<HTMLInputElement>('.answer-input')!
  const before = box.querySelector('.answer-feedback')?.textContent ?? ''
  await userEvent.clear(input)
  await userEvent.type(input, text)
  await userEvent.keyboard('{Enter}')
  return waitFor(() => {
    const now = box.querySelector('.answer-feedback')?.textContent ?? ''
    return now !== before && now
  }, `the verdict on '${text}'`)
}

describe('the course reader', () => {
  it('renders chapter 1 with KaTeX, a table of contents and the scene figures, without errors', async () => {
    app = await mountChapter('#/chapter/1')
    const article = app.host.querySelector('.course-article')!
    expect(article.querySelector('h1')!.textContent).toBe('Chapter 1 · Single-variable derivatives')
    expect(article.querySelectorAll('section[data-at]').length).toBe(7)
    expect(article.querySelectorAll('.katex').length).toBeGreaterThan(100)
    expect(article.querySelector('.katex-error'), 'a formula KaTeX could not typeset').toBeNull()
    expect(article.querySelectorAll('figure.scene-figure.is-enhanced').length).toBeGreaterThanOrEqual(7)
    const toc = app.host.querySelector('.course-toc')!
    expect(toc.textContent).toContain('1.4 The chain rule')
    expect(toc.textContent).toContain('read 0/7') // nothing read before the page opened
    await sleep(200)
    await shot('chapter1-top')
    expect(app.errors).toEqual([])
  })

  it('renders chapter 4 (matrices, aligned backward-pass equations) at § 4.6', async () => {
    app = await mountChapter('#/chapter/4?at=4.6')
    const section = await waitFor(() => app!.host.querySelector<HTMLElement>('#section-4\\.6'), '§ 4.6')
    expect(section.querySelectorAll('.katex-display').length).toBeGreaterThanOrEqual(3)
    expect(app.host.querySelector('.katex-error')).toBeNull()
    await sleep(200)
    await shot('chapter4-backprop')
    expect(app.errors).toEqual([])
  })

  it('checks an exercise right and wrong, with the listed hint, and keeps the solved mark', async () => {
    app = await mountChapter('#/chapter/1?at=ex-1.4')
    const card = await waitFor(() => app!.host.querySelector<HTMLElement>('#exercise-1\\.4'), 'exercise 1.4')
    const box = card.querySelector<HTMLElement>('.answer-box')!
    // Wrong: the chain rule's inner factor forgotten. The hint is the one exercises.md lists for this answer.
    const wrong = await answer(box, 'exp(-x^2/2)')
    expect(wrong).toContain('the chain rule also multiplies by the inner derivative')
    expect(box.classList.contains('is-wrong')).toBe(true)
    card.scrollIntoView({ block: 'start' })
    await shot('exercise-wrong')
    // A typo is marked where it is, and is not a verdict on the mathematics.
    const typo = await answer(box, '-x exp(-x^2/')
    expect(box.classList.contains('is-invalid')).toBe(true)
    expect(typo.length).toBeGreaterThan(10)
    // Right, in a different form from the key.
    const right = await answer(box, 'exp(-x^2/2) * (-x)')
    expect(right).toMatch(/^✓ Correct/)
    expect(box.classList.contains('is-correct')).toBe(true)
    expect(card.classList.contains('is-solved')).toBe(true)
    card.querySelector<HTMLButtonElement>('.exercise-actions button')!.click()
    await waitFor(() => card.querySelector('.solution .katex'), 'the typeset solution')
    card.scrollIntoView({ block: 'start' })
    await shot('exercise-right')
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).solved).toContain('1.4')
    expect(app.errors).toEqual([])
  })

  it('runs a live figure in the linked state', async () => {
    app = await mountChapter('#/chapter/2?at=2.4')
    const figure = await waitFor(
      () => app!.host.querySelector<HTMLElement>('#section-2\\.4 figure.scene-figure.is-enhanced'),
      'the first figure of 2.4',
    )
    expect(figure.dataset.scene).toBe('tangent-plane-hessian')
    figure.querySelector<HTMLButtonElement>('.figure-actions button')!.click()
    const canvas = await waitFor(() => figure.querySelector('canvas'), 'the live canvas')
    await waitFor(() => coveredFraction(pixelsOf(canvas)) > 0.05, 'a drawn surface')
    await settle()
    figure.scrollIntoView({ block: 'center' })
    await sleep(200)
    await shot('live-figure')
    // Only one live figure at a time: opening another closes the first.
    const second = app.host.querySelectorAll<HTMLElement>('#section-2\\.4 figure.scene-figure.is-enhanced')[1]!
    second.querySelector<HTMLButtonElement>('.figure-actions button')!.click()
    await waitFor(() => second.querySelector('canvas') && !figure.querySelector('canvas'), 'the second figure alone')
    // The page's address is still the chapter's: the figure does not take over the URL.
    expect(location.hash).toMatch(/^#\/chapter\/2/)
    expect(app.errors).toEqual([])
  })

  it('moves with j / k between sections and ] to the next chapter, and marks sections read', async () => {
    app = await mountChapter('#/chapter/1')
    document.body.focus()
    await userEvent.keyboard('j')
    await waitFor(() => location.hash === '#/chapter/1?at=1.1', 'j to § 1.1')
    await userEvent.keyboard('j')
    await waitFor(() => location.hash === '#/chapter/1?at=1.2', 'j to § 1.2')
    await userEvent.keyboard('k')
    await waitFor(() => location.hash === '#/chapter/1?at=1.1', 'k back to § 1.1')
    await waitFor(() => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{"read":[]}').read.includes('1.1'), '§ 1.1 marked read')
    await userEvent.keyboard(']')
    await waitFor(() => app!.host.querySelector('.course-article h1')?.textContent?.startsWith('Chapter 2'), 'chapter 2')
    expect(app.errors).toEqual([])
  })

  it('links a scene panel back to its section, and the notation page is typeset', async () => {
    app = mountApp('#/chain-rule')
    const link = await waitFor(() => app!.host.querySelector<HTMLAnchorElement>('.scene-text-link'), 'the link to the text')
    expect(link.getAttribute('href')).toBe('#/chapter/1?at=1.4')
    app.unmount()
    app = mountApp('#/notation')
    const notation = await waitFor(() => app!.host.querySelector('.course-article table'), 'the notation table')
    expect(notation.querySelectorAll('.katex').length).toBeGreaterThan(6)
    expect(app.errors).toEqual([])
  })
})
