// Chapter 4 in real Chromium: each scene draws, its numbers are checked (the matrix rule against an independent
// computation on the page), and its default, error and extreme states are saved as screenshots for a person to look
// at (test-output/screenshots/ch4-*.png). The backprop scene's batch gradients are compared with tf.grads here.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, settle, waitFor, type Mounted } from './appHarness.ts'
import type { BackpropModel } from '../../src/ui/matrix/useBackprop.ts'
import { relativeDifference } from '../../src/math/matrix/index.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/ch4-${name}.png` })
const text = (host: HTMLElement, selector: string) => host.querySelector(selector)?.textContent ?? ''
const readout = (host: HTMLElement, key: string) => text(host, `[data-readout="${key}"] dd`)

/** Types into a React-controlled input (sets the value through the native setter, then fires 'input'). */
function typeInto(input: HTMLInputElement, value: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}
/** Mounts the app at hash and waits until the scene's panel is there and the canvas has settled. */
async function open(hash: string, panel: string, onModel?: (id: string, model: unknown) => void): Promise<Mounted> {
  const mounted = mountApp(hash, onModel)
  await waitFor(() => mounted.host.querySelector(`[data-testid="${panel}"]`), `the panel ${panel}`)
  // the frame counters are global to the page (an earlier scene may have set them): wait for this scene's picture
  await waitFor(() => coveredFraction(pixelsOf(canvasOf(mounted.host))) > 0.02, `the picture of ${hash}`)
  await settle()
  return mounted
}
const field = (host: HTMLElement, id: string) => host.querySelector<HTMLInputElement>(`[data-testid="${id}"] input`)!

