// y = f(x) in the enclosing panel as a thick antialiased line, broken honestly where f is undefined or jumps
// (sampleCurve) and cut at the panel's edges (clipPolylines). Resampled only when f, the window or the style change.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { clipPolylines, sampleCurve, type RealFn } from '../../math/calculus1d/index.ts'
import { useCurveFrame } from './CurvePanel.tsx'
import { createCurveObject, disposeFatLine, type FatLineStyle } from './fatLines.ts'

export interface FunctionCurveProps extends FatLineStyle {
  readonly fn: RealFn
  /** Uniform samples before adaptive refinement. */
  readonly samples?: number
  /** Object name, for tests and debugging (e.g. "curve:f"). */
  readonly name?: string
}

export function FunctionCurve({ fn, samples = 400, name, color, width, dashed, opacity, renderOrder }: FunctionCurveProps) {
  const frame = useCurveFrame()
  const invalidate = useThree((s) => s.invalidate)
  const object = useMemo(() => {
    const { xMin, xMax, yMin, yMax } = frame.window
    const span = yMax - yMin
    // Sample the window's x extent; where the curve leaves the y window the clip below cuts it exactly at the edge,
    // not at the last sample inside.
    const polylines = sampleCurve(fn, xMin, xMax, { min: yMin, max: yMax }, { samples })
    const clipped = clipPolylines(polylines, yMin - 1e-9 * span, yMax + 1e-9 * span)
    const line = createCurveObject(clipped, frame, { color, width, dashed, opacity, renderOrder })
    if (name) line.name = name
    return line
  }, [fn, frame, samples, name, color, width, dashed, opacity, renderOrder])
  useEffect(() => {
    invalidate()
    return () => disposeFatLine(object)
  }, [object, invalidate])
  return <primitive object={object} />
}
