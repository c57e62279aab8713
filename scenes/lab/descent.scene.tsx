// Lab · Descent: optimizers racing on any surface, tuned live, with their internals drawn (lr, momentum, Adam's
// moments …, all in the GUI and the link). The race itself is src/math/optim's deterministic Race; this file wires it
// to the surface, the frame loop and the side panel. Swarm mode runs one optimizer from a grid of starts on the GPU
// (tfjs, loaded on demand) and colours the start grid by the minimum each particle reaches.
import { useCallback, useEffect } from 'react'
import { useThree } from '@react-three/fiber'
import { useClockTick } from '../../src/render/useClockTick.ts'
import { SurfacePlot } from '../../src/render/SurfacePlot.tsx'
import { RaceTrails } from '../../src/render/descent/RaceTrails.tsx'
import { RacerInternals } from '../../src/render/descent/RacerInternals.tsx'
import { MinimaMarkers } from '../../src/render/descent/MinimaMarkers.tsx'
import { StartPointHandle } from '../../src/render/descent/StartPointHandle.tsx'
import { SwarmParticles } from '../../src/render/descent/SwarmParticles.tsx'
import { useStore } from '../../src/state/useStore.ts'
import { OPTIMIZER_COLOURS, OPTIMIZER_LABELS } from '../../src/style/racerColours.ts'
import { defineScene, type SceneProps } from '../sceneDefinition.ts'
import { zRangeOf } from '../shared/surfaceScene.ts'
import { descentSchema, type descentParams } from './descent/descentSchema.ts'
import { useLabModel, type LabModel, type LabRuntime } from './descent/useLabModel.ts'
import { DescentActions, DescentPanel } from './descent/DescentPanel.tsx'

export type DescentProps = SceneProps<typeof descentParams, LabModel>

function DescentView({ values, dynamic, expressions, model, onZRange, setValues, endDrag }: DescentProps) {
  const { runtime, surface } = model
  const race = useStore(runtime.race.race)
  const onMove = useCallback(
    (x: number, y: number, phase: 'commit' | 'drag') => setValues({ sx: round4(x), sy: round4(y) }, phase),
    [setValues],
  )
  return (
    <SurfacePlot
      f={expressions.f}
      params={dynamic}
      domain={surface.domain}
      resolution={values.res}
      zRange={zRangeOf(values)}
      showGrid
      onZRange={onZRange}
    >
      <RaceDriver runtime={runtime} stepsPerSecond={values.speed} maxStepsPerFrame={values.spf} />
      <MinimaMarkers minima={surface.minima} f={surface.f} />
      <RaceTrails race={race} colours={OPTIMIZER_COLOURS} labels={OPTIMIZER_LABELS} />
      <RacerInternals race={race} visible={values.internals} />
      <StartPointHandle start={[values.sx, values.sy]} f={surface.f} onMove={onMove} onEndDrag={endDrag} />
      {values.swarm && <SwarmParticles swarm={runtime.swarm} f={surface.f} />}
    </SurfacePlot>
  )
}

/** Advances the race on the animation clock (fixed steps from clock time, never wall time) and redraws as it moves. */
function RaceDriver({ runtime, stepsPerSecond, maxStepsPerFrame }: { runtime: LabRuntime; stepsPerSecond: number; maxStepsPerFrame: number }) {
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
  useClockTick(playing ? (dt) => runtime.race.advance(dt, stepsPerSecond, maxStepsPerFrame) : null)
  return null
}

/** Picked start points are stored to 4 decimals: exact enough to reproduce, short in the link. */
const round4 = (v: number) => Math.round(v * 1e4) / 1e4

export default defineScene({
  howTo:
    "Press play to race the ticked optimizers from the start point (drag it on the surface, or arrow keys); each optimizer's settings are in its folder. Swarm mode runs one optimizer from a grid of starts and colours each start by the minimum it reaches.",
  ...descentSchema,
  functions: ['f'],
  domain: { x: 'xr', y: 'yr' },
  zRange: { auto: 'zauto', fixed: 'zr' },
  resolution: 'res',
  useModel: useLabModel,
  View: DescentView,
  Panel: DescentPanel,
  Actions: DescentActions,
  // The lab has some eighty settings; its panel shows what matters (racers, status, charts), so list none here.
  readoutKeys: [],
})
