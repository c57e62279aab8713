// Instruments drawn in the plot box (children of SurfacePlot / InstrumentPlot).
export { InstrumentPlot, type InstrumentPlotProps } from './InstrumentPlot.tsx'
export { SurfacePicker, type SurfacePickerProps } from './SurfacePicker.tsx'
export { PointMarker, MARKER_RADIUS } from './PointMarker.tsx'
export { WorldSegments, segmentsToPositions } from './WorldSegments.tsx'
export { VerticalSlicePlane } from './VerticalSlicePlane.tsx'
export { SliceWithTangent } from './SliceWithTangent.tsx'
export { INSTRUMENT_ORDER } from './renderOrder.ts'
