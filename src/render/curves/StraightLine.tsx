// A straight line (tangent, secant) across the panel, clipped to its window. The one segment is rewritten in place,
// so it can follow a drag or an animation: either through props, or through the `apply` handle from a frame loop.
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react'
import { useThree } from '@react-three/fiber'
import { clipLineToWindow, type Line1d } from '../../math/calculus1d/index.ts'
import { useCurveFrame } from './CurvePanel.tsx'
import { createUpdatableSegments, disposeFatLine, setSegment, type FatLineStyle } from './fatLines.ts'

export interface StraightLineHandle {
  /** Moves the line (null or an undefined line hides it). Allocates nothing; call invalidate() afterwards. */
  apply(line: Line1d | null): void
}

export interface StraightLineProps extends FatLineStyle {
  readonly line: Line1d | null
  readonly name?: string
  readonly ref?: Ref<StraightLineHandle>
}

export function StraightLine({ line, name, ref, color, width, dashed, opacity, renderOrder }: StraightLineProps) {
  const frame = useCurveFrame()
  const invalidate = useThree((s) => s.invalidate)
  const object = useMemo(
    () => createUpdatableSegments(1, { color, width, dashed, opacity, renderOrder }),
    [color, width, dashed, opacity, renderOrder],
  )
  const scratch = useRef(new Float64Array(4))
  const handle = useMemo<StraightLineHandle>(
    () => ({
      apply(next) {
        const out = scratch.current
        object.visible = next !== null && clipLineToWindow(next, frame.window, out)
        if (!object.visible) return
        setSegment(object, 0, frame.worldX(out[0]!), frame.worldZ(out[1]!), frame.worldX(out[2]!), frame.worldZ(out[3]!))
        if (dashed) object.computeLineDistances()
      },
    }),
    [object, frame, dashed],
  )
  useImperativeHandle(ref, () => handle, [handle])
  useEffect(() => {
    if (name) object.name = name
    handle.apply(line)
    invalidate()
  }, [handle, line, name, object, invalidate])
  useEffect(() => () => disposeFatLine(object), [object])
  return <primitive object={object} />
}
