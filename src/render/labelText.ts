// How every text label in the canvas looks: one line of system-ui text drawn into a 2D canvas, with a soft dark halo
// so it stays legible where it crosses the surface or a light background. Shared by the fixed labels (textSprite.ts)
// and the labels whose text changes in place (curves/updatableLabel.ts), so the two always look alike.

/** Canvas pixels per line of text: crisp at the sizes labels are seen at. */
export const LABEL_PIXEL_HEIGHT = 64
export const LABEL_FONT = `500 ${LABEL_PIXEL_HEIGHT * 0.72}px system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif`
/** Room left and right of the text, in canvas pixels. */
export const LABEL_PADDING = LABEL_PIXEL_HEIGHT * 0.15

/** Width in canvas pixels of the box `text` needs: the text at LABEL_FONT plus the padding on both sides. */
export function labelBoxWidth(context: CanvasRenderingContext2D, text: string): number {
  context.font = LABEL_FONT
  return context.measureText(text).width + 2 * LABEL_PADDING
}

/**
 * Draws `text` on one line, vertically centred in a LABEL_PIXEL_HEIGHT-tall canvas: halo first, then the glyphs.
 * `x` is where the text is anchored horizontally, by `align` (left edge or centre). Sets the context state it needs
 * (a canvas resize resets it).
 */
export function drawLabelText(context: CanvasRenderingContext2D, text: string, x: number, align: 'left' | 'center', color: string): void {
  context.font = LABEL_FONT
  context.textBaseline = 'middle'
  context.textAlign = align
  context.lineJoin = 'round'
  context.lineWidth = LABEL_PIXEL_HEIGHT * 0.12
  context.strokeStyle = 'rgba(8, 10, 14, 0.55)'
  context.strokeText(text, x, LABEL_PIXEL_HEIGHT / 2)
  context.fillStyle = color
  context.fillText(text, x, LABEL_PIXEL_HEIGHT / 2)
}
