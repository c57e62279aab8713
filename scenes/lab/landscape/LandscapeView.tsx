// The loss surface in the 3D view: the grid as a height texture on the one GPU surface (SurfacePlot's height source),
// log₁₀ loss or loss, contour lines, θ* marked at the origin of the plane, and the optimizers' paths drawn on it and
// replayed as a race once the grid is complete. While TF.js computes, nothing here animates: a frame is drawn only when
// a new grid level arrives (frameloop "demand"), so TF.js and three.js do not fight over the one (software) GPU.
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { parse } from '../../../src/math/expr/index.ts'
import { SurfacePlot } from '../../../src/render/SurfacePlot.tsx'
import { HeightField } from '../../../src/render/heightField.ts'
import { PlaneTrails, type PlanePath } from '../../../src/render/landscape/PlaneTrails.tsx'
import { MinimaMarkers } from '../../../src/render/descent/MinimaMarkers.tsx'
import { useStore } from '../../../src/state/useStore.ts'
import { OPTIMIZER_COLOURS, OPTIMIZER_LABELS } from '../../../src/style/racerColours.ts'
import type { SceneProps } from '../../sceneDefinition.ts'
import type { landscapeParams } from './landscapeSchema.ts'
import type { LandscapeModel } from './useLandscapeModel.ts'
import { bilinearHeight, displayHeights, heightRange } from './surfaceHeights.ts'

export type LandscapeProps = SceneProps<typeof landscapeParams, LandscapeModel>

/** SurfacePlot's expression input is unused with a height source; one constant expression for all renders. */
const UNUSED_F = parse('0')
const NO_PARAMS = {}
const AXES_LOG = ['α', 'β', 'log₁₀ L'] as const
const AXES_LINEAR = ['α', 'β', 'L'] as const
const ORIGIN: readonly (readonly [number, number])[] = [[0, 0]]
/** Seconds a replay of the paths takes. */
const REPLAY_SECONDS = 4

export function LandscapeView({ values, model, onZRange }: LandscapeProps) {
  const { runtime } = model
  const result = useStore(runtime.result)
  const version = useStore(runtime.gridVersion)
  const invalidate = useThree((s) => s.invalidate)
  const n = result?.resolution ?? 11
  const field = useMemo(() => new HeightField(n), [n])
  useEffect(() => () => field.dispose(), [field])

  // Heights for this grid version and scale: uploaded to the texture, and read by the paths.
  const heights = useMemo(() => (result ? displayHeights(result.values, values.logz) : new Float32Array(n * n).fill(NaN)), [result, version, values.logz, n])
  useEffect(() => {
    field.setHeights(heights)
    invalidate()
  }, [field, heights, invalidate])
  const range = useMemo(() => heightRange(heights), [heights])

  const alpha = result?.alpha ?? values.ar
  const beta = result?.beta ?? values.br
  const domain = useMemo(() => ({ xMin: alpha[0], xMax: alpha[1], yMin: beta[0], yMax: beta[1] }), [alpha, beta])
  const heightAt = useMemo(() => (a: number, b: number) => bilinearHeight(heights, n, alpha, beta, a, b), [heights, n, alpha, beta])
  const paths = useMemo(
    (): PlanePath[] => (result?.trails ?? []).map((t) => ({ id: t.name, colour: OPTIMIZER_COLOURS[t.name], label: OPTIMIZER_LABELS[t.name], coords: t.coords })),
    [result?.trails],
  )
  const heightSource = useMemo(() => ({ field, contours: values.contours }), [field, values.contours])

  return (
    <SurfacePlot
      f={UNUSED_F}
      params={NO_PARAMS}
      heights={heightSource}
      domain={domain}
      resolution={Math.min(256, 2 * n)}
      zRange={range}
      onZRange={onZRange}
      axisNames={values.logz ? AXES_LOG : AXES_LINEAR}
    >
      {result && <MinimaMarkers minima={ORIGIN} f={heightAt} />}
      {paths.length > 0 && <Replay paths={paths} heightAt={heightAt} version={version} play={values.race && result?.complete === true} />}
    </SurfacePlot>
  )
}

/** The paths, replayed from θ0 to the end over REPLAY_SECONDS once the grid is complete (shown whole before that). */
function Replay({ paths, heightAt, version, play }: { paths: PlanePath[]; heightAt: (a: number, b: number) => number; version: number; play: boolean }) {
  const reveal = useRef({ current: 1 }).current
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    reveal.current = play ? 0 : 1
    invalidate()
  }, [play, paths, reveal, invalidate])
  useFrame((_, delta) => {
    if (reveal.current >= 1) return
    // A frame after a long idle reports a long delta: cap it so the replay starts from the start.
    reveal.current = Math.min(1, reveal.current + Math.min(delta, 0.1) / REPLAY_SECONDS)
    invalidate()
  }, -2)
  return <PlaneTrails paths={paths} heightAt={heightAt} version={version} reveal={reveal} />
}
