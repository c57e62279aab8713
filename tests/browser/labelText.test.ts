// Labels in the canvas: one look for the fixed sprites and the in-place labels (labelText.ts). Drawn for real in
// Chromium's 2D canvas and read back.
import { describe, expect, it } from 'vitest'
import { drawLabelText, labelBoxWidth, LABEL_PADDING, LABEL_PIXEL_HEIGHT } from '../../src/render/labelText.ts'
import { createTextSprite } from '../../src/render/textSprite.ts'
import { createUpdatableLabel } from '../../src/render/curves/updatableLabel.ts'

function canvasOf(width: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = LABEL_PIXEL_HEIGHT
  return canvas.getContext('2d')!
}

/** Columns that hold any non-transparent pixel, and how many pixels are close to pure red. */
function inked(context: CanvasRenderingContext2D): { first: number; last: number; red: number } {
  const { width, height } = context.canvas
  const data = context.getImageData(0, 0, width, height).data
  let first = width
  let last = -1
  let red = 0
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! === 0) continue
    const x = (i / 4) % width
    first = Math.min(first, x)
    last = Math.max(last, x)
    if (data[i]! > 200 && data[i + 1]! < 60 && data[i + 2]! < 60 && data[i + 3]! > 200) red++
  }
  return { first, last, red }
}

describe('label text', () => {
  it('draws the glyphs in the colour asked for, inside the box labelBoxWidth measures', () => {
    const context = canvasOf(400)
    const box = labelBoxWidth(context, 'df/dx = 0.85')
    expect(box).toBeGreaterThan(2 * LABEL_PADDING + 50)
    drawLabelText(context, 'df/dx = 0.85', LABEL_PADDING, 'left', '#ff0000')
    const ink = inked(context)
    expect(ink.red).toBeGreaterThan(100)
    // The halo reaches a few pixels beyond the glyphs, never beyond the padding.
    expect(ink.first).toBeGreaterThanOrEqual(0)
    expect(ink.last).toBeLessThan(Math.ceil(box))
  })

  it('a fixed label and an in-place label of the same text have the same box', () => {
    const text = 'x = 1.5'
    const sprite = createTextSprite(text, { worldHeight: 1 })
    const fixedCanvas = sprite.material.map!.image as HTMLCanvasElement
    expect(fixedCanvas.height).toBe(LABEL_PIXEL_HEIGHT)
    expect(fixedCanvas.width).toBe(Math.ceil(labelBoxWidth(canvasOf(8), text)))
    // The in-place label anchors its centre on the same box inside its wider canvas.
    const label = createUpdatableLabel({ color: '#ffffff', worldHeight: 1, anchor: { x: 1, y: 0.5 } })
    label.setText(text)
    const wide = label.sprite.material.map!.image as HTMLCanvasElement
    expect(label.sprite.center.x * wide.width).toBeCloseTo(labelBoxWidth(canvasOf(8), text), 6)
    label.dispose()
  })
})
