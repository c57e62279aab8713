// Text labels as camera-facing sprites drawn from a 2D canvas: no font files, no network, any system font.
import * as THREE from 'three'
import { drawLabelText, labelBoxWidth, LABEL_PIXEL_HEIGHT } from './labelText.ts'

export interface TextSpriteOptions {
  /** CSS colour of the glyphs. */
  readonly color?: string
  /** Height of a line of text in world units. */
  readonly worldHeight?: number
  /** Which point of the label sits at its position, in [0, 1]² (0.5, 0.5 = centre; 1, 0.5 = right middle). */
  readonly anchor?: { readonly x: number; readonly y: number }
  /** A CSS colour for a rounded box behind the text (contrast over a bright surface); none by default. */
  readonly backing?: string
}

export function createTextSprite(text: string, options: TextSpriteOptions = {}): THREE.Sprite {
  const { color = '#c9d1d9', worldHeight = 0.07, anchor = { x: 0.5, y: 0.5 }, backing } = options
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d')
  if (!context) throw new Error('createTextSprite: this browser gives no 2D canvas context, so labels cannot be drawn.')
  canvas.width = Math.ceil(labelBoxWidth(context, text))
  canvas.height = LABEL_PIXEL_HEIGHT
  // Resizing the canvas resets its state; drawLabelText sets what it needs.
  if (backing) {
    context.fillStyle = backing
    context.beginPath()
    context.roundRect(0, 0, canvas.width, canvas.height, canvas.height * 0.25)
    context.fill()
  }
  drawLabelText(context, text, canvas.width / 2, 'center', color)

  const texture = new THREE.CanvasTexture(canvas)
  texture.colorSpace = THREE.SRGBColorSpace
  texture.anisotropy = 4
  const material = new THREE.SpriteMaterial({ map: texture, transparent: true, depthWrite: false, toneMapped: false })
  const sprite = new THREE.Sprite(material)
  sprite.scale.set((worldHeight * canvas.width) / canvas.height, worldHeight, 1)
  sprite.center.set(anchor.x, anchor.y)
  sprite.name = `label:${text}`
  return sprite
}
