// One flat plot panel: makes the CurveFrame (math window → world rectangle) available to the curves, lines and
// points inside it, and draws the panel's axes. Rebuilds the axes only when the window or the rectangle changes.
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react'
import { useThree } from '@react-three/fiber'
import { createCurveFrame, type CurveFrame, type CurveWindow, type PanelRect } from '../../math/calculus1d/index.ts'
import { disposeObjectTree } from '../disposeObjectTree.ts'
import { buildCurveAxes } from './curveAxesObject.ts'

const CurveFrameContext = createContext<CurveFrame | null>(null)

export function useCurveFrame(): CurveFrame {
  const frame = useContext(CurveFrameContext)
  if (!frame) throw new Error('useCurveFrame: this curve component is outside a <CurvePanel>; wrap it in one so it knows its window.')
  return frame
}

export interface CurvePanelProps {
  readonly window: CurveWindow
  readonly rect: PanelRect
  readonly xLabel?: string
  readonly yLabel?: string
  readonly title?: string
  readonly children?: ReactNode
}

export function CurvePanel({ window, rect, xLabel, yLabel, title, children }: CurvePanelProps) {
  const invalidate = useThree((s) => s.invalidate)
  const { xMin, xMax, yMin, yMax } = window
  const { centerX, centerZ, halfWidth, halfHeight } = rect
  const frame = useMemo(
    () => createCurveFrame({ xMin, xMax, yMin, yMax }, { centerX, centerZ, halfWidth, halfHeight }),
    [xMin, xMax, yMin, yMax, centerX, centerZ, halfWidth, halfHeight],
  )
  const axes = useMemo(() => buildCurveAxes(frame, { x: xLabel, y: yLabel, title }), [frame, xLabel, yLabel, title])
  useEffect(() => {
    invalidate()
    return () => disposeObjectTree(axes)
  }, [axes, invalidate])
  return (
    <CurveFrameContext.Provider value={frame}>
      <primitive object={axes} />
      {children}
    </CurveFrameContext.Provider>
  )
}
