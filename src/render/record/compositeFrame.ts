// Each recorded frame is the WebGL canvas copied into a 2D canvas of the output size, with the caption (a storyboard
// shot's text, or the scene's formula on a still) drawn into the pixels: a dark band along the bottom, white text,
// sized to the frame so a caption reads the same at 720p and at 4K.

export class FrameCompositor {
  readonly canvas: HTMLCanvasElement
  private readonly ctx: CanvasRenderingContext2D

  constructor(width: number, height: number) {
    this.canvas = document.createElement('canvas')
    this.canvas.width = width
    this.canvas.height = height
    const ctx = this.canvas.getContext('2d', { alpha: false })
    if (!ctx) throw new Error('this browser cannot make a 2D canvas to compose frames')
    this.ctx = ctx
  }

  /** Copies `source` (already at the output size) and draws `caption` over its bottom edge. */
  compose(source: HTMLCanvasElement, caption: string | null): HTMLCanvasElement {
    const { ctx, canvas } = this
    // The WebGL canvas is transparent: the page's background shows through it, so the frame gets that colour.
    ctx.fillStyle = backgroundBehind(source)
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(source, 0, 0, canvas.width, canvas.height)
    if (caption) drawCaption(ctx, caption, canvas.width, canvas.height)
    return canvas
  }
}

/** The first opaque background colour of `element` or its ancestors (the app's dark viewport), else white. */
export function backgroundBehind(element: Element): string {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor
    if (colour && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour
  }
  return '#ffffff'
}

/** Wraps `text` into lines no wider than `maxWidth` at the context's current font. */
export function wrapLines(measure: (text: string) => number, text: string, maxWidth: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word
      if (line && measure(next) > maxWidth) {
        lines.push(line)
        line = word
      } else line = next
    }
    lines.push(line)
  }
  return lines
}

function drawCaption(ctx: CanvasRenderingContext2D, caption: string, width: number, height: number): void {
  const fontPx = Math.max(12, Math.round(Math.min(width, height * 1.6) / 36))
  ctx.font = `${fontPx}px system-ui, -apple-system, 'Segoe UI', sans-serif`
  const padding = Math.round(fontPx * 0.6)
  const lines = wrapLines((t) => ctx.measureText(t).width, caption, width - 4 * padding)
  const lineHeight = Math.round(fontPx * 1.3)
  const band = lines.length * lineHeight + 2 * padding
  ctx.fillStyle = 'rgba(15, 23, 42, 0.78)'
  ctx.fillRect(0, height - band, width, band)
  ctx.fillStyle = '#ffffff'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  lines.forEach((line, i) => ctx.fillText(line, width / 2, height - band + padding + lineHeight * (i + 0.5)))
}
