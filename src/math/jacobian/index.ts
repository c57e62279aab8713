// The Jacobian of a map of the plane: F and J from two expressions, the warped grid, the ε-square and its images,
// and the panel framing of the Jacobian scene. Pure: no DOM, React, three or tfjs.
export { createJacobianMap, type JacobianMap, type JacobianAtPoint } from './jacobianMap.ts'
export { squareImage, type SquareImage } from './squareImage.ts'
export { signedPolygonArea } from './signedArea.ts'
export { warpedGrid, polylinesToSegments, type WarpedGrid, type WarpedGridOptions, type Segments2 } from './warpedGrid.ts'
export { robustBounds, type Bounds2 } from './robustBounds.ts'
export { fitBoundsToPanel, centredOn, boundsOfPoints, sharedZoomScale, type PanelRect, type PanelMap } from './panelFit.ts'
export { MAP_PRESETS, type MapPreset, type MapPresetId } from './mapPresets.ts'
