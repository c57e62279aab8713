// Chapter 4 · The chain rule and backpropagation. A two-layer network 2 → H → 2 (tanh or ReLU) on a small 2-D data
// set: one example's forward pass and backward pass as twelve operations with their shapes, stepped one at a time
// (δ₂ = p − y, ∂L/∂W₂ = δ₂a₁ᵀ, δ₁ = (W₂ᵀδ₂) ⊙ σ′(z₁), ∂L/∂W₁ = δ₁xᵀ); the batch gradients checked against tf.grads of
// the same network; and a train button that takes real SGD steps and redraws the decision picture.
import { DecisionPlane } from '../../src/render/matrix/DecisionPlane.tsx'
import { BackpropActions, BackpropPanel } from '../../src/ui/matrix/BackpropPanel.tsx'
import { GRID, useBackprop, type BackpropModel } from '../../src/ui/matrix/useBackprop.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { FLAT_CAMERA } from './flatCamera.ts'

const params = sceneParams({
  data: {
    kind: 'choice', label: 'data set', default: 'moons',
    options: [{ value: 'moons', label: 'two moons' }, { value: 'circles', label: 'circles' }, { value: 'xor', label: 'xor' }, { value: 'blobs', label: 'two blobs' }],
  },
  hidden: { kind: 'integer', label: 'hidden units H', min: 2, max: 16, step: 1, default: 6 },
  activation: { kind: 'choice', label: 'σ', default: 'tanh', options: [{ value: 'tanh', label: 'tanh' }, { value: 'relu', label: 'ReLU' }] },
  lr: { kind: 'number', label: 'learning rate', min: 0.001, max: 10, step: 0.001, default: 0.5, log: true },
  example: { kind: 'integer', label: 'example traced', min: 1, max: 80, step: 1, default: 1 },
  op: { kind: 'integer', label: 'operations shown', min: 1, max: 12, step: 1, default: 12 },
  seed: { kind: 'integer', label: 'seed (data and weights)', min: 1, max: 9999, step: 1, default: 1 },
  xr: { kind: 'interval', label: 'picture', min: -20, max: 20, step: 0.1, default: [-2.5, 2.5], folder: 'view' },
})


function useModel({ values }: SceneInput<typeof params>): BackpropModel {
  return useBackprop({ dataSet: values.data, hidden: values.hidden, activation: values.activation, lr: values.lr, example: values.example, seed: values.seed, range: values.xr })
}

type Props = SceneProps<typeof params, BackpropModel>

function View({ model, values }: Props) {
  return (
    <DecisionPlane grid={model.grid} n={GRID} range={values.xr} points={model.data.x} labels={model.data.label} highlight={Math.min(values.example, model.data.size) - 1} />
  )
}

function Actions({ model }: Props) {
  return <BackpropActions model={model} />
}

function Panel({ model, values, setValues }: Props) {
  return <BackpropPanel model={model} shown={values.op} activation={values.activation} onShow={(op) => setValues({ op }, 'commit')} />
}

export default defineScene({
  params, camera: FLAT_CAMERA, functions: [], domain: { x: 'xr' }, readoutKeys: ['hidden', 'lr', 'example'],
  useModel,
  View,
  Panel,
  Actions,
  howTo: "Step through one example's forward and backward pass with the operation buttons; press train to take SGD steps and watch the decision picture; the tf.grads check re-runs after every change.",
})
