// The state a scene is handed while some of its expressions are still computing (or failed): the current state, with
// each such expression (and its text) replaced by the last one that was ready for that input, so the last good
// surface and derivations stay on screen while every other setting (domain, resolution …) follows at once.
import type { Expr } from '../../math/expr/index.ts'
import { dynamicParams } from '../../state/dynamicParams.ts'
import type { SceneSchema } from '../../state/paramSpec.ts'
import type { SceneState } from '../../state/sceneState.ts'
import type { SymbolicStatus } from './symbolicGate.ts'

export interface LastGood {
  readonly text: string
  readonly expr: Expr
  /** The parameter values it was shown with. */
  readonly dynamic?: Readonly<Record<string, number>>
}

/**
 * `lastGood`: per key, the last ready expression (updated here for the keys that are ready now); a key with none yet
 * (a link that opens on a heavy expression) shows the scene's default. Returns `state` itself when nothing is replaced.
 */
export function shownState(
  schema: SceneSchema,
  state: SceneState,
  status: Readonly<Record<string, SymbolicStatus>>,
  lastGood: Map<string, LastGood>,
  fallback: (key: string) => LastGood,
): SceneState {
  let replaced = false
  const values = { ...state.values }
  const expressions = { ...state.expressions }
  const earlier: Record<string, number> = {}
  for (const [key, s] of Object.entries(status)) {
    if (s.kind === 'ready') {
      lastGood.set(key, { text: String(state.values[key]), expr: s.expr, dynamic: state.dynamic })
      if (s.expr !== state.expressions[key]) {
        expressions[key] = s.expr
        replaced = true
      }
      continue
    }
    const good = lastGood.get(key) ?? fallback(key)
    values[key] = good.text
    Object.assign(earlier, good.dynamic)
    expressions[key] = good.expr
    replaced = true
  }
  if (!replaced) return state
  // The shown expressions' parameters: their current slider values, else the ones they were last shown with (a name
  // the new text dropped), else their defaults.
  const { names, specs } = dynamicParams(schema, Object.values(expressions))
  const dynamic: Record<string, number> = {}
  for (const name of names) dynamic[name] = state.dynamic[name] ?? earlier[name] ?? specs[name]!.default
  return { ...state, values, expressions, dynamic: sameNumbers(dynamic, state.dynamic) ? state.dynamic : dynamic }
}

function sameNumbers(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]))
}
