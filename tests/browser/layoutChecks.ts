// Layout checks for whole-app browser tests: measures the bounding rects of the regions a user must see whole (the
// header and its nav, the canvas, the side panel, the overlays drawn over the canvas and every text label inside them)
// and returns one sentence per problem: a region cut off by the page's edge, two regions overlapping, an overlay
// leaving the canvas, a panel that scrolls sideways. An empty list means the layout fits.

export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

const fmt = (b: Box) => `[${Math.round(b.left)}, ${Math.round(b.top)}]–[${Math.round(b.right)}, ${Math.round(b.bottom)}]`
const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top)
const intersection = (a: Box, b: Box): Box => ({
  left: Math.max(a.left, b.left),
  top: Math.max(a.top, b.top),
  right: Math.min(a.right, b.right),
  bottom: Math.min(a.bottom, b.bottom),
})
/** One line of header: the nav must not wrap onto a second row (on a phone it becomes one button). */
const MAX_HEADER_HEIGHT = 60
/** Half a pixel of slack: sub-pixel layouts round differently on each side. */
const SLACK = 0.5
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - SLACK && inner.top >= outer.top - SLACK && inner.right <= outer.right + SLACK && inner.bottom <= outer.bottom + SLACK
const overlaps = (a: Box, b: Box) => {
  const i = intersection(a, b)
  return i.right - i.left > 1 && i.bottom - i.top > 1
}

function visible(el: Element): boolean {
  const style = getComputedStyle(el)
  if (style.display === 'none' || style.visibility === 'hidden') return false
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0
}

