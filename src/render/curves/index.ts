// Flat curve plots for chapter 1: panels with axes, curves y = f(x) as thick antialiased lines that break at
// jumps and poles, straight lines (tangents, secants), points, filled rectangles, labels, and dragging a point
// along a curve.
export { CurvePanel, useCurveFrame, type CurvePanelProps } from './CurvePanel.tsx'
export { FunctionCurve, type FunctionCurveProps } from './FunctionCurve.tsx'
export { StraightLine, type StraightLineHandle, type StraightLineProps } from './StraightLine.tsx'
export { PointMarker, FillRect, PanelPath, PanelLabel } from './PanelPrimitives.tsx'
export { useCurvePointDrag, type CurvePointDragOptions } from './useCurvePointDrag.ts'
export { layoutPanels, usePanelRects, type PanelDirection } from './curveLayout.ts'
export { CURVE_COLORS, CURVE_LAYERS, CURVE_CAMERA_DISTANCE } from './curveStyle.ts'
export { buildCurveAxes } from './curveAxesObject.ts'
export { DraggablePoint, type DraggablePointProps } from './DraggablePoint.tsx'
