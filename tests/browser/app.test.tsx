// The whole workbench in real Chromium: loads clean, draws the surface, follows the expression and the sliders,
// shows parse errors in place while keeping the last picture, restores views from links, walks history, and
// reports bad links by key. Screenshots go to test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, sleep, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const expressionInput = (host: HTMLElement) => host.querySelector<HTMLInputElement>('.expression-field input')!

describe('workbench app', () => {
  it('loads the default scene with no console errors and draws a surface', async () => {
    app = mountApp('#/explore')
    await settle()
    const pixels = pixelsOf(canvasOf(app.host))
    // The plot box fills a good part of the frame; the rest is the cleared (transparent) background.
    expect(coveredFraction(pixels)).toBeGreaterThan(0.1)
    expect(coveredFraction(pixels)).toBeLessThan(0.95)
    // The link is rewritten in full, with the default ripples preset.
    expect(queryOf(location.hash).get('f')).toBe('a*sin(b*x)*cos(b*y)')
    expect(queryOf(location.hash).get('res')).toBe('256')
    expect(app.host.querySelectorAll('[data-param="param:a"], [data-param="param:b"]').length).toBe(2)
    await shot('app-default')
    expect(app.errors).toEqual([])
  })

  it('redraws when the expression changes, and shows a parse error in place while keeping the picture', async () => {
    app = mountApp('#/explore')
    await settle()
    const before = pixelsOf(canvasOf(app.host))
    await userEvent.fill(expressionInput(app.host), 'x^2 - y^2')
    await settle()
    const saddle = pixelsOf(canvasOf(app.host))
    expect(differingFraction(before, saddle)).toBeGreaterThan(0.02)
    expect(queryOf(location.hash).get('preset')).toBe('custom')

    await userEvent.fill(expressionInput(app.host), 'x^2 - y^2 + sin(x')
    await settle()
    const error = await waitFor(() => app!.host.querySelector<HTMLElement>('.expression-error'), 'the error message')
    expect(error.textContent!.length).toBeGreaterThan(0)
    const mark = app.host.querySelector<HTMLElement>('[data-testid="expression-mark"]')!
    expect(mark).not.toBeNull()
    // The highlighted range is the one the parser reported, inside (or just after) the text.
    const start = Number(error.dataset.start)
    const end = Number(error.dataset.end)
    expect(start).toBeGreaterThanOrEqual(10)
    expect(end).toBeLessThanOrEqual('x^2 - y^2 + sin(x'.length + 1)
    expect(pixelsOf(canvasOf(app.host))).toEqual(saddle)
    expect(queryOf(location.hash).get('f')).toBe('x^2 - y^2')
    await shot('app-parse-error')

    // A paste past the 500-character limit is refused here too, with the excess marked; no banner, the link unchanged.
    const long = ('1' + '+x'.repeat(260)).slice(0, 501)
    await userEvent.fill(expressionInput(app.host), long)
    const tooLong = await waitFor(() => app!.host.querySelector<HTMLElement>('.expression-error'), 'the length message')
    expect(tooLong.textContent).toBe('the expression is longer than 500 characters (it has 501)')
    expect([tooLong.dataset.start, tooLong.dataset.end]).toEqual(['500', '501'])
    expect(app.host.querySelector('[data-testid="problem-banner"]')).toBeNull()
    expect(queryOf(location.hash).get('f')).toBe('x^2 - y^2')
    expect(app.errors).toEqual([])
  })

  it('redraws when a parameter slider moves, and the new value is in the link', async () => {
    app = mountApp('#/explore')
    await settle()
    const before = pixelsOf(canvasOf(app.host))
    // b, not a: with "fit z" on, the amplitude a only rescales the box (the picture stays the same shape once refit);
    // the frequency b changes the surface itself. Typed text applies when the edit ends (change), not per keystroke.
    const input = app.host.querySelector<HTMLInputElement>('[data-param="param:b"] .log-slider-value')!
    await userEvent.fill(input, '2')
    input.dispatchEvent(new Event('change', { bubbles: true }))
    input.blur()
    await settle()
    expect(queryOf(location.hash).get('b')).toBe('2')
    expect(differingFraction(before, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.02)
    expect(app.errors).toEqual([])
  })

  it('a link restores the same view: same state, same pixels', async () => {
    app = mountApp('#/explore?preset=custom&f=a*x^2-y^3/3&xr=-2,3&yr=-2,2&a=-0.5&cam=2,-3,2.5,0,0,0')
    await settle()
    const hash = location.hash
    const pixels = pixelsOf(canvasOf(app.host))
    app.unmount()
    app = mountApp(hash)
    await settle()
    expect(location.hash).toBe(hash)
    expect(differingFraction(pixelsOf(canvasOf(app.host)), pixels)).toBe(0)
    expect(app.host.querySelector('[data-testid="problem-banner"]')).toBeNull()
    expect(app.errors).toEqual([])
  })

  it('Back and Forward walk through committed changes', async () => {
    app = mountApp('#/explore')
    await settle()
    await userEvent.fill(expressionInput(app.host), 'x*y')
    expressionInput(app.host).blur()
    await settle()
    const saddle = pixelsOf(canvasOf(app.host))
    await userEvent.fill(expressionInput(app.host), 'x^2 + y^2')
    expressionInput(app.host).blur()
    await settle()
    expect(queryOf(location.hash).get('f')).toBe('x^2 + y^2')

    history.back()
    await waitFor(() => queryOf(location.hash).get('f') === 'x*y', 'Back to x*y')
    await waitFor(() => expressionInput(app!.host).value === 'x*y', 'the input to follow Back')
    await settle()
    // The same picture as before, pixel for pixel, once the deferred work has run (the z-range refit and the aliasing
    // check wait for 150 ms of rest; on a loaded machine settle() can return between them, so wait for it).
    await waitFor(() => differingFraction(pixelsOf(canvasOf(app!.host)), saddle) === 0, 'the saddle drawn as before, pixel for pixel', 10_000)

    history.forward()
    await waitFor(() => expressionInput(app!.host).value === 'x^2 + y^2', 'the input to follow Forward')
    await sleep(100)
    expect(app.errors).toEqual([])
  })

  it('a bad link value is named in a dismissable banner and falls back to its default', async () => {
    app = mountApp('#/explore?f=sin(x&res=9999&a=zz&zoom=2&b=12')
    await settle()
    const banner = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="problem-banner"]'), 'the banner')
    const keys = [...banner.querySelectorAll('li')].map((li) => li.dataset.key)
    expect(keys).toEqual(['f', 'res', 'a', 'zoom'])
    expect(banner.textContent).toContain('9999 is outside [16, 1024]')
    const query = queryOf(location.hash)
    expect(query.get('f')).toBe('a*sin(b*x)*cos(b*y)')
    expect(query.get('res')).toBe('256')
    expect(query.get('a')).toBe('1')
    expect(query.get('b')).toBe('12') // the good key of a bad link still applies: an extreme frequency
    expect(query.has('zoom')).toBe(false)
    await shot('app-bad-link-extreme-b')
    await userEvent.click(banner.querySelector('button')!)
    expect(app.host.querySelector('[data-testid="problem-banner"]')).toBeNull()
    expect(app.errors).toEqual([])
  })

  it('orbiting the view writes the camera into the link, and that link reopens on the same view', async () => {
    app = mountApp('#/explore?cam=2,-3,2.5,0,0,0')
    await settle()
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    const box = canvas.getBoundingClientRect()
    const at = (dx: number) => ({ clientX: box.left + box.width / 2 + dx, clientY: box.top + box.height / 2, pointerId: 1, bubbles: true, button: 0, isPrimary: true, pointerType: 'mouse' })
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(0)))
    for (let dx = 10; dx <= 120; dx += 10) canvas.ownerDocument.dispatchEvent(new PointerEvent('pointermove', at(dx)))
    canvas.ownerDocument.dispatchEvent(new PointerEvent('pointerup', at(120)))
    await waitFor(() => queryOf(location.hash).get('cam') !== '2,-3,2.5,0,0,0', 'the orbit to reach the link')
    await settle()
    const orbited = pixelsOf(canvas)
    expect(differingFraction(before, orbited)).toBeGreaterThan(0.02)
    const cam = queryOf(location.hash).get('cam')!.split(',').map(Number)
    // An orbit keeps the distance to the target (here the origin): |(2, −3, 2.5)| = √19.25.
    expect(Math.hypot(cam[0]!, cam[1]!, cam[2]!)).toBeCloseTo(Math.sqrt(19.25), 2)
    const hash = location.hash
    app.unmount()
    app = mountApp(hash)
    await settle()
    expect(differingFraction(orbited, pixelsOf(canvasOf(app.host)))).toBeLessThan(0.002)
    expect(app.errors).toEqual([])
  })
})
