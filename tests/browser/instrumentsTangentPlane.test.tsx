// Chapter 2 · Tangent plane and Hessian in real Chromium: the plane, the quadratic model and the principal
// directions draw; the readouts give H, its eigenvalues and the second-derivative test, checked by hand at the two
// critical points of x³/3 − x + y²/2; an undefined point says so. Screenshots in test-output/screenshots.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { canvasOf, coveredFraction, differingFraction, mountApp, pixelsOf, settle, waitFor, type Mounted } from './appHarness.ts'

let app: Mounted | null = null
afterEach(() => {
  app?.unmount()
  app = null
})

const shot = (name: string) => page.screenshot({ path: `../../test-output/screenshots/${name}.png` })
const text = (host: HTMLElement, key: string) => host.querySelector(`[data-testid="instrument-readouts"] [data-readout="${key}"]`)?.textContent ?? null

describe('tangent plane and Hessian scene', () => {
  it('draws the tangent plane and principal directions; the quadratic model adds to the picture', async () => {
    app = mountApp('#/tangent-plane-hessian')
    await settle()
    const withPlane = pixelsOf(canvasOf(app.host))
    expect(coveredFraction(withPlane)).toBeGreaterThan(0.1)
    await waitFor(() => text(app!.host, 'classification'), 'the classification')
    // At (0.4, 0.8): ∇f = (x² − 1, y) = (−0.84, 0.8) ≠ 0, H = diag(2x, 1) = diag(0.8, 1): a bowl, not a critical point.
    expect(text(app.host, 'classification')).toMatch(/not a critical point.*curves up in every direction/)
    expect(text(app.host, 'eigenvalues')).toContain('(0.8, 1)')
    expect(app.host.querySelector('[data-testid="symbolic-hessian"] .katex')).not.toBeNull()
    await shot('tangent-plane-default')
    app.unmount()

    app = mountApp('#/tangent-plane-hessian?quadratic=1&plane=0&px=-0.6&py=0.3')
    await settle()
    expect(differingFraction(withPlane, pixelsOf(canvasOf(app.host)))).toBeGreaterThan(0.01)
    await shot('tangent-plane-quadratic-model')
    expect(app.errors).toEqual([])
  })

  it('the second-derivative test at the critical points (1, 0) and (−1, 0)', async () => {
    app = mountApp('#/tangent-plane-hessian?px=1&py=0')
    await settle()
    await waitFor(() => text(app!.host, 'classification'), 'the classification')
    expect(text(app.host, 'classification')).toMatch(/^local minimum/)
    expect(text(app.host, 'eigenvalues')).toContain('(1, 2)') // H = diag(2, 1)
    app.unmount()
    app = mountApp('#/tangent-plane-hessian?px=-1&py=0&quadratic=1')
    await settle()
    await waitFor(() => text(app!.host, 'classification'), 'the classification')
    expect(text(app.host, 'classification')).toMatch(/^saddle point/)
    expect(text(app.host, 'eigenvalues')).toContain('(-2, 1)') // H = diag(−2, 1)
    // Principal directions: the x axis bends down (λ₁ = −2), the y axis up (λ₂ = 1); an eigenvector's sign is arbitrary.
    expect(text(app.host, 'eigenvector1')).toMatch(/\(-?1, 0\)/)
    expect(text(app.host, 'eigenvector2')).toMatch(/\(0, -?1\)/)
    await shot('tangent-plane-saddle')
    expect(app.errors).toEqual([])
  })

  it('colours the surface by curvature from the Hessian in the shader (optional mode)', async () => {
    // x³/3 − x + y²/2: H = diag(2x, 1), a bowl for x > 0 (blue) and a saddle for x < 0 (green).
    app = mountApp('#/tangent-plane-hessian?plane=0&principal=0')
    await settle()
    const height = pixelsOf(canvasOf(app.host))
    expect(app.host.querySelector('[data-testid="height-legend-bar"]')).not.toBeNull()
    app.unmount()
    app = mountApp('#/tangent-plane-hessian?plane=0&principal=0&curvature=1')
    await settle()
    const curvature = pixelsOf(canvasOf(app.host))
    expect(differingFraction(height, curvature)).toBeGreaterThan(0.1)
    // The colours no longer mean height, so the height legend is gone (the panel explains the curvature colours).
    expect(app.host.querySelector('[data-testid="height-legend-bar"]')).toBeNull()
    // Both categories are on screen: some clearly blue pixels (b ≫ r, g) and some clearly green ones (g ≫ r, b).
    let blue = 0
    let green = 0
    for (let i = 0; i < curvature.length; i += 4) {
      const [r, g, b] = [curvature[i]!, curvature[i + 1]!, curvature[i + 2]!]
      if (b > r + 60 && b > g + 20) blue++
      if (g > r + 50 && g > b + 40) green++
    }
    expect(blue).toBeGreaterThan(2000)
    expect(green).toBeGreaterThan(2000)
    await shot('tangent-plane-curvature-colours')
    expect(app.errors).toEqual([])
  })

  it('says "undefined here" at a point where f is undefined', async () => {
    app = mountApp('#/tangent-plane-hessian?f=sqrt(1-x^2-y^2)&xr=-1.5,1.5&yr=-1.5,1.5&px=1.2&py=0.3')
    await settle()
    await waitFor(() => text(app!.host, 'hessian'), 'the Hessian row')
    expect(text(app.host, 'f')).toContain('undefined here')
    expect(text(app.host, 'hessian')).toContain('undefined here')
    await shot('tangent-plane-undefined')
    expect(app.errors).toEqual([])
  })
})
