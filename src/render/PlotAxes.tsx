// Axes of the enclosing plot (box outline, floor grid, ticks, labels), rebuilt only when the plot box changes.
import { useEffect, useMemo } from 'react'
import { useThree } from '@react-three/fiber'
import { usePlotTransform } from './PlotTransformContext.tsx'
import { buildPlotAxes, type PlotAxesStyle } from './plotAxesObject.ts'
import { disposeObjectTree } from './disposeObjectTree.ts'

export function PlotAxes(style: PlotAxesStyle) {
  const transform = usePlotTransform()
  const invalidate = useThree((state) => state.invalidate)
  const { lineColor, labelColor, tickCount, axisNames } = style
  const [nx, ny, nz] = axisNames ?? ['x', 'y', 'z']
  const group = useMemo(
    () => buildPlotAxes(transform, { lineColor, labelColor, tickCount, axisNames: [nx, ny, nz] }),
    [transform, lineColor, labelColor, tickCount, nx, ny, nz],
  )
  useEffect(() => {
    invalidate()
    return () => disposeObjectTree(group)
  }, [group, invalidate])
  return <primitive object={group} />
}
