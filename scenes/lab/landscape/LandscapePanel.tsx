// The landscape lab's side panel: progress (bar, phase, time left, backend, live tensors, Cancel / Run), the optimizers'
// results, curvature at θ*, the training and interpolation charts, and the model's own picture (decision regions for
// the 2D sets, predictions for the images).
import { useMemo } from 'react'
import { formatNumber } from '../../../src/math/format/formatNumber.ts'
import { useStore } from '../../../src/state/useStore.ts'
import { OPTIMIZER_COLOURS, OPTIMIZER_LABELS } from '../../../src/style/racerColours.ts'
import { LineChart, type LineSeries } from '../../../src/ui/landscape/LineChart.tsx'
import { DecisionRegions } from '../../../src/ui/landscape/DecisionRegions.tsx'
import { ImagePredictions } from '../../../src/ui/landscape/ImagePredictions.tsx'
import { REGION_SIZE, type LandscapeResult, type TrainingCurve } from './landscapeRuntime.ts'
import type { LandscapeProps } from './LandscapeView.tsx'
import './landscape.css'

const FASHION_CLASSES = ['T-shirt', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Boot']
const RUNNING = new Set(['loading', 'training', 'grid', 'curvature'])

/** The scene's primary actions, at the top of the side panel: progress, time left, backend, Cancel and Run. */
export function LandscapeActions({ model }: LandscapeProps) {
  const { runtime, rerun } = model
  const status = useStore(runtime.status)
  const running = RUNNING.has(status.phase)
  const percent = Math.round(100 * status.progress)
  return (
    <div className="landscape-progress" data-testid="landscape-actions" data-phase={status.phase}>
      <div role="progressbar" aria-label="landscape progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="landscape-bar">
        <div style={{ width: `${percent}%` }} />
      </div>
      {status.phase === 'error' ? (
        // Said once, here at the top where Run is: the panel below does not repeat it.
        <div className="landscape-status landscape-error" data-testid="landscape-status" role="alert">{status.message}</div>
      ) : (
        <div className="landscape-status" data-testid="landscape-status">
          {status.message}
          {running && Number.isFinite(status.secondsLeft) && <> · about {formatSeconds(status.secondsLeft)} left</>}
        </div>
      )}
      <div className="landscape-note" data-testid="landscape-backend">
        TF.js backend: <b>{status.backend || '…'}</b>
        {status.host && <> {status.host === 'worker' ? 'in a worker' : 'on the main thread'}</>} · live tensors {status.liveTensors}
      </div>
      <div className="landscape-buttons">
        <button type="button" onClick={() => runtime.cancelByUser()} disabled={!running}>Cancel</button>
        <button type="button" onClick={rerun} disabled={running}>Run</button>
      </div>
    </div>
  )
}

export function LandscapePanel({ model, values }: LandscapeProps) {
  const status = useStore(model.runtime.status)
  const result = useStore(model.runtime.result)
  const curves = useStore(model.runtime.curves)
  // While the optimizers train (before the first plane of this run), their loss curves grow here.
  const training = status.phase === 'training' && curves.length > 0
  return (
    <div className="landscape-panel" data-testid="landscape-panel" data-phase={status.phase}>
      {training ? <TrainingCurves curves={curves} /> : result && <Results result={result} log={values.logz} />}
    </div>
  )
}

function TrainingCurves({ curves }: { curves: readonly TrainingCurve[] }) {
  const series = useMemo(
    (): LineSeries[] => curves.filter(Boolean).map((c) => ({ id: c.name, colour: OPTIMIZER_COLOURS[c.name], xs: c.records.map((r) => r.step), ys: c.records.map((r) => r.loss) })),
    [curves],
  )
  return <LineChart title="training loss (full batch), so far" series={series} log testId="landscape-live-loss-chart" />
}

function Results({ result, log }: { result: LandscapeResult; log: boolean }) {
  const lossSeries = useMemo((): LineSeries[] => result.trails.map((t) => ({ id: t.name, colour: OPTIMIZER_COLOURS[t.name], xs: t.records.map((r) => r.step), ys: t.records.map((r) => r.loss) })), [result.trails])
  const accSeries = useMemo((): LineSeries[] => result.trails.map((t) => ({ id: t.name, colour: OPTIMIZER_COLOURS[t.name], xs: t.records.map((r) => r.step), ys: t.records.map((r) => r.accuracy) })), [result.trails])
  const line = result.interpolation
  const lineSeries = useMemo((): LineSeries[] => (line ? [{ id: 'interpolation', colour: '#e6e6e6', xs: line.ts, ys: line.losses }] : []), [line])
  const twoD = result.train.features === 2
  return (
    <>
      <table className="landscape-table" data-testid="landscape-optimizers">
        <thead>
          <tr><th /><th>train loss</th><th>train acc</th><th>held-out acc</th></tr>
        </thead>
        <tbody>
          {result.trails.map((t) => {
            const last = t.records.at(-1)!
            return (
              <tr key={t.name}>
                <td><span className="landscape-swatch" style={{ background: OPTIMIZER_COLOURS[t.name] }} />{OPTIMIZER_LABELS[t.name]}</td>
                <td className="num">{formatNumber(last.loss, 3)}</td>
                <td className="num">{formatPercent(last.accuracy)}</td>
                <td className="num">{formatPercent(t.heldOut.accuracy)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      <dl className="landscape-facts" data-testid="landscape-facts">
        <dt>plane</dt>
        <dd>
          {result.explained ? `PCA of the paths: ${formatPercent(result.explained[0])} + ${formatPercent(result.explained[1])} of their variance` : 'two random filter-normalized directions'}
          ; α ∈ [{formatNumber(result.alpha[0], 3)}, {formatNumber(result.alpha[1], 3)}], β ∈ [{formatNumber(result.beta[0], 3)}, {formatNumber(result.beta[1], 3)}], {result.resolution}² points
        </dd>
        <dt>loss on the plane</dt>
        <dd>{Number.isFinite(result.min) ? `${formatNumber(result.min, 3)} … ${formatNumber(result.max, 3)}${log ? ' (drawn as log₁₀)' : ''}` : 'computing…'}</dd>
        <dt>sharpness λ_max(H) at θ*</dt>
        <dd data-testid="landscape-sharpness">{Number.isFinite(result.sharpness) ? formatNumber(result.sharpness, 4) : '…'}</dd>
        <dt>∂²L/∂α², ∂²L/∂β² at θ*</dt>
        <dd>{Number.isFinite(result.curvature[0]) ? `${formatNumber(result.curvature[0], 4)}, ${formatNumber(result.curvature[1], 4)}` : '…'}</dd>
      </dl>
      <p className="landscape-note">
        Curvature: power iteration on Hessian-vector products, each a central difference of two autodiff gradients
        (ε ≈ 5·10⁻³); the second derivatives along the plotted directions are dᵀHd / dᵀd.
      </p>
      <LineChart title="training loss (full batch)" series={lossSeries} log testId="landscape-loss-chart" />
      <LineChart title="training accuracy" series={accSeries} testId="landscape-accuracy-chart" />
      {line && <LineChart title="loss on the line θ0 → θ* (t = 0 → 1)" series={lineSeries} log marks={[{ x: 0, label: 'θ0' }, { x: 1, label: 'θ*' }]} testId="landscape-line-chart" />}
      {twoD && result.regions && result.regionBox && (
        <DecisionRegions probabilities={result.regions} n={REGION_SIZE} box={result.regionBox} points={result.train.x} labels={result.train.labels} />
      )}
      {!twoD && result.predictions.length > 0 && (
        <ImagePredictions pixels={result.test.x} side={Math.round(Math.sqrt(result.test.features))} predictions={result.predictions} classNames={FASHION_CLASSES} />
      )}
    </>
  )
}

const formatPercent = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(1)}%` : '…')
const formatSeconds = (s: number) => (s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.ceil(s % 60)} s`)
