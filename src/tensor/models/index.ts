// Small real models trained in the browser: data sets, dense networks as parameter lists, losses, training.
export { makeDataset2d, DATASET_2D_NAMES, type Dataset, type Dataset2dName, type Dataset2dOptions } from './datasets2d.ts'
export { fashionMnist, FASHION_CLASSES, FASHION_SIDE } from './fashionMnist.ts'
export { DenseModel, type DenseSpec, type Activation } from './denseModel.ts'
export { crossEntropy, accuracy, targetsFor } from './classificationLoss.ts'
export { makeProblem, dataTensors, disposeData, hiddenWidths, DATASET_NAMES, MODEL_KINDS, type DatasetName, type ModelKind, type ProblemSpec, type Problem, type DataTensors } from './problems.ts'
export { Trainer, type TrainRecord } from './Trainer.ts'
