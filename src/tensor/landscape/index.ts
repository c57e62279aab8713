// Loss landscapes of small real models (Li et al. 2018), batched on the GPU: the contract other parts call.
export { filterNormalize, randomFilterNormalizedDirection, type FilterNormalizeOptions } from './filterNormalize.ts'
export { pcaDirections, type PcaDirections } from './pcaDirections.ts'
export { computeLossGrid, checkGridSpec, MIN_GRID, MAX_GRID, type LandscapeInputs, type GridSpec, type GridProgress, type GridRunOptions, type LossGrid } from './lossGrid.ts'
export { gridOrder, fillProgressive, type GridOrder } from './gridOrder.ts'
export { lossesAt, lossAtPoint, chooseBatchSize, planePoints, DEFAULT_FLOAT_BUDGET } from './batchedLoss.ts'
export { interpolate1d, type Interpolation } from './interpolate1d.ts'
export { hessianVectorProduct, topHessianEigenvalue, curvatureAlong, hvpStep, type TopEigen } from './hessian.ts'
export { projectOntoPlane } from './projectOntoPlane.ts'
