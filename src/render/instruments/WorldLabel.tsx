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

export function WorldLabel({ text, position, color = '#ffffff', anchor = { x: -0.08, y: 0.5 } }: WorldLabelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const sprite = useMemo(() => {
    const s = createTextSprite(text, { color, worldHeight: 0.085, anchor })
    s.material.depthTest = false
    s.renderOrder = INSTRUMENT_ORDER.marker
    return s
  }, [text, color, anchor.x, anchor.y]) // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => disposeObjectTree(sprite), [sprite])
  useLayoutEffect(() => invalidate(), [sprite, position, invalidate])
  return <primitive object={sprite} position={[...position]} />
}
