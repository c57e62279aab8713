// Chapter 1 scenes in real Chromium: each mounts with no console errors, draws its curves, reacts to an
// interaction (a drag, a key, a slider, a preset), and shows honest messages where the derivative does not exist.
// Screenshots go to test-output/screenshots/chapter1-*.png.
import { afterEach, describe, expect, it } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, queryOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/chapter1-${name}.png` })
/**
 * Mounts a chapter-1 scene and waits until its side panel is there and the canvas has drawn and gone quiet
 * (settle() alone can return early while the scene's module is still loading, since frameStats is shared).
 */
async function mountScene(hash: string): Promise<Mounted> {
  const mounted = mountApp(hash)
  await waitFor(() => mounted.host.querySelector('.c1-values, .c1-verdict, [data-testid="gallery-rule"]'), 'the scene panel')
  await waitFor(() => coveredFraction(pixelsOf(canvasOf(mounted.host))) > 0.005, 'a drawn canvas')
  await settle()
  return mounted
}

const valueOf = (host: HTMLElement, id: string) => Number(host.querySelector<HTMLElement>(`[data-value="${id}"]`)?.dataset.number)

describe('chapter 1: tangent line', () => {
  it('draws f and f′, and the arrow keys move the picked point and its slope readout', async () => {
    app = await mountScene('#/tangent-line')
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
    // Shift: fine steps of 1/2000 of the range.
    await userEvent.keyboard('{Shift>}{ArrowLeft}{/Shift}')
    await settle()
    expect(Number(queryOf(location.hash).get('x0'))).toBeCloseTo(x0 - 6 / 2000, 9)
    expect(app.errors).toEqual([])
  })

  it('at the corner of |x| there is no tangent, and the panel says the one-sided slopes disagree', async () => {
    app = await mountScene('#/tangent-line?f=abs(x)&x0=0')
    const note = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-verdict]'), 'the verdict')
    expect(note.dataset.verdict).toBe('corner')
    // The one number formatter writes the ASCII minus (pasteable into an expression).
    expect(note.textContent).toMatch(/-1.*1/)
    await shot('tangent-corner')
    expect(app.errors).toEqual([])
  })
})

describe('chapter 1: the derivative as a limit', () => {
  it('the quotient table converges to f′(x₀) and then round-off grows; the left side redraws the secant', async () => {
    app = await mountScene('#/derivative-limit')
    const canvas = canvasOf(app.host)
    const table = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="quotient-table"]'), 'the quotient table')
    // sin(x) + x²/5 at 0.5: the quotient at h = 1e-6, computed here from Math.sin, is in the table and close to cos(0.5) + 0.2.
    const f = (x: number) => Math.sin(x) + (x * x) / 5
    const cell = table.querySelector<HTMLElement>('tr[data-exponent="6"] [data-right]')!
    expect(Number(cell.dataset.right)).toBe((f(0.5 + 1e-6) - f(0.5)) / 1e-6)
    expect(Math.abs(Number(cell.dataset.right) - (Math.cos(0.5) + 0.2))).toBeLessThan(1e-6)
    expect(valueOf(app.host, 'quotient')).toBe((f(1) - f(0.5)) / 0.5)
    const before = pixelsOf(canvas)
    expect(coveredFraction(before)).toBeGreaterThan(0.01)
    await shot('limit-default')

    // The other side: h = −0.5, the left secant.
    const select = app.host.querySelector<HTMLSelectElement>('[data-param="side"] select')!
    select.selectedIndex = 1 // lil-gui reads the chosen option by index
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    expect(valueOf(app.host, 'h')).toBe(-0.5)
    expect(valueOf(app.host, 'quotient')).toBe((f(0) - f(0.5)) / -0.5)
    await shot('limit-left')
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.001)
    expect(app.errors).toEqual([])
  })

  it('with 16 rows the tiny steps show round-off: the error at h = 1e-15 is far larger than at 1e-8', async () => {
    app = await mountScene('#/derivative-limit?rows=16')
    const rows = await waitFor(() => app!.host.querySelectorAll<HTMLElement>('[data-testid="quotient-table"] tr[data-exponent]'), 'rows')
    expect(rows.length).toBe(16)
    const f = (x: number) => Math.sin(x) + (x * x) / 5
    const exact = Math.cos(0.5) + 0.2
    const error = (k: number) => Math.abs((f(0.5 + 10 ** -k) - f(0.5)) / 10 ** -k - exact)
    expect(error(15)).toBeGreaterThan(100 * error(8))
    expect(app.host.querySelector('tr[data-exponent="15"] .c1-roundoff')).not.toBeNull()
    rows[0]!.closest('table')!.scrollIntoView()
    await shot('limit-roundoff')
    expect(app.errors).toEqual([])
  })

  it('the step example: left and right quotients disagree and the panel says f is not continuous', async () => {
    app = await mountScene('#/derivative-limit?example=step&f=step(x)&x0=0&xr=-2,2&h=0.3')
    const note = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-verdict]'), 'the verdict')
    expect(note.dataset.verdict).toBe('jump')
    const row = app.host.querySelector<HTMLElement>('tr[data-exponent="4"]')!
    expect(Number(row.querySelector<HTMLElement>('[data-right]')!.dataset.right)).toBeCloseTo(1e4, 6)
    expect(Number(row.querySelector<HTMLElement>('[data-left]')!.dataset.left)).toBe(0)
    // No limit, so no error column to trust: the table says so instead of measuring against the formula's 0.
    expect(row.lastElementChild!.textContent).toBe('—')
    await shot('limit-step')
    expect(app.errors).toEqual([])
  })
})

describe('chapter 1: gallery and chain rule', () => {
  it('the gallery shows f and f′ with the rule; picking tan redraws with sec² and the poles left open', async () => {
    app = await mountScene('#/derivative-gallery')
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    expect(coveredFraction(before)).toBeGreaterThan(0.01)
    const rule = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="gallery-rule"]'), 'the rule')
    expect(rule.textContent).toContain('3')
    await shot('gallery-default')
    const select = app.host.querySelector<HTMLSelectElement>('[data-param="pick"] select')!
    select.selectedIndex = [...select.options].findIndex((o) => o.textContent === 'tan(x)')
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    expect(queryOf(location.hash).get('f')).toBe('tan(x)')
    await waitFor(() => app!.host.querySelector('[data-testid="gallery-rule"]')!.textContent!.includes('sec'), 'the sec² rule')
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.01)
    await shot('gallery-tan')
    expect(app.errors).toEqual([])
  })

  it('the chain rule: f′(g(x₀))·g′(x₀) equals d/dx f(g(x)), by hand 1.6·cos(0.64) for sin(x²) at 0.8; arrows move x₀', async () => {
    app = await mountScene('#/chain-rule')
    await waitFor(() => app!.host.querySelector('[data-value="product"]'), 'the readouts')
    expect(valueOf(app.host, 'inner-rate')).toBeCloseTo(1.6, 14)
    expect(valueOf(app.host, 'outer-rate')).toBeCloseTo(Math.cos(0.64), 14)
    expect(valueOf(app.host, 'product')).toBeCloseTo(1.6 * Math.cos(0.64), 14)
    expect(valueOf(app.host, 'direct')).toBeCloseTo(1.6 * Math.cos(0.64), 14)
    expect(app.host.querySelector<HTMLElement>('[data-testid="chain-check"]')!.dataset.agree).toBe('true')
    await shot('chain-default')
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    canvas.focus()
    await userEvent.keyboard('{ArrowRight}')
    await settle()
    // One step is 1/100 of the x range [−2, 2].
    expect(valueOf(app.host, 'inner-rate')).toBeCloseTo(2 * 0.84, 12)
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.001)
    expect(app.errors).toEqual([])
  })
})

describe('chapter 1: product and quotient rules, log and exp in ML', () => {
  it('the product rule: strips u′v and uv′ add up to (uv)′; switching to the quotient redraws and checks (u/v)′', async () => {
    app = await mountScene('#/product-quotient-rule')
    await waitFor(() => app!.host.querySelector('[data-value="by-rule"]'), 'the readouts')
    // u = 1 + x²/2, v = 2 + sin(2x)/2 at x = 1, by hand.
    const u = 1.5, v = 2 + Math.sin(2) / 2, du = 1, dv = Math.cos(2)
    expect(valueOf(app.host, 'first')).toBeCloseTo(du * v, 13)
    expect(valueOf(app.host, 'second')).toBeCloseTo(u * dv, 13)
    expect(valueOf(app.host, 'direct')).toBeCloseTo(du * v + u * dv, 13)
    expect(app.host.querySelector<HTMLElement>('[data-testid="rule-check"]')!.dataset.agree).toBe('true')
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)
    expect(coveredFraction(before)).toBeGreaterThan(0.01)
    await shot('product-default')
    const select = app.host.querySelector<HTMLSelectElement>('[data-param="rule"] select')!
    select.selectedIndex = 1
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    expect(valueOf(app.host, 'direct')).toBeCloseTo((du * v - u * dv) / (v * v), 13)
    expect(app.host.querySelector<HTMLElement>('[data-testid="rule-check"]')!.dataset.agree).toBe('true')
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.005)
    await shot('quotient')
    expect(app.errors).toEqual([])
  })

  it('ML: σ′ = σ(1−σ) is verified symbolically; the cross-entropy gradient is σ(z) − y; log-sum-exp shows softmax bars', async () => {
    app = await mountScene('#/log-exp-ml')
    const check = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="ml-check"]'), 'the check')
    expect(check.dataset.symbolic).toBe('true')
    const s = 1 / (1 + Math.exp(-0.5))
    expect(valueOf(app.host, 'df')).toBeCloseTo(s * (1 - s), 14)
    await shot('ml-sigmoid')
    const canvas = canvasOf(app.host)
    const before = pixelsOf(canvas)

    const select = app.host.querySelector<HTMLSelectElement>('[data-param="topic"] select')!
    select.selectedIndex = 2 // cross-entropy
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    await waitFor(() => queryOf(location.hash).get('topic') === 'xent', 'the cross-entropy topic')
    expect(app.host.querySelector<HTMLElement>('[data-testid="ml-check"]')!.dataset.symbolic).toBe('true')
    // y = 1: d/dz = σ(z) − 1 at z = 0.5.
    expect(valueOf(app.host, 'df')).toBeCloseTo(s - 1, 13)
    expect(differingFraction(before, pixelsOf(canvas))).toBeGreaterThan(0.005)
    await shot('ml-xent')

    select.selectedIndex = 3 // log-sum-exp
    select.dispatchEvent(new Event('change', { bubbles: true }))
    await settle()
    const bars = await waitFor(() => app!.host.querySelectorAll<HTMLElement>('[data-testid="softmax-bars"] [data-p]'), 'the softmax bars')
    const e = [Math.exp(0.5), Math.exp(1), Math.exp(-0.5)]
    const sum = e[0]! + e[1]! + e[2]!
    expect(bars.length).toBe(3)
    expect(Number(bars[0]!.dataset.p)).toBeCloseTo(e[0]! / sum, 14)
    expect(valueOf(app.host, 'df')).toBeCloseTo(e[0]! / sum, 13)
    await shot('ml-lse')
    expect(app.errors).toEqual([])
  })

  it('a wrong claim is not verified, and the panel gives the numerical gap instead', async () => {
    app = await mountScene('#/log-exp-ml?topic=custom&f=sigmoid(z)&g=sigmoid(z)^2&z0=0.5&zr=-8,8')
    const check = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-testid="ml-check"]'), 'the check')
    expect(check.dataset.symbolic).toBe('false')
    expect(check.textContent).toMatch(/Not shown symbolically/)
    await shot('ml-wrong-claim')
    expect(app.errors).toEqual([])
  })
})

describe('chapter 1: dragging, animation and undefined points', () => {
  it('pressing on the curve picks that x, dragging moves the point along f, and the view does not orbit', async () => {
    const THREE = await import('three')
    const { createCurveFrame, fitCurveWindow } = await import('../../src/math/calculus1d/index.ts')
    const { layoutPanels, CURVE_CAMERA_DISTANCE } = await import('../../src/render/curves/index.ts')
    app = await mountScene('#/tangent-line')
    const canvas = canvasOf(app.host)
    const box = canvas.getBoundingClientRect()
    // Where the scene draws (x, f(x)): the same layout and window rules, and the default camera facing the plot plane.
    const f = (x: number) => Math.sin(2 * x) + (x * x) / 4
    const frame = createCurveFrame(fitCurveWindow([f], -3, 3), layoutPanels(2, box.width / box.height, 'column')[0]!)
    const camera = new THREE.PerspectiveCamera(45, box.width / box.height, 0.01, 100)
    camera.up.set(0, 0, 1)
    camera.position.set(0, -CURVE_CAMERA_DISTANCE, 0)
    camera.lookAt(0, 0, 0)
    camera.updateMatrixWorld()
    const screen = (x: number, y: number) => {
      const p = new THREE.Vector3(frame.worldX(x), 0, frame.worldZ(y)).project(camera)
      return { clientX: box.left + ((p.x + 1) / 2) * box.width, clientY: box.top + ((1 - p.y) / 2) * box.height }
    }
    const pointer = (type: string, at: { clientX: number; clientY: number }) =>
      canvas.dispatchEvent(new PointerEvent(type, { ...at, bubbles: true, cancelable: true, pointerId: 1, button: 0, buttons: type === 'pointerup' ? 0 : 1, pointerType: 'mouse' }))
    const before = pixelsOf(canvas)
    pointer('pointerdown', screen(-1, f(-1)))
    await settle()
    // One pixel is about 6/700 in x: the picked x is within a few pixels of −1.
    expect(Math.abs(Number(queryOf(location.hash).get('x0')) + 1)).toBeLessThan(0.05)
    pointer('pointermove', screen(-2, 0))
    pointer('pointerup', screen(-2, 0))
    await settle()
    const x0 = Number(queryOf(location.hash).get('x0'))
    expect(Math.abs(x0 + 2)).toBeLessThan(0.05)
    expect(valueOf(app.host, 'slope')).toBeCloseTo(2 * Math.cos(2 * x0) + x0 / 2, 12)
    // The camera did not move: the tick labels along the bottom of the lower panel are where they were.
    const after = pixelsOf(canvas)
    const rowStart = Math.floor(canvas.height * 0.93) * canvas.width * 4
    expect(differingFraction(before.slice(rowStart), after.slice(rowStart))).toBeLessThan(0.01)
    await shot('tangent-dragged')
    expect(app.errors).toEqual([])
  })

  it('play h → 0 shrinks h to 1e-7, then switches itself off', async () => {
    app = await mountScene('#/derivative-limit?h=0.001&play=true')
    await waitFor(() => queryOf(location.hash).get('play') === '0', 'the end of the animation', 20_000)
    expect(Number(queryOf(location.hash).get('h'))).toBe(1e-7)
    expect(valueOf(app.host, 'h')).toBe(1e-7)
    await settle()
    await shot('limit-after-animation')
    expect(app.errors).toEqual([])
  })

  it('at a point where f is undefined, the point is hidden and the panel says so', async () => {
    app = await mountScene('#/tangent-line?f=log(x)&x0=-1')
    const note = await waitFor(() => app!.host.querySelector<HTMLElement>('[data-verdict]'), 'the verdict')
    expect(note.dataset.verdict).toBe('undefined-point')
    expect(app.host.querySelector('[data-value="fx0"]')!.textContent).toBe('undefined')
    expect(coveredFraction(pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.01)
    await shot('tangent-undefined')
    expect(app.errors).toEqual([])
  })
})

describe('chapter 1: extreme inputs', () => {
  it('1/x across its pole, and the cross-entropy far out where log(1 − σ(z)) underflows, draw without errors', async () => {
    app = await mountScene('#/derivative-gallery?pick=custom&f=1/x&xr=-2,2')
    expect(coveredFraction(pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.01)
    await shot('gallery-pole')
    expect(app.errors).toEqual([])
    app.unmount()
    app = await mountScene('#/log-exp-ml?topic=xent&f=-(y*log(sigmoid(z)) %2B (1 - y)*log(1 - sigmoid(z)))&g=sigmoid(z) - y&z0=40&zr=-60,60&y=0')
    // At z = 40, 1 − σ(z) rounds to 0 in float64: f is +∞ there, so the point is undefined and the panel says so.
    expect(app.host.querySelector('[data-value="f"]')!.textContent).toMatch(/undefined|∞/)
    await shot('ml-xent-underflow')
    expect(app.errors).toEqual([])
  })
})