describe('chapter 4 scenes', () => {
  it('the chapter menu lists the five scenes as links', async () => {
    app = await open('#/matrix-identities', 'identity-checker')
    const links = [...app.host.querySelectorAll<HTMLAnchorElement>('nav a')].map((a) => a.getAttribute('href'))
    for (const id of ['scalar-by-vector', 'vector-by-vector', 'scalar-by-matrix', 'backprop', 'matrix-identities']) {
      expect(links.some((h) => h?.startsWith(`#/${id}`)), id).toBe(true)
    }
    const chapter4 = [...app.host.querySelectorAll<HTMLButtonElement>('.nav-chapter-title')].find((b) => b.textContent?.includes('Matrix calculus'))!
    expect(chapter4.disabled).toBe(false)
  })

  it('matrix differentiator: the default identity, its three verdicts, a shape error, a gallery click, extreme values', async () => {
    app = await open('#/matrix-identities', 'identity-checker')
    const host = app.host
    expect(text(host, '[data-testid="checker-text"]')).toBe("(A + A')*x + b")
    expect(text(host, '[data-testid="checker-shape"]')).toContain('shape 3')
    expect(host.querySelector('[data-testid="checker-result"] .katex')).not.toBeNull()
    expect(host.querySelector('[data-verdict="fd"]')!.getAttribute('data-ok')).toBe('true')
    expect(host.querySelector('[data-verdict="formula"]')!.getAttribute('data-ok')).toBe('true')
    await waitFor(() => host.querySelector('[data-verdict="tf"]')!.getAttribute('data-ok') === 'true', 'the TF.js verdict')
    expect(coveredFraction(pixelsOf(canvasOf(host)))).toBeGreaterThan(0.05)
    await shot('identities-default')

    // a shape error, said where it was typed; the last good derivative stays
    typeInto(field(host, 'checker-expr'), "A*x + b'*x")
    typeInto(field(host, 'checker-shapes'), 'x: 2, A: 3×3, b: 3')
    await waitFor(() => host.querySelector('[data-testid="checker-expr"] [data-error]'), 'the error')
    expect(text(host, '[data-testid="checker-expr"] [role="alert"]')).toContain('A is 3×3 but x has 2 rows')
    expect(text(host, '[data-testid="checker-expr"] mark')).toBe('A*x')
    expect(text(host, '[data-testid="checker-text"]')).toBe("(A + A')*x + b")
    await settle()
    await shot('identities-shape-error')

    typeInto(field(host, 'checker-shapes'), 'x: 3, A: 3×3, b: 3')
    typeInto(field(host, 'checker-expr'), 'x*b')
    await waitFor(() => text(host, '[data-testid="checker-expr"] [role="alert"]').includes('did you mean'), 'the x*b hint')
    expect(text(host, '[data-testid="checker-expr"] [role="alert"]')).toContain("x*b multiplies two 3-vectors: did you mean x'*b (inner) or x.*b (elementwise)?")

    // the gallery: the determinant, one click away
    host.querySelector<HTMLButtonElement>('[data-identity="det"]')!.click()
    await waitFor(() => text(host, '[data-testid="checker-text"]') === "det(X)*inv(X)'", 'the det identity')
    await waitFor(() => host.querySelector('[data-verdict="tf"]')!.getAttribute('data-ok') === 'true', 'the TF.js verdict for det')
    expect(host.querySelector('[data-verdict="formula"]')!.getAttribute('data-ok')).toBe('true')
    expect(host.querySelectorAll('[data-testid="checker-steps"] tbody tr').length).toBeGreaterThan(2)
    await settle()
    await shot('identities-det')
    expect(app.errors).toEqual([])
  })

  it('matrix differentiator at extreme values: entries in [-1000, 1000], a 4-tensor refused', async () => {
    app = await open('#/matrix-identities?identity=least-squares&values=-1000,1000', 'identity-checker')
    const host = app.host
    expect(text(host, '[data-testid="checker-text"]')).toBe("2*A'*(A*x - b)")
    expect(host.querySelector('[data-verdict="fd"]')!.getAttribute('data-ok')).toBe('true')
    await waitFor(() => host.querySelector('[data-verdict="tf"]')!.getAttribute('data-ok') !== null, 'the TF.js verdict')
    await shot('identities-extreme')
    typeInto(field(host, 'checker-expr'), 'A*A')
    typeInto(field(host, 'checker-shapes'), 'A: 3×3')
    typeInto(field(host, 'checker-wrt'), 'A')
    await waitFor(() => text(host, '[data-testid="checker-expr"] [role="alert"]').includes('4-tensor'), 'the 4-tensor refusal')
    await settle()
    await shot('identities-4-tensor')
  })

  it('scalar by matrix: ∂L/∂W equals δxᵀ, rank one per example, not for the batch; 8×8 with 16 examples', async () => {
    app = await open('#/scalar-by-matrix', 'scalar-by-matrix-panel')
    const host = app.host
    expect(Number(readout(host, 'mismatch'))).toBeLessThan(1e-12)
    expect(readout(host, 'rank')).toBe('1')
    expect(Number(readout(host, 'batch-rank'))).toBeGreaterThan(1)
    expect(coveredFraction(pixelsOf(canvasOf(host)))).toBeGreaterThan(0.05)
    await shot('scalar-by-matrix-default')
    app.unmount()
    app = await open('#/scalar-by-matrix?loss=crossEntropy&m=8&n=8&batch=16&example=16&values=-20,20', 'scalar-by-matrix-panel')
    expect(Number(readout(app.host, 'mismatch'))).toBeLessThan(1e-12)
    expect(readout(app.host, 'rank')).toBe('1')
    // softmax cross-entropy: every δ = p − y sums to 0 (both sum to 1), so all rows of the batch sum are orthogonal to
    // the ones vector after transposing: rank at most m − 1 = 7, however many examples
    expect(readout(app.host, 'batch-rank')).toBe('7')
    await shot('scalar-by-matrix-extreme')
    app.unmount()
    // a bad link: an out-of-range size is refused with a message, the default shape stays
    app = await open('#/scalar-by-matrix?m=99', 'scalar-by-matrix-panel')
    expect(app.host.textContent).toContain('99 is outside [2, 8]')
    expect(readout(app.host, 'rank')).toBe('1')
    await shot('scalar-by-matrix-bad-link')
  })

  it('backprop: twelve operations with shapes, batch gradients = tf.grads (float32), training moves the boundary', async () => {
    let model: BackpropModel | null = null
    app = await open('#/backprop', 'backprop-panel', (id, m) => { if (id === 'backprop') model = m as BackpropModel })
    const host = app.host
    expect(host.querySelectorAll('[data-testid="backprop-ops"] li').length).toBe(12)
    expect(text(host, '[data-op="7"]')).toContain('[2×6]')
    expect(text(host, '[data-op="11"]')).toContain('[6×2]')
    const checked = await waitFor(() => (model?.check.status === 'done' ? model : null), 'the tf.grads check')
    if (checked.check.status !== 'done') throw new Error('unreachable')
    for (const key of ['W1', 'b1', 'W2', 'b2'] as const) {
      // float32 autodiff against the float64 backward pass, to float32 tolerance
      expect(relativeDifference(checked.check.value.autodiff[key], checked.batch.grads[key]), key).toBeLessThan(1e-4)
    }
    expect(readout(host, 'autodiff')).toContain('✓')
    const before = pixelsOf(canvasOf(host))
    const lossBefore = checked.batch.loss
    await shot('backprop-default')
    host.querySelector<HTMLButtonElement>('[data-testid="train-50"]')!.click()
    await waitFor(() => model!.epochs === 50, 'fifty SGD steps')
    await settle()
    expect(model!.batch.loss).toBeLessThan(lossBefore)
    expect(differingFraction(before, pixelsOf(canvasOf(host)))).toBeGreaterThan(0.01)
    await waitFor(() => model!.check.status === 'done', 'the check after training')
    expect(readout(host, 'autodiff')).toContain('✓')
    await shot('backprop-trained')
    // stepping: back to the forward pass only
    for (let shown = 11; shown >= 5; shown--) {
      host.querySelector<HTMLButtonElement>('[data-testid="op-back"]')!.click()
      await waitFor(() => host.querySelectorAll('[data-testid="backprop-ops"] li').length === shown, `${shown} operations`)
    }
    expect(host.querySelectorAll('[data-pass="backward"]').length).toBe(0)
    expect(app.errors).toEqual([])
  })

  it('backprop at extremes: 16 ReLU units, learning rate 10, xor', async () => {
    let model: BackpropModel | null = null
    app = await open('#/backprop?data=xor&hidden=16&activation=relu&lr=10&example=80', 'backprop-panel', (id, m) => { if (id === 'backprop') model = m as BackpropModel })
    await waitFor(() => model?.check.status === 'done', 'the tf.grads check')
    expect(readout(app.host, 'autodiff')).toContain('✓')
    app.host.querySelector<HTMLButtonElement>('[data-testid="train-50"]')!.click()
    await waitFor(() => model!.epochs === 50, 'fifty SGD steps')
    await settle()
    expect(Number.isFinite(model!.batch.loss)).toBe(true)
    await shot('backprop-extreme')
  })

  it('scalar by vector: (A + Aᵀ)p + b equals the surface partials; only the symmetric part matters', async () => {
    app = await open('#/scalar-by-vector', 'scalar-by-vector-panel')
    const host = app.host
    expect(Number(readout(host, 'agreement'))).toBeLessThan(1e-12)
    expect(readout(host, 'f-A')).toBe(readout(host, 'f-S'))
    expect(text(host, '[data-testid="symmetry-note"]')).toContain('not symmetric')
    const formulaBefore = readout(host, 'formula') // a₁₂ + a₂₁ = 1: S has 0.5 off the diagonal
    expect(formulaBefore).not.toBe('')
    expect(coveredFraction(pixelsOf(canvasOf(host)))).toBeGreaterThan(0.05)
    await shot('scalar-by-vector-default')
    app.unmount()
    // A with opposite off-diagonal changes: the same S, so the same f and the same gradient
    app = await open('#/scalar-by-vector?a12=2.5&a21=-1.5', 'scalar-by-vector-panel')
    expect(readout(app.host, 'formula')).toBe(formulaBefore)
    app.unmount()
    app = await open('#/scalar-by-vector?a11=-3&a12=3&a21=3&a22=-3&b1=3&b2=-3&xr=-40,40&yr=-40,40', 'scalar-by-vector-panel')
    expect(Number(readout(app.host, 'agreement'))).toBeLessThan(1e-12)
    await shot('scalar-by-vector-extreme')
  })

  it('vector by vector: diag(1 − tanh²(Wp + c))W equals the entrywise Jacobian; saturated and linear maps', async () => {
    app = await open('#/vector-by-vector', 'vector-by-vector-panel')
    const host = app.host
    expect(text(host, '[data-testid="vector-by-vector-panel"] .katex')).not.toBe('')
    expect(Number(text(host, '[data-testid="layer-agreement"]').split('difference ')[1])).toBeLessThan(1e-12)
    expect(coveredFraction(pixelsOf(canvasOf(host)))).toBeGreaterThan(0.1)
    await shot('vector-by-vector-default')
    app.unmount()
    app = await open('#/vector-by-vector?a11=4&a12=4&a21=-4&a22=4&px=1.5&py=1.5', 'vector-by-vector-panel')
    expect(Number(text(app.host, '[data-testid="layer-agreement"]').split('difference ')[1])).toBeLessThan(1e-12)
    await shot('vector-by-vector-saturated')
    app.unmount()
    app = await open('#/vector-by-vector?map=linear&a11=1&a12=2&a21=2&a22=4', 'vector-by-vector-panel')
    await shot('vector-by-vector-linear-singular')
  })
})