/** Elements whose own text is on screen (a text node child with something in it), inside `root`. */
function textElements(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter(
    (el) => visible(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
  )
}

export interface LayoutReport {
  readonly problems: string[]
  readonly canvas: Box | null
}

/**
 * Checks the app mounted in `root` against the page's viewport. `minCanvas` is the smallest canvas (CSS px) that
 * still counts as a usable plot.
 */
export function checkLayout(root: Element, minCanvas = { width: 240, height: 240 }): LayoutReport {
  const problems: string[] = []
  const page: Box = { left: 0, top: 0, right: innerWidth, bottom: innerHeight }
  const doc = document.documentElement
  if (doc.scrollWidth > innerWidth + 1) problems.push(`the page scrolls sideways (${doc.scrollWidth} px wide)`)
  if (doc.scrollHeight > innerHeight + 1) problems.push(`the page scrolls down (${doc.scrollHeight} px tall)`)

  const header = root.querySelector('.app-header')
  const nav = root.querySelector('.scene-nav')
  const viewport = root.querySelector('.viewport')
  const canvasEl = root.querySelector('.viewport canvas')
  const panel = root.querySelector('.side-panel')
  const regions: [string, Element | null][] = [
    ['header', header],
    ['nav', nav],
    ['canvas', canvasEl],
    ['side panel', panel],
  ]
  for (const [name, el] of regions) {
    if (!el || !visible(el)) {
      problems.push(`no visible ${name}`)
      continue
    }
    const r = el.getBoundingClientRect()
    if (!inside(r, page)) problems.push(`the ${name} ${fmt(r)} is cut off by the page ${fmt(page)}`)
  }
  // The three top-level regions never overlap one another (the nav sits inside the header).
  const tiles: [string, Element | null][] = [
    ['header', header],
    ['canvas', canvasEl],
    ['side panel', panel],
  ]
  for (let i = 0; i < tiles.length; i++) {
    for (let j = i + 1; j < tiles.length; j++) {
      const [a, ea] = tiles[i]!
      const [b, eb] = tiles[j]!
      if (ea && eb && visible(ea) && visible(eb) && overlaps(ea.getBoundingClientRect(), eb.getBoundingClientRect())) {
        problems.push(`the ${a} ${fmt(ea.getBoundingClientRect())} overlaps the ${b} ${fmt(eb.getBoundingClientRect())}`)
      }
    }
  }
  if (header && visible(header) && header.getBoundingClientRect().height > MAX_HEADER_HEIGHT) {
    problems.push(`the header is ${Math.round(header.getBoundingClientRect().height)} px tall: the nav wraps (one line is at most ${MAX_HEADER_HEIGHT} px)`)
  }
  if (header && nav) {
    // Every control of the nav is inside the header (not wrapped below it or pushed past the page's edge).
    const headerBox = header.getBoundingClientRect()
    for (const control of nav.querySelectorAll('button, a')) {
      if (!visible(control) || control.closest('.nav-menu')) continue
      const r = control.getBoundingClientRect()
      if (!inside(r, headerBox) || !inside(r, page)) problems.push(`nav control '${control.textContent}' ${fmt(r)} is outside the header ${fmt(headerBox)}`)
    }
  }

  const canvas = canvasEl && visible(canvasEl) ? canvasEl.getBoundingClientRect() : null
  if (canvas && (canvas.width < minCanvas.width || canvas.height < minCanvas.height)) {
    problems.push(`the canvas is only ${Math.round(canvas.width)}×${Math.round(canvas.height)}`)
  }

  // Overlays: whatever the viewport holds besides the canvas's own wrapper (the height legend, the problem banner,
  // scene overlays). Each, and each text label in it, lies inside the canvas; no two overlays overlap; none lies
  // under the side panel.
  if (viewport && canvas) {
    const overlays = [...viewport.children].filter((el) => !el.contains(canvasEl) && visible(el))
    for (const overlay of overlays) {
      const name = overlay.getAttribute('aria-label') ?? overlay.className ?? overlay.tagName
      const r = overlay.getBoundingClientRect()
      if (!inside(r, canvas)) problems.push(`overlay '${name}' ${fmt(r)} is not inside the canvas ${fmt(canvas)}`)
      if (panel && visible(panel) && overlaps(r, panel.getBoundingClientRect())) problems.push(`overlay '${name}' lies under the side panel`)
      for (const label of textElements(overlay)) {
        const lr = label.getBoundingClientRect()
        if (!inside(lr, canvas)) problems.push(`label '${label.textContent}' ${fmt(lr)} of '${name}' is cut off by the canvas ${fmt(canvas)}`)
      }
    }
    for (let i = 0; i < overlays.length; i++) {
      for (let j = i + 1; j < overlays.length; j++) {
        const a = overlays[i]!.getBoundingClientRect()
        const b = overlays[j]!.getBoundingClientRect()
        if (overlaps(a, b)) problems.push(`overlays ${fmt(a)} and ${fmt(b)} overlap`)
      }
    }
  }

  // The side panel scrolls up and down, never sideways: its content fits its width.
  if (panel && visible(panel) && panel.scrollWidth > panel.clientWidth + 1) {
    problems.push(`the side panel's content is ${panel.scrollWidth} px wide in a ${panel.clientWidth} px panel`)
  }
  return { problems, canvas }
}

/** Bounding box (CSS px, page coordinates) of the canvas's covered pixels: the picture actually drawn. */
export function drawnBox(canvas: HTMLCanvasElement): Box | null {
  const copy = document.createElement('canvas')
  copy.width = canvas.width
  copy.height = canvas.height
  const ctx = copy.getContext('2d', { willReadFrequently: true })!
  ctx.drawImage(canvas, 0, 0)
  const { data, width, height } = ctx.getImageData(0, 0, copy.width, copy.height)
  let [minX, minY, maxX, maxY] = [width, height, -1, -1]
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[4 * (y * width + x) + 3]! === 0) continue
      if (x < minX) minX = x
      if (x > maxX) maxX = x
      if (y < minY) minY = y
      if (y > maxY) maxY = y
    }
  }
  if (maxX < 0) return null
  const rect = canvas.getBoundingClientRect()
  const sx = rect.width / width
  const sy = rect.height / height
  return { left: rect.left + minX * sx, top: rect.top + minY * sy, right: rect.left + (maxX + 1) * sx, bottom: rect.top + (maxY + 1) * sy }
}

export { fmt as formatBox, inside as boxInside }
