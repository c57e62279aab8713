// The catalogue of what the landscape lab trains: a data set and a model for it. Logistic regression is the network
// without hidden layers (convex: a bowl); the MLP is 2 → 16 → 16 → 1 on the 2D sets and 784 → 32 → 10 on the 28×28
// Fashion-MNIST images (the image model, 25 450 parameters).
import * as tf from '@tensorflow/tfjs'
import { DenseModel, type Activation } from './denseModel.ts'
import { DATASET_2D_NAMES, makeDataset2d, type Dataset, type Dataset2dName } from './datasets2d.ts'
import { fashionMnist } from './fashionMnist.ts'
import { targetsFor } from './classificationLoss.ts'

export type DatasetName = Dataset2dName | 'fashion'
export const DATASET_NAMES: readonly DatasetName[] = [...DATASET_2D_NAMES, 'fashion']
export type ModelKind = 'logistic' | 'mlp'
export const MODEL_KINDS: readonly ModelKind[] = ['logistic', 'mlp']

export interface ProblemSpec {
  readonly dataset: DatasetName
  readonly model: ModelKind
  readonly activation: Activation
  /** Seed of the 2D data set (the image subset is fixed). */
  readonly dataSeed: number
}

export interface Problem {
  readonly spec: ProblemSpec
  readonly model: DenseModel
  readonly train: Dataset
  /** Held-out images for the image model; the 2D sets are generated again with another seed. */
  readonly test: Dataset
}

export function hiddenWidths(dataset: DatasetName, model: ModelKind): number[] {
  if (model === 'logistic') return []
  return dataset === 'fashion' ? [32] : [16, 16]
}

export function makeProblem(spec: ProblemSpec): Problem {
  if (!DATASET_NAMES.includes(spec.dataset)) throw new RangeError(`unknown data set '${spec.dataset}'; one of ${DATASET_NAMES.join(', ')}`)
  if (!MODEL_KINDS.includes(spec.model)) throw new RangeError(`unknown model '${spec.model}'; one of ${MODEL_KINDS.join(', ')}`)
  let train: Dataset
  let test: Dataset
  if (spec.dataset === 'fashion') {
    ;({ train, test } = fashionMnist())
  } else {
    train = makeDataset2d(spec.dataset, { count: 400, seed: spec.dataSeed })
    test = makeDataset2d(spec.dataset, { count: 400, seed: spec.dataSeed + 7919 })
  }
  const outputs = train.classes === 2 ? 1 : train.classes
  const model = new DenseModel({ inputs: train.features, hidden: hiddenWidths(spec.dataset, spec.model), outputs, activation: spec.activation })
  return { spec, model, train, test }
}

/** A data set as tensors matching a model: inputs [N, features] and targets (see targetsFor). Dispose both. */
export interface DataTensors {
  readonly x: tf.Tensor2D
  readonly y: tf.Tensor2D
}

export function dataTensors(data: Dataset, model: DenseModel): DataTensors {
  return {
    x: tf.tensor2d(data.x, [data.count, data.features]),
    y: targetsFor(data.labels, model.spec.outputs),
  }
}

export function disposeData(d: DataTensors): void {
  d.x.dispose()
  d.y.dispose()
}
