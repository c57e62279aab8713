// The picked point on a curve: a marker at (x, f(x)) that can be dragged along the curve or stepped with the arrow
// keys (Shift: fine steps). Where f is undefined the marker hides; the scene's panel says why.
import { useCurveFrame } from './CurvePanel.tsx'
import { PointMarker } from './PanelPrimitives.tsx'
import { useCurvePointDrag, type CurvePointDragOptions } from './useCurvePointDrag.ts'

/** The drag's options less the frame (the enclosing CurvePanel's), plus the marker's colour. */
export interface DraggablePointProps extends Omit<CurvePointDragOptions, 'frame' | 'keySteps'> {
  readonly color: string
}

export function DraggablePoint({ fn, x, color, onMove, onEnd }: DraggablePointProps) {
  const frame = useCurveFrame()
  useCurvePointDrag({ frame, fn, x, onMove, onEnd })
  return <PointMarker x={x} y={fn(x)} color={color} radius={0.03} name="picked-point" />
}
