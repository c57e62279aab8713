// Lab · Descent: optimizers racing on any surface, tuned live, with their internals drawn (lr, momentum, Adam's
// moments …, all in the GUI and the link). The race itself is src/math/optim's deterministic Race; this file wires it
// to the surface, the frame loop and the side panel. Swarm mode runs one optimizer from a grid of starts on the GPU
// (tfjs, loaded on demand) and colours the start grid by the minimum each particle reaches.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useThree } from '@react-three/fiber'
import { animationClock } from '../../src/render/animationClock.ts'
import { useClockTick } from '../../src/render/useClockTick.ts'
import type { OptimizerName } from '../../src/math/optim/index.ts'
import { SurfacePlot } from '../../src/render/SurfacePlot.tsx'
import { RaceTrails } from '../../src/render/descent/RaceTrails.tsx'
import { RacerInternals } from '../../src/render/descent/RacerInternals.tsx'
import { MinimaMarkers } from '../../src/render/descent/MinimaMarkers.tsx'
import { StartPointHandle } from '../../src/render/descent/StartPointHandle.tsx'
import { SwarmParticles } from '../../src/render/descent/SwarmParticles.tsx'
import { createStore } from '../../src/state/store.ts'
import { useStore } from '../../src/state/useStore.ts'
import { OPTIMIZER_COLOURS, OPTIMIZER_LABELS } from '../../src/ui/descent/racerColours.ts'
import type { SceneDefinition, SceneViewProps } from '../sceneDefinition.ts'
import { descentSchema, knownMinima } from './descent/descentSchema.ts'
import { optionsFrom, racerSpecsFrom } from './descent/optimizerParams.ts'
import { buildRaceSurface, minimaForParams, type LabSurface } from './descent/raceSurface.ts'
import { RaceRuntime } from './descent/raceRuntime.ts'
import { SwarmRuntime } from './descent/swarmRuntime.ts'
import { labRuntimeSlot, type LabRuntime } from './descent/labRuntime.ts'
import { DescentPanel } from './descent/DescentPanel.tsx'

