// The backprop scene's side panel: the batch's loss and accuracy; the check against tf.grads; and
// the traced example's twelve operations, forward then backward, each with its formula, shape and values, revealed
// one at a time with the step buttons.
import { formatNumber } from '../../math/format/formatNumber.ts'
import { MatrixDisplay } from '../instruments/MatrixDisplay.tsx'
import { AUTODIFF_TOLERANCE, type BackpropModel } from './useBackprop.ts'

export interface BackpropPanelProps {
  readonly model: BackpropModel
  /** How many operations are shown (1–12). */
  readonly shown: number
  readonly activation: 'tanh' | 'relu'
  readonly onShow: (count: number) => void
}

export function BackpropPanel({ model, shown, activation, onShow }: BackpropPanelProps) {
  const { check, batch } = model
  const ops = model.operations
  return (
    <section data-testid="backprop-panel">
      <dl className="readouts" data-testid="backprop-readouts">
        <div className="readout" data-readout="epochs"><dt>SGD steps taken</dt><dd>{model.epochs}</dd></div>
        <div className="readout" data-readout="loss"><dt>mean loss over {model.data.size} points</dt><dd>{formatNumber(batch.loss)}</dd></div>
        <div className="readout" data-readout="accuracy"><dt>accuracy</dt><dd>{formatNumber(batch.accuracy * 100, 3)}%</dd></div>
        <div className="readout" data-readout="autodiff">
          <dt>batch gradients vs tf.grads (float32)</dt>
          <dd data-ok={check.status === 'done' ? String(check.value.ok) : undefined}>
            {check.status === 'done'
              ? `${check.value.ok ? '✓' : '✗'} max error ${formatNumber(check.value.maxError, 2)} (tol. ${formatNumber(AUTODIFF_TOLERANCE, 1)})`
              : check.status === 'failed' ? `failed: ${check.message}` : 'loading TF.js…'}
          </dd>
        </div>
      </dl>
      <h3>One example, operation by operation</h3>
      <p className="muted" style={{ fontSize: 12, margin: '2px 0' }}>
        x = ({formatNumber(model.trace.x[0]!, 3)}, {formatNumber(model.trace.x[1]!, 3)}), class {model.trace.y[1] === 1 ? 1 : 0}; σ = {activation}.
      </p>
      <div style={{ display: 'flex', gap: 6, margin: '4px 0' }}>
        <button type="button" data-testid="op-back" disabled={shown <= 1} onClick={() => onShow(shown - 1)}>◀ back</button>
        <button type="button" data-testid="op-next" disabled={shown >= ops.length} onClick={() => onShow(shown + 1)}>next operation ▶</button>
      </div>
      <ol data-testid="backprop-ops" style={{ paddingLeft: 18, fontSize: 12 }}>
        {ops.slice(0, shown).map((o, i) => (
          <li key={i} data-op={i + 1} data-pass={o.pass} style={{ margin: '4px 0', color: o.pass === 'backward' ? '#ffb86b' : undefined }}>
            <b>{o.label}</b> = {o.formula} <span className="muted">[{o.shape}]</span>
            {o.rows * o.cols <= 32 && (
              // A 1×16 row is wider than a narrow panel: it scrolls sideways, and a scrolling region takes keyboard focus.
              <div style={{ marginTop: 2, overflowX: 'auto' }} tabIndex={0} role="region" aria-label={`${o.label}: values (scrolls sideways)`}>
                <MatrixDisplay label={o.label} rows={Array.from({ length: o.rows }, (_, r) => Array.from(o.values.subarray(r * o.cols, r * o.cols + o.cols)))} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}

/** The scene's primary actions, at the top of the side panel: real full-batch SGD steps, and back to the initial weights. */
export function BackpropActions({ model }: { model: BackpropModel }) {
  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', margin: '4px 0' }}>
      <button type="button" data-testid="train-1" onClick={() => model.train(1)}>SGD step</button>
      <button type="button" data-testid="train-50" onClick={() => model.train(50)}>train 50 steps</button>
      <button type="button" data-testid="train-reset" onClick={model.reset}>reset weights</button>
    </div>
  )
}
