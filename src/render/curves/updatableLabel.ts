// A text label whose text can change without new objects: one fixed-size 2D canvas, redrawn in place and
// re-uploaded, and a sprite whose centre is moved so the anchor stays relative to the text actually drawn.
// Labels that follow a drag (the slope beside a tangent) change on every pointer move; this keeps them cheap.
import * as THREE from 'three'
import { drawLabelText, labelBoxWidth, LABEL_PADDING, LABEL_PIXEL_HEIGHT } from '../labelText.ts'

/** Room for about 30 characters at the label font. */
const CANVAS_WIDTH = 1024

export interface UpdatableLabel {
  readonly sprite: THREE.Sprite
  setText(text: string): void
  dispose(): void
}

export interface UpdatableLabelOptions {
  readonly color: string
  /** Height of the line of text in world units. */
  readonly worldHeight: number
  /** Which point of the text box sits at the sprite's position, in [0, 1]² (values outside offset the text). */
  readonly anchor: { readonly x: number; readonly y: number }
}

export function createUpdatableLabel({ color, worldHeight, anchor }: UpdatableLabelOptions): UpdatableLabel {
  const canvas = document.createElement('canvas')
  canvas.width = CANVAS_WIDTH
  canvas.height = LABEL_PIXEL_HEIGHT
  const context = canvas.getContext('2d')
  if (!context) throw new Error('createUpdatableLabel: this browser gives no 2D canvas context, so labels cannot be drawn.')
  const texture = new THREE.CanvasTexture(canvas)
  texture.colorSpace = THREE.SRGBColorSpace
  const material = new THREE.SpriteMaterial({ map: texture, transparent: true, depthWrite: false, depthTest: false, toneMapped: false })
  const sprite = new THREE.Sprite(material)
  sprite.scale.set((worldHeight * CANVAS_WIDTH) / LABEL_PIXEL_HEIGHT, worldHeight, 1)
  let current = ''
  return {
    sprite,
    setText(text) {
      if (text === current) return
      current = text
      context.clearRect(0, 0, CANVAS_WIDTH, LABEL_PIXEL_HEIGHT)
      drawLabelText(context, text, LABEL_PADDING, 'left', color)
      // The text box is [0, boxWidth] of the canvas; the anchor is a point of that box, not of the whole canvas.
      const boxWidth = Math.min(CANVAS_WIDTH, labelBoxWidth(context, text))
      sprite.center.set((anchor.x * boxWidth) / CANVAS_WIDTH, anchor.y)
      texture.needsUpdate = true
      sprite.name = `label:${text}`
    },
    dispose() {
      texture.dispose()
      material.dispose()
    },
  }
}
