// The held-out image thumbnails of the landscape lab at the image model's native 28×28: each canvas is 28×28 and holds
// exactly the image's grey levels (checked pixel by pixel against the Fashion-MNIST subset), right and wrong predictions
// are framed apart, and the count of right ones is stated. No TF.js: the component alone, on real images.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { createRoot, type Root } from 'react-dom/client'
import { ImagePredictions } from '../../src/ui/landscape/ImagePredictions.tsx'
import { FASHION_CLASSES, FASHION_SIDE, fashionMnist } from '../../src/tensor/models/fashionMnist.ts'
import '../../scenes/lab/landscape/landscape.css'
import { waitFor } from './appHarness.ts'

let direct: { root: Root; container: HTMLElement } | null = null
afterEach(() => {
  direct?.root.unmount()
  direct?.container.remove()
  direct = null
})

describe('ImagePredictions at 28×28', () => {
  it('draws each held-out image exactly, frames right and wrong, and counts the right ones', async () => {
    const { test } = fashionMnist()
    const side = FASHION_SIDE
    expect(side).toBe(28)
    // the first ten held-out images are one of each class (interleaved); call every third one wrong
    const predictions = Array.from({ length: 10 }, (_, i) => ({ label: test.labels[i]!, predicted: i % 3 === 0 ? (i + 1) % 10 : test.labels[i]!, confidence: 0.5 + i / 40 }))
    const container = document.createElement('div')
    container.style.cssText = 'width:340px;padding:8px;background:#10141b;color:#ccd'
    document.body.appendChild(container)
    const root = createRoot(container)
    direct = { root, container }
    root.render(<ImagePredictions pixels={test.x} side={side} predictions={predictions} classNames={FASHION_CLASSES} />)
    const canvases = await waitFor(() => {
      const found = container.querySelectorAll('canvas')
      return found.length === 10 && Array.from(found)
    }, 'ten thumbnails')
    // effects draw after mount: wait for the last thumbnail's ink
    await waitFor(() => canvases[9]!.getContext('2d')!.getImageData(0, 0, side, side).data.some((v, k) => k % 4 !== 3 && v > 0), 'the thumbnails drawn')
    for (const [i, canvas] of canvases.entries()) {
      expect([canvas.width, canvas.height]).toEqual([28, 28])
      const drawn = canvas.getContext('2d')!.getImageData(0, 0, side, side).data
      for (let k = 0; k < side * side; k++) {
        const grey = Math.round(255 * test.x[i * side * side + k]!)
        if (drawn[4 * k] !== grey || drawn[4 * k + 1] !== grey || drawn[4 * k + 3] !== 255) {
          throw new Error(`thumbnail ${i} pixel ${k} is ${drawn[4 * k]}, expected ${grey}`)
        }
      }
      expect(canvas.closest('figure')!.className).toBe(i % 3 === 0 ? 'wrong' : 'right')
      // scaled up by CSS, pixelated: a thumbnail is shown larger than its 28 pixels
      expect(canvas.getBoundingClientRect().width).toBeGreaterThan(40)
    }
    // equal columns: a long caption ('T-shirt/top 73%') ellipsizes instead of widening its thumbnail
    const widths = canvases.map((c) => Math.round(c.getBoundingClientRect().width))
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThanOrEqual(1)
    expect(container.textContent).toContain('held-out images: 6 of 10 right')
    expect(container.querySelectorAll('figcaption')[0]!.textContent).toBe(`${FASHION_CLASSES[1]} 50%`)
    expect(container.querySelectorAll('figcaption')[9]!.title).toBe(`predicted ${FASHION_CLASSES[0]} 73%, true: ${FASHION_CLASSES[9]}`)
    await page.screenshot({ path: '../../test-output/screenshots/image-predictions-28.png' })
  })
})
