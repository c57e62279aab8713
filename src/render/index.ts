// Public API of the renderer: the GPU surface, its axes, controls and legend, and the plot transform for instruments.
export { SurfacePlot, type SurfacePlotProps, type Domain, type ZRange, type HeightSource } from './SurfacePlot.tsx'
export { HeightField, surfaceGlslFromHeights } from './heightField.ts'
export { SurfaceMesh, SURFACE_MESH_NAME, type SurfaceMeshProps } from './SurfaceMesh.tsx'
export { PlotAxes } from './PlotAxes.tsx'
export { buildPlotAxes, AXES_RENDER_ORDER, type PlotAxesStyle } from './plotAxesObject.ts'
export { PlotControls, type PlotControlsHandle, type PlotControlsProps, type ControlsPose } from './PlotControls.tsx'
export { HeightLegend, type HeightLegendProps } from './HeightLegend.tsx'
export { PlotTransformContext, PlotTransformProvider, usePlotTransform } from './PlotTransformContext.tsx'
export { useFittedZRange, Z_FIT_SAMPLES } from './useFittedZRange.ts'
export { surfaceGlslFromExpr, buildSurfaceShaders, type SurfaceExpressionGlsl, type SurfaceShaders, type SurfaceColouring } from './surfaceShaderSource.ts'
export { createSurfaceMaterial, setSurfaceFrame, setSurfaceParameters, setSurfaceGrid, WALL_TOLERANCE } from './surfaceMaterial.ts'
export { createGridGeometry, clampResolution, MIN_RESOLUTION, MAX_RESOLUTION, DEFAULT_RESOLUTION } from './gridGeometry.ts'
export { resolveIncludes, type ShaderChunks } from './resolveIncludes.ts'
export { SHADER_CHUNKS, shaderChunk } from './shaderChunks.ts'
export { createTextSprite } from './textSprite.ts'
export { disposeObjectTree } from './disposeObjectTree.ts'
/** Overlays drawn after the surface (tangent planes, slices) should use a renderOrder at or above this. */
export const OVERLAY_RENDER_ORDER = 20
