// A text label at a world point (e.g. "∂f/∂x = 0.85" at the end of a tangent line), drawn on top of everything so the
// number stays readable where the line dips behind the surface. The sprite is rebuilt when the text changes.
import { useEffect, useLayoutEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { createTextSprite } from '../textSprite.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { INSTRUMENT_ORDER } from './renderOrder.ts'

export interface WorldLabelProps {
  readonly text: string
  readonly position: readonly [number, number, number]
  readonly color?: string
  /** Which point of the label sits at `position` (see createTextSprite); default: its left middle. */
  readonly anchor?: { readonly x: number; readonly y: number }
}

export function WorldLabel({ text, position, color = '#ffffff', anchor }: WorldLabelProps) {
  const invalidate = useThree((s) => s.invalidate)
  // Keyed on the anchor's numbers, not its object (callers write it inline).
  const ax = anchor?.x ?? -0.08
  const ay = anchor?.y ?? 0.5
  const sprite = useMemo(() => {
    const s = createTextSprite(text, { color, worldHeight: 0.085, anchor: { x: ax, y: ay } })
    s.material.depthTest = false
    s.renderOrder = INSTRUMENT_ORDER.marker
    return s
  }, [text, color, ax, ay])
  useEffect(() => () => disposeObjectTree(sprite), [sprite])
  useLayoutEffect(() => invalidate(), [sprite, position, invalidate])
  return <primitive object={sprite} position={[...position]} />
}
