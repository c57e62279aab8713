// The lab's side panel: play / pause / step / reset, each racer's status (steps, loss, "diverged at step k …"),
// the legend of the internals drawn at the heads, the top view with level curves, and the loss and distance charts.
// Swarm mode adds its progress and the basin counts.
import { useCallback } from 'react'
import { OPTIMIZER_NAMES, TEST_FUNCTIONS } from '../../../src/math/optim/index.ts'
import { useStore } from '../../../src/state/useStore.ts'
import { ContourInset } from '../../../src/ui/descent/ContourInset.tsx'
import { StepChart, type ChartSeries } from '../../../src/ui/descent/StepChart.tsx'
import { OPTIMIZER_COLOURS, OPTIMIZER_LABELS, basinColour } from '../../../src/style/racerColours.ts'
import { INTERNALS_COLOURS } from '../../../src/render/descent/RacerInternals.tsx'
import type { OptimizerName } from '../../../src/math/optim/index.ts'
import type { LabRuntime } from './useLabModel.ts'
import type { DescentProps } from '../descent.scene.tsx'
import '../../../src/ui/descent/descent.css'

/** Racer ids are optimizer names (racerSpecsFrom); anything else is shown as it is. */
const isOptimizerName = (id: string): id is OptimizerName => OPTIMIZER_NAMES.some((name) => name === id)
const label = (id: string) => (isOptimizerName(id) ? OPTIMIZER_LABELS[id] : id)
const colour = (id: string) => (isOptimizerName(id) ? OPTIMIZER_COLOURS[id] : '#fff')

/**
 * Play / pause, step and reset, at the top of the side panel (the scene's Actions). In swarm mode, play runs the
 * swarm from its grid of starts, and reset clears it back to the grid.
 */
export function DescentActions({ values, model }: DescentProps) {
  const { runtime, surface } = model
  const playing = useStore(runtime.race.playing)
  const swarmPhase = useStore(runtime.swarm.status).phase
  if (values.swarm) {
    const busy = swarmPhase === 'loading' || swarmPhase === 'running'
    return (
      <div className="descent-transport">
        <button type="button" data-testid="descent-play" aria-pressed={busy} onClick={() => (busy ? runtime.swarm.stop() : runtime.swarm.run(nextAnimationFrame))}>
          {busy ? '❚❚ stop swarm' : '▶ run swarm'}
        </button>
        <button type="button" data-testid="descent-reset" onClick={() => runtime.swarm.stop()}>reset</button>
        <span className="muted">{swarmActionNote(swarmPhase, surface.minima.length)}</span>
      </div>
    )
  }
  return (
    <div className="descent-transport">
      <button type="button" data-testid="descent-play" aria-pressed={playing} onClick={() => (playing ? runtime.race.pause() : runtime.race.play())}>
        {playing ? '❚❚ pause' : '▶ play'}
      </button>
      <button type="button" data-testid="descent-step" onClick={() => runtime.race.stepOnce()}>step</button>
      <button type="button" data-testid="descent-reset" onClick={() => runtime.race.reset()}>reset</button>
    </div>
  )
}

const nextAnimationFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

function swarmActionNote(phase: string, minima: number): string {
  if (phase === 'ready') return `The grey dots are the starts: press run to send one optimizer from each${minima > 0 ? ' and colour it by the minimum it reaches' : ''}.`
  if (phase === 'done') return minima > 0 ? 'Each start is coloured by the minimum its particle reached (legend below).' : 'Done: no known minima on this surface to colour the starts by.'
  return ''
}

