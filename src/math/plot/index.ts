// Pure helpers for plotting: the plot box transform, nice ticks, z-range fitting, camera framing and the colormap.
export { type Domain, type Interval, assertDrawableDomain, widenDegenerate } from './domain.ts'
export { niceStep, niceTicks, formatTick, decimalsForStep } from './niceTicks.ts'
export { fitZRange, sampleGrid, percentileOfSorted, type ZRangeFitOptions } from './fitZRange.ts'
export { createPlotTransform, DEFAULT_Z_SCALE, MAX_ASPECT, type PlotTransform, type Vec3Like } from './plotTransform.ts'
export { framingDistance, defaultCameraPosition } from './cameraFraming.ts'
export { VIRIDIS_STOPS, VIRIDIS_STOPS_HEX, viridis, viridisCssGradient } from './viridisColormap.ts'
export { mayBeUndefinedOnRegions } from './undefinedRegions.ts'
export { orbitPosition, orbitAngle, type Vec3 } from './orbit.ts'
