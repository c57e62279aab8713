// Chapter 3 · Gradient descent, one ball. Steepest ascent is along ∇f, so steepest descent is along −∇f: from the
// picked start point the ball takes steps x_{k+1} = x_k − η∇f(x_k) with the exact gradient. Step, play, reset; the
// learning rate η decides between crawling, converging and overshooting (try η near 2/λ_max of the Hessian). The step
// count is part of the state, so a link replays the same path to the same step.
import { useEffect, useMemo, useState } from 'react'
import { ContourLines, DescentTrail, InstrumentPlot, PointArrow } from '../../src/render/instruments/index.ts'
import { PointReadouts } from '../../src/ui/instruments/PointReadouts.tsx'
import { formatNumber, formatPair } from '../../src/math/format/formatNumber.ts'
import { gradientDescentPath, type DescentPath } from '../../src/math/instruments/gradientDescentPath.ts'
import { sceneParams } from '../../src/state/paramSpec.ts'
import '../../src/ui/descent/descent.css'
import { defineScene, type SceneInput, type SceneProps } from '../sceneDefinition.ts'
import { instrumentPlotProps, instrumentScene } from '../shared/surfaceScene.ts'
import { useSurfaceModel, type SurfaceModel } from '../shared/useSurfaceModel.ts'

const MAX_STEPS = 500
/** Time between steps while playing. */
const PLAY_INTERVAL_MS = 300

// An elongated bowl: H = diag(1, 8), so η > 2/8 = 0.25 overshoots along y and diverges.
const surface = instrumentScene({ f: 'x^2/2 + 4*y^2 + sin(x)', x: [-3, 3], y: [-2, 2], point: [2.6, 1.5] })

const params = sceneParams({
  ...surface.params,
  lr: { kind: 'number', label: 'learning rate η', min: 0.001, max: 2, step: 0.001, default: 0.08, log: true, folder: 'descent' },
  steps: { kind: 'integer', label: 'steps taken', min: 0, max: MAX_STEPS, step: 1, default: 0, folder: 'descent' },
  contours: { kind: 'boolean', label: 'level curves on the floor', default: true, folder: 'descent' },
})

interface DescentModel extends SurfaceModel {
  /** The run from the picked point: `steps` steps of −η∇f (fewer if it stopped). */
  readonly path: DescentPath
}

function useDescentModel(input: SceneInput<typeof params>): DescentModel {
  const s = useSurfaceModel(input)
  const { lr, steps } = input.values
  const { x, y } = s.point
  const path = useMemo(() => gradientDescentPath(s.calculus, s.params, { x, y }, lr, steps, s.domain), [s.calculus, s.params, x, y, lr, steps, s.domain])
  return useMemo(() => ({ ...s, path }), [s, path])
}

type Props = SceneProps<typeof params, DescentModel>

function DescentView(props: Props) {
  const { values, model: s, setValues } = props
  const { path } = s
  const { lr } = values
  // The next step −η∇f from the ball, drawn at the ball's height: where the ball will land (horizontally).
  const next = useMemo(() => {
    if (path.status !== 'running') return null
    const k = path.steps
    const p = s.calculus.at(path.xs[k]!, path.ys[k]!, s.params)
    return { from: [p.x, p.y, p.f] as const, to: [p.x - lr * p.fx, p.y - lr * p.fy, p.f] as const }
  }, [path, s.calculus, s.params, lr])
  return (
    // Moving the start point restarts the run.
    <InstrumentPlot {...instrumentPlotProps(props)} onPointMove={(p, phase) => setValues({ px: p.x, py: p.y, steps: 0 }, phase)}>
      {values.contours && <ContourLines f={s.f} params={s.params} resolution={values.res} placement="floor" count={16} />}
      <DescentTrail path={path} />
      {next && <PointArrow from={next.from} to={next.to} color="#ffb020" width={3} name="next-step" />}
    </InstrumentPlot>
  )
}

function DescentPanel({ values, model: s, setValues, endDrag }: Props) {
  const { path } = s
  const [playing, setPlaying] = useState(false)
  const { steps, lr } = values
  const canStep = path.status === 'running' && steps < MAX_STEPS
  // Playing = one more step every PLAY_INTERVAL_MS, as 'drag' updates (one history entry for the whole run).
  useEffect(() => {
    if (!playing) return
    if (!canStep) {
      setPlaying(false)
      endDrag()
      return
    }
    const timer = setTimeout(() => setValues({ steps: steps + 1 }, 'drag'), PLAY_INTERVAL_MS)
    return () => clearTimeout(timer)
  }, [playing, canStep, steps, setValues, endDrag])
  const k = path.steps
  const here = s.calculus.at(path.xs[k]!, path.ys[k]!, s.params)
  return (
    <>
      <h3>Gradient descent</h3>
      {/* The lab's transport look (descent.css), so the two descent scenes read alike. */}
      <div className="descent-transport" style={{ margin: '4px 0 8px' }}>
        <button type="button" data-action="play" aria-pressed={playing} disabled={!canStep && !playing} onClick={() => (playing ? (setPlaying(false), endDrag()) : setPlaying(true))}>
          {playing ? '❚❚ pause' : '▶ play'}
        </button>
        <button type="button" data-action="step" disabled={!canStep} onClick={() => setValues({ steps: steps + 1 }, 'commit')}>
          step
        </button>
        <button type="button" data-action="reset" onClick={() => { setPlaying(false); setValues({ steps: 0 }, 'commit') }}>
          reset
        </button>
      </div>
      <section className="readouts" aria-live="polite" data-testid="descent-readouts">
        <dl>
          <Row k="step" label="step k" text={String(k)} />
          <Row k="position" label="xₖ" text={formatPair(path.xs[k]!, path.ys[k]!)} />
          <Row k="value" label="f(xₖ)" text={Number.isFinite(path.fs[k]!) ? formatNumber(path.fs[k]!) : 'undefined here'} />
          <Row k="stepLength" label="next step |η∇f|" text={Number.isFinite(here.fx) ? formatNumber(lr * Math.hypot(here.fx, here.fy)) : 'undefined here'} />
          <Row k="status" label="status" text={statusText(path.status, k, playing)} />
        </dl>
      </section>
      <h3>At the start point</h3>
      <PointReadouts point={s.point} showHessian />
    </>
  )
}

/** The path's state in words: "ready" before the first step (not "running"), "paused at step k" between plays. */
function statusText(status: string, step: number, playing: boolean): string {
  if (status !== 'running') return status
  if (playing) return 'running'
  return step === 0 ? 'ready: press play or step' : `paused at step ${step}`
}

function Row({ k, label, text }: { k: string; label: string; text: string }) {
  return (
    <div className="readout" data-readout={k}>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </div>
  )
}

export default defineScene({
  howTo:
    'Press play (or step) to move the ball by −η∇f each step; drag the start point or change the learning rate η and watch the trail converge, zigzag or diverge. The panel reads xₖ, f(xₖ) and the next step.',
  ...surface.keys,
  params,
  useModel: useDescentModel,
  View: DescentView,
  Panel: DescentPanel,
})
