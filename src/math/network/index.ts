// The two-layer network of chapter 4's backprop scene and its data sets (pure float64).
export { makeDataSet, DATA_SET_NAMES, type DataSet, type DataSetName } from './dataSets.ts'
export {
  initNetwork, traceExample, batchGradients, sgdStep, classOneProbabilityGrid,
  type Activation, type NetworkParams, type NetworkGradients, type ExampleTrace,
} from './twoLayerNetwork.ts'
