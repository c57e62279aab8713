// The picked point on a curve: a marker at (x, f(x)) that can be dragged along the curve or stepped with the arrow
// keys (Shift: fine steps). Where f is undefined the marker hides; the scene's panel says why.
import type { RealFn } from '../../math/calculus1d/index.ts'
import { useCurveFrame } from './CurvePanel.tsx'
import { PointMarker } from './PanelPrimitives.tsx'
import { useCurvePointDrag } from './useCurvePointDrag.ts'

export interface DraggablePointProps {
  readonly fn: RealFn
  readonly x: number
  readonly color: string
  readonly onMove: (x: number, phase: 'drag' | 'commit') => void
  readonly onEnd?: () => void
}

export function DraggablePoint({ fn, x, color, onMove, onEnd }: DraggablePointProps) {
  const frame = useCurveFrame()
  useCurvePointDrag({ frame, fn, x, onMove, onEnd })
  return <PointMarker x={x} y={fn(x)} color={color} radius={0.03} name="picked-point" />
}
