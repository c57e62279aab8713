// A text label at a world point (e.g. "∂f/∂x = 0.85" at the end of a tangent line), drawn on top of everything so the
// number stays readable where the line dips behind the surface. The sprite is rebuilt when the text changes.
//
// By default its height is in world units, so it shrinks with distance like the plot. A label that carries a reading
// (the partial derivatives) can ask for a constant height on screen instead, with a dark backing: then ∂f/∂y, farther
// from the camera and over the bright top of the surface, reads exactly as large and as clearly as ∂f/∂x.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import type { PerspectiveCamera } from 'three'
import { createTextSprite } from '../textSprite.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface WorldLabelProps {
  readonly text: string
  readonly position: readonly [number, number, number]
  readonly color?: string
  /** Which point of the label sits at `position` (see createTextSprite); default: its left middle. */
  readonly anchor?: { readonly x: number; readonly y: number }
  /**
   * Height on screen in CSS pixels, whatever the distance (perspective cameras). Without it the label is 0.085 world
   * units high and shrinks with distance.
   */
  readonly pixelHeight?: number
  /** A dark rounded box behind the text, for contrast over bright surfaces. */
  readonly backing?: boolean
}

/** World height of a line of text at the default, distance-dependent size. */
const WORLD_HEIGHT = 0.085
const BACKING = 'rgba(14, 17, 22, 0.78)'

export function WorldLabel({ text, position, color = '#ffffff', anchor, pixelHeight, backing = false }: WorldLabelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const viewportHeight = useThree((s) => s.size.height)
  const camera = useThree((s) => s.camera)
  // Keyed on the anchor's numbers, not its object (callers write it inline).
  const ax = anchor?.x ?? -0.08
  const ay = anchor?.y ?? 0.5
  const sprite = useMemo(() => {
    const s = createTextSprite(text, { color, worldHeight: WORLD_HEIGHT, anchor: { x: ax, y: ay }, backing: backing ? BACKING : undefined })
    s.material.depthTest = false
    s.renderOrder = INSTRUMENT_ORDER.marker
    return s
  }, [text, color, ax, ay, backing])
  useEffect(() => () => disposeObjectTree(sprite), [sprite])
  // Screen-constant size: three's sprite shader multiplies the scale by the depth when sizeAttenuation is off, so a
  // scale of s shows as s / (2·tan(fov/2)) of the viewport's height at any distance.
  const fov = (camera as Partial<PerspectiveCamera>).isPerspectiveCamera ? (camera as PerspectiveCamera).fov : null
  useLayoutEffect(() => {
    if (pixelHeight === undefined || fov === null || viewportHeight <= 0) return
    const aspect = sprite.scale.x / sprite.scale.y
    const height = (pixelHeight / viewportHeight) * 2 * Math.tan((fov * Math.PI) / 360)
    sprite.material.sizeAttenuation = false
    sprite.material.needsUpdate = true
    sprite.scale.set(aspect * height, height, 1)
  }, [sprite, pixelHeight, fov, viewportHeight])
  useLayoutEffect(() => invalidate(), [sprite, position, invalidate, pixelHeight, viewportHeight])
  return <primitive object={sprite} position={[...position]} />
}
