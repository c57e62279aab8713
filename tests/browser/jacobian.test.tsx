// The Jacobian scene in real Chromium: draws its four panels, reads J and det J at the picked point (checked against
// hand values), moves the point by click and by arrow keys (readouts and pixels follow), and shows the flipped, the
// undefined and the extreme-ε states. Screenshots go to test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const readout = (host: HTMLElement, key: string) => host.querySelector(`[data-testid="jacobian-readouts"] [data-readout="${key}"] dd`)?.textContent ?? ''
const matrixCells = (host: HTMLElement) => [...host.querySelectorAll('[data-matrix="J(p)"] td')].map((td) => Number(td.textContent))

/** Screen position of a world point (z = 0) for the scene's camera: straight down from height 3.1, 45° vertical field. */
function screenOf(canvas: HTMLCanvasElement, wx: number, wy: number): { x: number; y: number } {
  const rect = canvas.getBoundingClientRect()
  const halfHeight = 3.1 * Math.tan((22.5 * Math.PI) / 180)
  const halfWidth = halfHeight * (rect.width / rect.height)
  return { x: rect.width / 2 + (wx / halfWidth) * (rect.width / 2), y: rect.height / 2 - (wy / halfHeight) * (rect.height / 2) }
}

describe('Jacobian scene', () => {
  it('draws the four panels and shows J and det J of z² at the default point, by hand', async () => {
    app = mountApp('#/jacobian')
    await settle()
    const pixels = pixelsOf(canvasOf(app.host))
    expect(coveredFraction(pixels)).toBeGreaterThan(0.2)
    expect(queryOf(location.hash).get('u')).toBe('x^2 - y^2')
    // z² at p = (0.8, 0.5): J = [[2x, −2y], [2y, 2x]] = [[1.6, −1], [1, 1.6]], det = 4(x² + y²) = 3.56.
    expect(matrixCells(app.host)).toEqual([1.6, -1, 1, 1.6])
    expect(readout(app.host, 'det')).toBe('3.56')
    expect(readout(app.host, 'value')).toBe('(0.39, 0.8)')
    // ε = 0.2: area F(S) = ∫∫_S |det J| = ∫∫ 4(x² + y²) over [0.8, 1] × [0.5, 0.7], so the ratio is
    // 4·(mean of x² + mean of y²) = 4·((1 − 0.512)/0.6 + (0.343 − 0.125)/0.6) ≈ 4.707, well above det J(p): the error is O(ε).
    const exactRatio = 4 * ((1 - 0.512) / 0.6 + (0.343 - 0.125) / 0.6)
    expect(Number(readout(app.host, 'area-ratio'))).toBeCloseTo(exactRatio, 2)
    expect(app.host.querySelector('[data-testid="jacobian-symbolic"] .katex')).not.toBeNull()
    // The limit table: at ε/10 and ε/100 the gap to det J shrinks about tenfold each time (it is O(ε)).
    const gaps = [...app.host.querySelectorAll('[data-testid="jacobian-limit"] tbody tr td:nth-child(3)')].map((td) => Number(td.textContent))
    expect(gaps).toHaveLength(3)
    expect(gaps[1]! / gaps[0]!).toBeCloseTo(0.1, 1)
    expect(gaps[2]! / gaps[1]!).toBeCloseTo(0.1, 1)
    await shot('jacobian-default')
    app.host.querySelector('[data-testid="jacobian-panel"]')!.scrollIntoView()
    await shot('jacobian-side-panel')
    expect(app.errors).toEqual([])
  })

  it('a click, a drag in the domain panel and the arrow keys move p: the link, readouts and pixels follow', async () => {
    app = mountApp('#/jacobian')
    await settle()
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    // The domain panel: centre (−0.57, 0.57) in world, [−1.5, 1.5]² fitted into 0.88 world units. Math (−1, 0.5):
    const scale = 0.88 / 3
    const target = screenOf(canvas, -0.57 + scale * -1, 0.57 + scale * 0.5)
    await userEvent.click(canvas, { position: target })
    await waitFor(() => Math.abs(Number(queryOf(location.hash).get('px')) + 1) < 0.05, 'p to move to the click')
    await settle()
    const clickedX = Number(queryOf(location.hash).get('px'))
    const clickedY = Number(queryOf(location.hash).get('py'))
    expect(clickedY).toBeCloseTo(0.5, 1)
    expect(Number(readout(app.host, 'det'))).toBeCloseTo(4 * (clickedX * clickedX + clickedY * clickedY), 2)
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.005)

    // A drag: press at math (−1, 0.5), move to (1, −1), release; p follows the pointer to where it is released.
    const at = (x: number, y: number) => {
      const s = screenOf(canvas, -0.57 + scale * x, 0.57 + scale * y)
      const rect = canvas.getBoundingClientRect()
      return { clientX: rect.left + s.x, clientY: rect.top + s.y, button: 0, pointerId: 7, bubbles: true, isPrimary: true }
    }
    canvas.dispatchEvent(new PointerEvent('pointerdown', at(-1, 0.5)))
    canvas.dispatchEvent(new PointerEvent('pointermove', at(0, -0.2)))
    canvas.dispatchEvent(new PointerEvent('pointermove', at(1, -1)))
    canvas.dispatchEvent(new PointerEvent('pointerup', at(1, -1)))
    await waitFor(() => Math.abs(Number(queryOf(location.hash).get('px')) - 1) < 0.05, 'p to follow the drag')
    expect(Number(queryOf(location.hash).get('py'))).toBeCloseTo(-1, 1)
    await settle()

    const px = Number(queryOf(location.hash).get('px'))
    const dragged = pixelsOf(canvas)
    canvas.focus()
    await userEvent.keyboard('{ArrowRight}')
    await waitFor(() => Number(queryOf(location.hash).get('px')) > px + 0.05, 'an arrow key to move p by 1/50 of the domain')
    await settle()
    expect(Number(queryOf(location.hash).get('px'))).toBeCloseTo(px + 0.06, 6)
    expect(differingFraction(dragged, pixelsOf(canvas))).toBeGreaterThan(0.0005)
    await shot('jacobian-clicked')
    expect(app.errors).toEqual([])
  })

  it('the fold flips orientation (det < 0), log says "undefined here", and ε at both ends of its slider', async () => {
    app = mountApp(`#/jacobian?preset=fold&u=x&v=${encodeURIComponent('y^3 + x*y')}&px=-1&py=0.2`)
    await settle()
    // Fold (x, y³ + xy) at (−1, 0.2): det J = 3y² + x = −0.88.
    expect(readout(app.host, 'det')).toBe('-0.88')
    expect(readout(app.host, 'orientation')).toContain('flipped')
    expect(Number(readout(app.host, 'area-ratio'))).toBeLessThan(0)
    await shot('jacobian-fold-flipped')
    app.unmount()

    app = mountApp('#/jacobian?preset=custom&u=log(x)&v=y&xr=-1,2&yr=-1,1&px=-0.5&py=0.2')
    await settle()
    expect(readout(app.host, 'det')).toBe('undefined here')
    expect(readout(app.host, 'area-ratio')).toBe('undefined here')
    expect(app.host.querySelector('[data-matrix="J(p)"]')!.textContent).toBe('undefined here')
    await shot('jacobian-undefined')
    app.unmount()

    app = mountApp(`#/jacobian?preset=polar&u=${encodeURIComponent('x*cos(y)')}&v=${encodeURIComponent('x*sin(y)')}&xr=0,2&yr=-3,3&px=1.2&py=0.6&eps=0.001`)
    await settle()
    // Polar at r = 1.2: det J = r, and at ε = 0.001 the area ratio agrees to about ε/2.
    expect(readout(app.host, 'det')).toBe('1.2')
    expect(Number(readout(app.host, 'area-ratio'))).toBeCloseTo(1.2005, 3)
    await shot('jacobian-polar-tiny-eps')
    app.unmount()

    const swirl = ['u=x*cos(s*(x^2 + y^2)) - y*sin(s*(x^2 + y^2))', 'v=x*sin(s*(x^2 + y^2)) + y*cos(s*(x^2 + y^2))']
    app = mountApp(`#/jacobian?preset=swirl&${swirl.map((kv) => kv.replace(/=(.*)/, (_, e: string) => '=' + encodeURIComponent(e))).join('&')}&s=1.5&px=0.9&py=0.4&eps=1`)
    await settle()
    expect(readout(app.host, 'det')).toBe('1')
    await shot('jacobian-swirl-eps-1')
    expect(app.errors).toEqual([])
  })

  it('choosing the linear preset in the GUI: J is the matrix of sliders and F(S) is exactly J·S', async () => {
    app = mountApp('#/jacobian')
    await settle()
    const before = pixelsOf(canvasOf(app.host))
    await userEvent.selectOptions(app.host.querySelector<HTMLSelectElement>('[data-param="preset"] select')!, 'Linear [[a, b], [c, d]]')
    await waitFor(() => queryOf(location.hash).get('u') === 'a*x + b*y', 'the preset to load')
    await settle()
    expect(matrixCells(app.host)).toEqual([1.2, 0.5, -0.3, 0.9])
    // det = 1.2·0.9 − 0.5·(−0.3) = 1.23, and for a linear map the area ratio is det J at any ε, up to rounding.
    expect(readout(app.host, 'det')).toBe('1.23')
    expect(readout(app.host, 'area-ratio')).toBe('1.23')
    expect(differingFraction(before, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.02)
    await shot('jacobian-linear')
    expect(app.errors).toEqual([])
  })
})
