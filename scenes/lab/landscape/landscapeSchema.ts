// The landscape lab's parameters: data set, model, seeds, which optimizers race from the shared initialisation (each
// with its learning rate), the directions of the plane, the grid, and the view. Every one is in the link, so a link
// reproduces the picture: the same data, the same weights, the same paths, the same surface.
import { OPTIMIZER_NAMES, type OptimizerName } from '../../../src/math/optim/index.ts'
import { sceneParams, type BooleanSpec, type NumberSpec, type RuleProblem, type ValuesOf } from '../../../src/state/paramSpec.ts'
import { OPTIMIZER_LABELS } from '../../../src/style/racerColours.ts'
import { untrainedReferenceMessage } from '../../../src/tensor/landscapeProtocol.ts'
import { SURFACE_CAMERA } from '../../shared/surfaceScene.ts'

export const LANDSCAPE_CAMERA = SURFACE_CAMERA

/** Learning rates that train these small models in a few hundred full-batch steps (Adam's usual 1e-3 is too slow here). */
export const DEFAULT_LR: Record<OptimizerName, number> = {
  gd: 0.5, momentum: 0.1, nesterov: 0.1, adagrad: 0.1, rmsprop: 0.01, adam: 0.03, adamw: 0.03,
}
const ON_BY_DEFAULT: readonly OptimizerName[] = ['momentum', 'adam']

const train = (name: OptimizerName): BooleanSpec => ({ kind: 'boolean', label: 'train', default: ON_BY_DEFAULT.includes(name), folder: OPTIMIZER_LABELS[name] })
const rate = (name: OptimizerName): NumberSpec => ({
  kind: 'number', label: 'learning rate', min: 1e-5, max: 10, step: 1e-5, default: DEFAULT_LR[name], log: true, folder: OPTIMIZER_LABELS[name],
})

export const landscapeParams = sceneParams({
    data: {
      kind: 'choice',
      label: 'data set',
      options: [
        { value: 'spirals', label: 'Spirals (2D)' },
        { value: 'moons', label: 'Two moons (2D)' },
        { value: 'circles', label: 'Circles (2D)' },
        { value: 'xor', label: 'XOR (2D)' },
        { value: 'fashion', label: 'Fashion-MNIST 28×28 (500 images)' },
      ],
      default: 'spirals',
      folder: 'model',
    },
    model: {
      kind: 'choice',
      label: 'model',
      options: [
        { value: 'mlp', label: 'MLP (2→16→16→1 / 784→32→10)' },
        { value: 'logistic', label: 'Logistic regression (convex)' },
      ],
      default: 'mlp',
      folder: 'model',
    },
    act: { kind: 'choice', label: 'activation', options: [{ value: 'tanh', label: 'tanh' }, { value: 'relu', label: 'ReLU' }], default: 'tanh', folder: 'model' },
    dseed: { kind: 'integer', label: 'data seed', min: 1, max: 9999, step: 1, default: 1, folder: 'model' },
    seed: { kind: 'integer', label: 'init seed', min: 1, max: 9999, step: 1, default: 1, folder: 'model' },
    steps: { kind: 'integer', label: 'training steps', min: 10, max: 3000, step: 1, default: 300, log: true, folder: 'model' },
    ref: {
      kind: 'choice',
      label: 'θ* from',
      options: OPTIMIZER_NAMES.map((name) => ({ value: name, label: OPTIMIZER_LABELS[name] })),
      default: 'adam',
      folder: 'model',
    },
    on_gd: train('gd'), lr_gd: rate('gd'),
    on_momentum: train('momentum'), lr_momentum: rate('momentum'),
    on_nesterov: train('nesterov'), lr_nesterov: rate('nesterov'),
    on_adagrad: train('adagrad'), lr_adagrad: rate('adagrad'),
    on_rmsprop: train('rmsprop'), lr_rmsprop: rate('rmsprop'),
    on_adam: train('adam'), lr_adam: rate('adam'),
    on_adamw: train('adamw'), lr_adamw: rate('adamw'),
    dirs: {
      kind: 'choice',
      label: 'directions',
      options: [
        { value: 'pca', label: 'PCA of the paths' },
        { value: 'random', label: 'random, filter-normalized' },
      ],
      default: 'pca',
      folder: 'landscape',
    },
    dirseed: { kind: 'integer', label: 'direction seed', min: 1, max: 9999, step: 1, default: 1, folder: 'landscape' },
    n: { kind: 'integer', label: 'grid points per side', min: 11, max: 201, step: 1, default: 51, folder: 'landscape' },
    fit: { kind: 'boolean', label: 'fit α, β to the paths', default: true, folder: 'landscape' },
    ar: { kind: 'interval', label: 'α range', min: -100, max: 100, step: 0.01, default: [-1, 1], folder: 'landscape' },
    br: { kind: 'interval', label: 'β range', min: -100, max: 100, step: 0.01, default: [-1, 1], folder: 'landscape' },
    logz: { kind: 'boolean', label: 'log₁₀ loss', default: true, folder: 'view' },
    contours: { kind: 'boolean', label: 'contours', default: true, folder: 'view' },
    race: { kind: 'boolean', label: 'replay the paths', default: true, folder: 'view' },
})

export type LandscapeValues = ValuesOf<typeof landscapeParams>

/** The optimizers switched on, in the lab's fixed order. */
export function enabledOptimizers(values: LandscapeValues): { name: OptimizerName; lr: number }[] {
  return OPTIMIZER_NAMES.filter((name) => values[`on_${name}`] === true).map((name) => {
    return { name, lr: values[`lr_${name}`] }
  })
}

/**
 * The scene's rule (SceneSchema.rules, checked for the GUI and for links alike): θ* is the end of one optimizer's path,
 * so that optimizer must be trained. The rule names the value to give back: the θ* choice, or, when θ* is already the
 * default (Adam), Adam's own box, so a link like `on_adam=0` falls back to training Adam rather than keeping a state no
 * run can use. In the GUI the change that would break it (unticking θ*'s optimizer, choosing an untrained one) is
 * refused at its control with this sentence. The pipeline keeps its own check (the same sentence).
 */
export function landscapeRules(values: Readonly<Record<string, unknown>>): RuleProblem | null {
  const ref = values.ref
  if (typeof ref !== 'string' || values[`on_${ref}`] === true) return null
  const key = ref === landscapeParams.ref.default ? `on_${ref}` : 'ref'
  return { key, message: untrainedReferenceMessage(ref) }
}
