// The landscape lab's model, computed once per render by the host and handed to the 3D view and the side panel: the
// runtime (which talks to the TF.js worker and holds the trained paths and the grid) and the configuration it runs.
// A run starts when a setting that changes the picture changes (not for view-only settings such as log scale or
// contours), and is cancelled when the scene goes away.
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { SceneInput } from '../../sceneDefinition.ts'
import { useStableValue } from '../../shared/useStableValue.ts'
import { enabledOptimizers, type landscapeParams } from './landscapeSchema.ts'
import { LandscapeRuntime, type LandscapeConfig } from './landscapeRuntime.ts'

export interface LandscapeModel {
  readonly runtime: LandscapeRuntime
  readonly config: LandscapeConfig
  /** Runs the current configuration again (after a cancel). */
  readonly rerun: () => void
}

export function useLandscapeModel({ values }: SceneInput<typeof landscapeParams>): LandscapeModel {
  const config = useStableValue<LandscapeConfig>({
    problem: { dataset: values.data, model: values.model, activation: values.act, dataSeed: values.dseed },
    seed: values.seed,
    steps: values.steps,
    optimizers: enabledOptimizers(values),
    reference: values.ref,
    directions: values.dirs,
    directionSeed: values.dirseed,
    resolution: values.n,
    fit: values.fit,
    alpha: values.ar,
    beta: values.br,
  })
  const [runtime] = useState(() => new LandscapeRuntime())
  useEffect(() => () => runtime.dispose(), [runtime])
  const [generation, setGeneration] = useState(0)
  useEffect(() => {
    void runtime.start(config)
    return () => runtime.cancel()
  }, [runtime, config, generation])
  const rerun = useCallback(() => setGeneration((g) => g + 1), [])
  return useMemo(() => ({ runtime, config, rerun }), [runtime, config, rerun])
}
