// The host's hook around the symbolic gate (symbolicGate.ts): per expression input, whether it is ready, computing in
// the worker, or failed, and the state the scene is handed meanwhile (shownState.ts). Workers start only when an
// expression needs one, and are terminated when the scene goes.
import { useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { parse } from '../../math/expr/index.ts'
import { coordinatesOf, type SceneSchema } from '../../state/paramSpec.ts'
import type { SceneState } from '../../state/sceneState.ts'
import { shownState, type LastGood } from './shownState.ts'
import { SymbolicGate, type SymbolicStatus } from './symbolicGate.ts'
import { SymbolicJobs } from './SymbolicJobs.ts'
import { spawnSymbolicWorker } from './spawnSymbolicWorker.ts'

export interface SymbolicState {
  /** What the scene draws: `state`, or it with the last good expression for each input still computing or failed. */
  readonly shown: SceneState
  readonly status: Readonly<Record<string, SymbolicStatus>>
}

export function useSymbolicState(schema: SceneSchema, keys: readonly string[], state: SceneState): SymbolicState {
  const [settled, onSettled] = useReducer((n: number) => n + 1, 0)
  const [{ jobs, gate }] = useState(() => {
    const jobs = new SymbolicJobs(spawnSymbolicWorker)
    return { jobs, gate: new SymbolicGate(jobs, coordinatesOf(schema), onSettled) }
  })
  const lastGood = useRef(new Map<string, LastGood>())

  const { expressions, values } = state
  const status = useMemo(() => {
    void settled // a job that settled changes verdicts the gate holds
    return Object.fromEntries(keys.map((key) => [key, gate.status(expressions[key]!)]))
  }, [gate, keys, expressions, settled])

  useEffect(() => {
    for (const key of keys) gate.follow(key, expressions[key]!, String(values[key]))
  }, [gate, keys, expressions, values, status])
  useEffect(
    () => () => {
      jobs.dispose()
      gate.reset()
    },
    [jobs, gate],
  )

  const shown = useMemo(
    () => shownState(schema, state, status, lastGood.current, (key) => {
      const text = String(schema.params[key]?.default ?? '0')
      return { text, expr: parse(text) }
    }),
    [schema, state, status],
  )
  return { shown, status }
}
