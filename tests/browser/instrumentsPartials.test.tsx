// Chapter 2 · Partial derivatives in real Chromium: the scene draws the surface with both slices, the readouts
// give f and ∇f at the picked point (checked against Math.*), the arrow keys and a click move the point (the URL,
// the readouts and the pixels follow), and at an undefined point the readouts say so. Screenshots in test-output.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const readout = (host: HTMLElement, key: string) => host.querySelector(`[data-testid="instrument-readouts"] [data-readout="${key}"] dd`)?.textContent ?? null
const fmt = (v: number) => String(Number(v.toPrecision(4)))

describe('partial derivatives scene', () => {
  it('draws the slices and reads f and ∇f at the default point (1, 0.5)', async () => {
    app = mountApp('#/partial-derivatives')
    await settle()
    const pixels = pixelsOf(canvasOf(app.host))
    expect(coveredFraction(pixels)).toBeGreaterThan(0.1)
    await waitFor(() => readout(app!.host, 'f'), 'the readouts')
    // f = sin x cos y + x²/8, ∇f = (cos x cos y + x/4, −sin x sin y), by hand.
    expect(readout(app.host, 'f')).toBe(fmt(Math.sin(1) * Math.cos(0.5) + 1 / 8))
    expect(readout(app.host, 'grad')).toBe(`(${fmt(Math.cos(1) * Math.cos(0.5) + 0.25)}, ${fmt(-Math.sin(1) * Math.sin(0.5))})`)
    await shot('partials-default')

    // Without the slices the picture changes: they are really drawn.
    app.unmount()
    app = mountApp('#/partial-derivatives?sliceX=0&sliceY=0')
    await settle()
    expect(differingFraction(pixels, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.005)
    expect(app.errors).toEqual([])
  })

  it('arrow keys move the point (Shift: fine steps) and a click picks one', async () => {
    app = mountApp('#/partial-derivatives')
    await settle()
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    canvas.focus()
    await userEvent.keyboard('{ArrowRight}')
    await waitFor(() => queryOf(location.hash).get('px') === '1.12', 'px to move by 6/50')
    await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}')
    await waitFor(() => queryOf(location.hash).get('py') === '0.512', 'py to move by 6/500')
    await settle()
    expect(readout(app.host, 'point')).toBe('(1.12, 0.512)')
    expect(readout(app.host, 'f')).toBe(fmt(Math.sin(1.12) * Math.cos(0.512) + 1.12 ** 2 / 8))
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.001)
    await shot('partials-moved-by-keys')

    // A click in the middle of the canvas hits the surface somewhere else than (1.12, 0.512).
    const rect = canvas.getBoundingClientRect()
    const options = { clientX: rect.left + rect.width * 0.45, clientY: rect.top + rect.height * 0.55, button: 0, pointerId: 1, bubbles: true }
    canvas.dispatchEvent(new PointerEvent('pointerdown', options))
    canvas.dispatchEvent(new PointerEvent('pointerup', options))
    await waitFor(() => queryOf(location.hash).get('px') !== '1.12', 'the click to pick a point')
    await settle()
    const px = Number(queryOf(location.hash).get('px'))
    const py = Number(queryOf(location.hash).get('py'))
    expect(px).toBeGreaterThanOrEqual(-3)
    expect(px).toBeLessThanOrEqual(3)
    expect(readout(app.host, 'f')).toBe(fmt(Math.sin(px) * Math.cos(py) + px ** 2 / 8))
    await shot('partials-clicked')
    expect(app.errors).toEqual([])
  })

  it('dragging the marker moves the point (one history entry for the whole drag), not the camera', async () => {
    app = mountApp('#/partial-derivatives?sliceX=0&sliceY=0')
    await settle()
    const canvas = canvasOf(app.host)
    // Find the marker by its colour (#ff2d6f) in the frame.
    const pixels = pixelsOf(canvas)
    let sx = 0
    let sy = 0
    let count = 0
    for (let i = 0; i < pixels.length; i += 4) {
      if (pixels[i]! > 220 && pixels[i + 1]! < 90 && pixels[i + 2]! > 70 && pixels[i + 2]! < 150) {
        const p = i / 4
        sx += p % canvas.width
        sy += Math.floor(p / canvas.width)
        count++
      }
    }
    expect(count).toBeGreaterThan(20)
    const rect = canvas.getBoundingClientRect()
    const at = (px: number, py: number) => ({
      clientX: rect.left + (px / canvas.width) * rect.width,
      clientY: rect.top + (py / canvas.height) * rect.height,
      button: 0,
      pointerId: 7,
      bubbles: true,
    })
    const [mx, my] = [sx / count, sy / count]
    // Chromium caps history.length at 50 in a long test session, so count entries by walking Back instead.
    const hashBefore = location.hash
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(mx, my)))
    for (let k = 1; k <= 5; k++) canvas.dispatchEvent(new PointerEvent('pointermove', at(mx - 12 * k, my + 6 * k)))
    canvas.dispatchEvent(new PointerEvent('pointerup', at(mx - 60, my + 30)))
    await waitFor(() => queryOf(location.hash).get('px') !== '1', 'the drag to move the point')
    await settle()
    expect(queryOf(location.hash).has('cam')).toBe(false) // the orbit controls never saw the press
    await shot('partials-dragged')
    // One Back returns to the view before the drag: the whole drag was one history entry.
    history.back()
    await waitFor(() => location.hash === hashBefore, 'one Back to undo the whole drag')
    expect(app.errors).toEqual([])
  })

  it('says "undefined here" where f is undefined, and draws no slices there', async () => {
    app = mountApp('#/partial-derivatives?f=log(x)%2By&px=-1&py=0.5&xr=-2,2&yr=-2,2')
    await settle()
    await waitFor(() => readout(app!.host, 'f'), 'the readouts')
    expect(readout(app.host, 'f')).toBe('undefined here')
    expect(readout(app.host, 'grad')).toBe('undefined here')
    await shot('partials-undefined')
    expect(app.errors).toEqual([])
  })
})
