// Chapter 4 · Scalar by matrix. One linear layer and its loss, L(W) = ½‖Wx − y‖² or −yᵀlog softmax(Wx), with W up to
// 8×8. The canvas shows ∂L/∂W as the matrix core computes it (symbolically), beside the outer product δxᵀ that it
// equals, with the column δ and the row xᵀ that make it; then the sum over a batch. One example's gradient has rank
// one (every row a multiple of xᵀ); a batch's does not.
import { formatNumber } from '../../src/math/format/formatNumber.ts'
import { maxAbsOf } from '../../src/math/matrix/index.ts'
import { MatrixHeatMap } from '../../src/render/matrix/MatrixHeatMap.tsx'
import { Katex } from '../../src/ui/Katex.tsx'
import { MatrixDisplay } from '../../src/ui/instruments/MatrixDisplay.tsx'
import { StepsTable } from '../../src/ui/matrix/StepsTable.tsx'
import { useScalarByMatrix, type ScalarByMatrixModel } from '../../src/ui/matrix/useScalarByMatrix.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { FLAT_CAMERA } from './flatCamera.ts'

const params = sceneParams({
  loss: {
    kind: 'choice', label: 'loss', default: 'squared',
    options: [{ value: 'squared', label: '½‖Wx − y‖²' }, { value: 'crossEntropy', label: 'cross-entropy of softmax(Wx)' }],
  },
  m: { kind: 'integer', label: 'rows of W (outputs m)', min: 2, max: 8, step: 1, default: 3 },
  n: { kind: 'integer', label: 'columns of W (inputs n)', min: 1, max: 8, step: 1, default: 4 },
  batch: { kind: 'integer', label: 'examples in the batch', min: 1, max: 16, step: 1, default: 4 },
  example: { kind: 'integer', label: 'example shown', min: 1, max: 16, step: 1, default: 1 },
  seed: { kind: 'integer', label: 'random values (seed)', min: 1, max: 9999, step: 1, default: 1 },
  values: { kind: 'interval', label: 'entries drawn from', min: -100, max: 100, step: 0.1, default: [-1, 1] },
})

function useModel({ values }: SceneInput<typeof params>): ScalarByMatrixModel {
  return useScalarByMatrix({ loss: values.loss, m: values.m, n: values.n, batch: values.batch, example: values.example, seed: values.seed, range: values.values })
}

type Props = SceneProps<typeof params, ScalarByMatrixModel>

function View({ model }: Props) {
  const { m, n } = model
  const scale = Math.max(maxAbsOf(model.gradient), maxAbsOf(model.outer))
  const size = 0.62
  const cell = size / Math.max(m, n)
  return (
    <group name="scalar-by-matrix">
      <MatrixHeatMap values={model.gradient} rows={m} cols={n} center={[-1.05, -0.1]} size={size} scale={scale} title="∂L/∂W (symbolic)" subtitle={`${m}×${n}, rank ${model.exampleRank}`} name="heat-gradient" />
      <MatrixHeatMap values={model.delta} rows={m} cols={1} center={[-0.1 - (n * cell) / 2 - cell, -0.1]} size={m * cell} scale={maxAbsOf(model.delta)} title="δ" subtitle={`${m}`} name="heat-delta" />
      <MatrixHeatMap values={model.x} rows={1} cols={n} center={[-0.1, -0.1 + (m * cell) / 2 + 0.22]} size={n * cell} scale={maxAbsOf(model.x)} title="xᵀ" name="heat-x" />
      <MatrixHeatMap values={model.outer} rows={m} cols={n} center={[-0.1, -0.1]} size={size} scale={scale} title="" subtitle={`δxᵀ: ${m}×1 · 1×${n}`} name="heat-outer" />
      <MatrixHeatMap values={model.batchGradient} rows={m} cols={n} center={[1.05, -0.1]} size={size} scale={maxAbsOf(model.batchGradient)} title="Σ over the batch" subtitle={`rank ${model.batchRank}`} name="heat-batch" />
    </group>
  )
}

function Panel({ model, values }: Props) {
  const rows = (data: Float64Array, r: number, c: number) => Array.from({ length: r }, (_, i) => Array.from(data.subarray(i * c, i * c + c)))
  const small = model.m * model.n <= 16
  return (
    <section data-testid="scalar-by-matrix-panel">
      <p style={{ fontSize: 13 }}>
        <code>L = {model.lossText}</code> with W: {model.m}×{model.n}, x: {model.n}, y: {model.m}
      </p>
      <div style={{ overflowX: 'auto' }}><Katex latex={`\\frac{\\partial L}{\\partial \\mathbf{W}} = ${model.derivative.latex} \\;=\\; \\boldsymbol{\\delta}\\,\\mathbf{x}^{\\top}`} display /></div>
      <p className="muted" style={{ fontSize: 12 }}>
        {values.loss === 'squared' ? 'δ = Wx − y' : 'δ = softmax(Wx) − y (y one-hot)'}: an {model.m}-vector; xᵀ: 1×{model.n}; their product: {model.m}×{model.n}, the
        shape of W (the layout of a scalar by a matrix).
      </p>
      <dl className="readouts" data-testid="scalar-by-matrix-readouts">
        <div className="readout" data-readout="loss"><dt>L (example {Math.min(values.example, values.batch)})</dt><dd>{formatNumber(model.loss)}</dd></div>
        <div className="readout" data-readout="mismatch"><dt>max |∂L/∂W − δxᵀ| (relative, whole batch)</dt><dd>{formatNumber(model.outerMismatch, 2)}</dd></div>
        <div className="readout" data-readout="rank"><dt>rank of one example’s gradient</dt><dd>{model.exampleRank}</dd></div>
        <div className="readout" data-readout="batch-rank"><dt>rank of the batch sum ({values.batch} examples)</dt><dd>{model.batchRank}</dd></div>
        <div className="readout" data-readout="batch-loss"><dt>Σ L over the batch</dt><dd>{formatNumber(model.batchLoss)}</dd></div>
      </dl>
      {small && <MatrixDisplay rows={rows(model.gradient, model.m, model.n)} label="∂L/∂W" />}
      <h3>Steps (backpropagation)</h3>
      <StepsTable steps={model.derivative.steps} testId="scalar-by-matrix-steps" />
    </section>
  )
}

export default defineScene({
  params, camera: FLAT_CAMERA, functions: [], domain: { x: 'values' }, readoutKeys: ['m', 'n', 'batch'],
  useModel,
  View,
  Panel,
  howTo: "Choose the loss and W's size (up to 8×8); compare ∂L/∂W with the outer product δxᵀ beside it, then raise the batch and watch the rank of the summed gradient grow.",
})