function DescentView({ state, expressions, onZRange, setValues, endDrag }: SceneViewProps) {
  const v = state.values
  const f = expressions.f!
  const [xMin, xMax] = v.xr as readonly [number, number]
  const [yMin, yMax] = v.yr as readonly [number, number]
  const [zMin, zMax] = v.zr as readonly [number, number]
  const fnId = v.fn as string
  // Keyed on content: the dynamic values object is rebuilt on every state change, and a new surface resets the race.
  const paramsKey = JSON.stringify(state.dynamic)
  const surface = useMemo((): LabSurface => {
    const params = JSON.parse(paramsKey) as Record<string, number>
    const domain = { xMin, xMax, yMin, yMax }
    return buildRaceSurface(f, params, domain, minimaForParams(fnId, knownMinima(fnId), params))
  }, [f, paramsKey, xMin, xMax, yMin, yMax, fnId])

  const [runtime] = useState((): LabRuntime => ({ race: new RaceRuntime(), swarm: new SwarmRuntime(), surface: createStore<LabSurface | null>(null) }))
  useEffect(() => {
    labRuntimeSlot.set(runtime)
    return () => {
      runtime.race.pause()
      runtime.swarm.cancel()
      if (labRuntimeSlot.get() === runtime) labRuntimeSlot.set(null)
    }
  }, [runtime])
  useEffect(() => runtime.surface.set(surface), [runtime, surface])

  const sx = v.sx as number
  const sy = v.sy as number
  const maxSteps = v.maxsteps as number
  const gradTol = v.gtol as number
  const specsKey = JSON.stringify(racerSpecsFrom(v))
  useEffect(() => {
    runtime.race.configure({ surface, specs: JSON.parse(specsKey), start: [sx, sy], maxSteps, gradTol })
  }, [runtime, surface, specsKey, sx, sy, maxSteps, gradTol])
  const race = useStore(runtime.race.race)

  const swarmOn = v.swarm as boolean
  const swarmKey = swarmOn
    ? JSON.stringify({ optimizer: v.swopt, options: optionsFrom(v.swopt as OptimizerName, v), count: v.swcount, steps: v.swsteps })
    : ''
  useEffect(() => {
    if (swarmKey === '') return
    const config = JSON.parse(swarmKey)
    // tfjs-webgl and three share the one GPU: the race pauses while the swarm computes (BROWSER.md).
    runtime.race.pause()
    // The swarm steps one chunk per tick of the animation clock; as a clock task, a recording waits for each chunk.
    const task = animationClock.task()
    void runtime.swarm.start({ surface, ...config }, task.nextTick).finally(task.done)
    return () => {
      runtime.swarm.cancel()
      task.done()
    }
  }, [runtime, surface, swarmKey])

  const onMove = useCallback(
    (x: number, y: number, phase: 'commit' | 'drag') => setValues?.({ sx: round4(x), sy: round4(y) }, phase),
    [setValues],
  )
  const onEndDrag = useCallback(() => endDrag?.(), [endDrag])

  return (
    <SurfacePlot
      f={f}
      params={state.dynamic}
      domain={surface.domain}
      resolution={v.res as number}
      zRange={v.zauto ? 'auto' : { min: zMin, max: zMax }}
      showGrid
      onZRange={onZRange}
    >
      <RaceDriver runtime={runtime} stepsPerSecond={v.speed as number} maxStepsPerFrame={v.spf as number} play={v.play as boolean} race={race} />
      <MinimaMarkers minima={surface.minima} f={surface.f} />
      <RaceTrails race={race} colours={OPTIMIZER_COLOURS} labels={OPTIMIZER_LABELS} />
      <RacerInternals race={race} visible={v.internals as boolean} />
      <StartPointHandle start={[sx, sy]} f={surface.f} onMove={onMove} onEndDrag={onEndDrag} />
      {swarmOn && <SwarmParticles swarm={runtime.swarm} f={surface.f} />}
    </SurfacePlot>
  )
}

/** Advances the race on the animation clock (fixed steps from clock time) while it plays; `play=1` in a link starts it. */
function RaceDriver({
  runtime, stepsPerSecond, maxStepsPerFrame, play, race,
}: { runtime: LabRuntime; stepsPerSecond: number; maxStepsPerFrame: number; play: boolean; race: unknown }) {
  const invalidate = useThree((s) => s.invalidate)
  const playing = useStore(runtime.race.playing)
  useEffect(() => {
    const offVersion = runtime.race.version.subscribe(() => invalidate())
    const offPlaying = runtime.race.playing.subscribe(() => invalidate())
    return () => {
      offVersion()
      offPlaying()
    }
  }, [runtime, invalidate])
  // The `play` setting (a link with play=1, the GUI) starts the race, and a rebuilt race plays on while it is set.
  // It is not written back when the race pauses or finishes: any state write rebuilds the race (and would wipe the
  // finished trails), so the setting means "play when shown", and the panel's buttons control the run itself.
  useEffect(() => {
    if (play && race) runtime.race.play()
  }, [runtime, play, race])
  // Switching the setting off (the GUI) pauses; a rebuilt race otherwise keeps the play state it had.
  useEffect(() => {
    if (!play) runtime.race.pause()
  }, [runtime, play])
  useClockTick(playing ? (dt) => runtime.race.advance(dt, stepsPerSecond, maxStepsPerFrame) : null)
  return null
}

/** Picked start points are stored to 4 decimals: exact enough to reproduce, short in the link. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4

const descent: SceneDefinition = {
  id: 'descent',
  chapter: 'lab',
  title: 'Descent lab',
  section: 'Lab: optimizers racing',
  functions: ['f'],
  domain: { x: 'xr', y: 'yr' },
  zRange: { auto: 'zauto', fixed: 'zr' },
  schema: descentSchema,
  View: DescentView,
  Panel: DescentPanel,
  // The lab has some eighty settings; its panel shows what matters (racers, status, charts), so list none here.
  readoutKeys: [],
}

export default descent