export function DescentPanel({ values, model }: DescentProps) {
  const { runtime, surface } = model
  const summary = useStore(runtime.race.summary)
  const swarmStatus = useStore(runtime.swarm.status)
  const start: readonly [number, number] = [values.sx, values.sy]
  const fStar = surface.minima.length > 0 ? Math.min(...surface.minima.map(([x, y]) => surface.f(x, y))) : NaN

  const lossSeries = useCallback((): ChartSeries[] => {
    const race = runtime.race.race.get()
    if (!race) return []
    return race.racers.map((r) => ({
      id: r.id, colour: colour(r.id), values: r.loss, count: r.steps + 1,
      offset: Number.isFinite(fStar) ? fStar : 0,
    }))
  }, [runtime, fStar])
  const distanceSeries = useCallback((): ChartSeries[] => {
    const race = runtime.race.race.get()
    if (!race) return []
    return race.racers.map((r) => ({ id: r.id, colour: colour(r.id), values: r.distance, count: r.steps + 1 }))
  }, [runtime])
  const note = TEST_FUNCTIONS.find((t) => t.id === values.fn)?.note
  const startUndefined = !Number.isFinite(surface.f(start[0], start[1]))
  const noMinimum = surface.minima.length === 0

  return (
    <div className="descent-panel" data-testid="descent-panel">
      <h3>Race</h3>
      {note && <p className="descent-note">{note}</p>}
      {summary.error && <div className="descent-error" role="alert">{summary.error}</div>}
      {startUndefined && (
        <div className="descent-error" role="alert" data-testid="descent-start-undefined">
          f is undefined at the start ({start[0]}, {start[1]}): click the surface or use the arrow keys to move the start.
        </div>
      )}
      {summary.racers.length === 0 && !summary.error && <div className="muted">Tick “race” in an optimizer’s folder to enter it.</div>}
      <table className="descent-status" data-testid="descent-status">
        <tbody>
          {summary.racers.map((r) => (
            <tr key={r.id} data-racer={r.id} data-status={r.status}>
              <td>
                <span className="descent-swatch" style={{ background: colour(r.id) }} />
                {label(r.id)}
                {r.message && <div className="message">{r.message}</div>}
              </td>
              <td className="num">step {r.steps}</td>
              <td className="num">f = {Number.isFinite(r.loss) ? r.loss.toPrecision(4) : 'undefined'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="descent-legend">
        <span><span className="descent-swatch" style={{ background: INTERNALS_COLOURS.gradient }} />−γ∇f</span>
        <span><span className="descent-swatch" style={{ background: INTERNALS_COLOURS.velocity }} />−γ·b (momentum)</span>
        <span><span className="descent-swatch" style={{ background: INTERNALS_COLOURS.lookahead }} />Nesterov look-ahead</span>
        <span><span className="descent-swatch" style={{ background: INTERNALS_COLOURS.adamStep }} />Adam step γm̂/(√v̂+ε)</span>
      </div>
      <ContourInset
        surface={surface}
        race={runtime.race.race}
        raceVersion={runtime.race.version}
        swarm={runtime.swarm}
        colours={OPTIMIZER_COLOURS}
        start={start}
      />
      <StepChart
        title={Number.isFinite(fStar) ? 'f − f* (log) against step' : 'f against step (no known minimum: linear)'}
        series={lossSeries}
        version={runtime.race.version}
        log={Number.isFinite(fStar)}
        emptyText="no racer yet"
        testId="descent-loss-chart"
      />
      <StepChart
        title="distance to the nearest known minimum (log)"
        series={distanceSeries}
        version={runtime.race.version}
        emptyText={noMinimum ? 'no known minimum on this surface (a typed f or a saddle)' : 'no racer has a finite position yet'}
        testId="descent-distance-chart"
      />
      {swarmStatus.phase !== 'idle' && <SwarmStatusLine status={swarmStatus} minima={surface.minima} />}
    </div>
  )
}

function SwarmStatusLine({ status, minima }: { status: ReturnType<LabRuntime['swarm']['status']['get']>; minima: readonly (readonly [number, number])[] }) {
  if (status.phase === 'error') return <div className="descent-error" role="alert" data-testid="descent-swarm-status">swarm: {status.message}</div>
  const progress =
    status.phase === 'ready'
      ? `grey dots: the grid of starts, ready for ${status.total} steps`
      : status.phase === 'loading'
        ? status.message
        : `swarm on ${status.backend}: step ${status.step} / ${status.total}`
  return (
    <div data-testid="descent-swarm-status" data-phase={status.phase}>
      <h3>Swarm</h3>
      <div className="muted">{progress}</div>
      {status.phase === 'done' && (
        <div className="descent-legend">
          {minima.map(([x, y], i) => (
            <span key={i}>
              <span className="descent-swatch" style={{ background: basinColour(i) }} />
              ({x.toFixed(3)}, {y.toFixed(3)}): {status.basinCounts[i]}
            </span>
          ))}
          <span><span className="descent-swatch" style={{ background: basinColour(-1) }} />unresolved: {status.basinCounts[minima.length]}</span>
        </div>
      )}
    </div>
  )
}
