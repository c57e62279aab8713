// One loaded scene's live state and its link to the URL. Committed changes push a history entry, so Back and
// Forward walk through them; a slider drag pushes once and then replaces that entry while it moves, so one drag
// is one step back. State coming from the URL is validated, and what was wrong is published as problems.
import { encodeQuery, decodeQuery, type UrlProblem } from '../state/urlState.ts'
import { formatHash } from '../state/route.ts'
import { setParam, statesEqual, type SceneState } from '../state/sceneState.ts'
import { createStore, type Store } from '../state/store.ts'
import type { SurfaceZRange } from '../math/plot/index.ts'
import type { Scene } from '../../scenes/sceneDefinition.ts'

export type UpdatePhase = 'commit' | 'drag'

export interface SceneSession {
  readonly sceneId: string
  readonly definition: Scene
  readonly state: Store<SceneState>
  readonly problems: Store<readonly UrlProblem[]>
  /** The z range the scene last reported drawing with (null until it reports one). */
  readonly zRange: Store<SurfaceZRange | null>
  update(next: SceneState, phase: UpdatePhase): void
  /** Ends a drag: the next change pushes a new history entry. */
  endDrag(): void
  /** Reads a URL query (Back/Forward, a pasted link) into the state without adding history; rewrites the link in full. */
  loadQuery(query: string): void
}

/**
 * `onWrite` is told after each history write, so the route (a store of location.hash) keeps mirroring the address
 * bar: pushState and replaceState fire no event of their own.
 */
export function createSceneSession(
  sceneId: string,
  definition: Scene,
  query: string,
  onWrite: () => void = () => {},
): SceneSession {
  const { schema } = definition
  const first = decodeQuery(schema, query)
  const state = createStore(first.state)
  const problems = createStore<readonly UrlProblem[]>(first.problems)
  const zRange = createStore<SurfaceZRange | null>(null)
  let dragging = false

  const hashOf = (s: SceneState) => formatHash({ sceneId, query: encodeQuery(schema, s) })
  // The address bar always shows the whole state: a short or corrected link is rewritten in place (no new entry).
  const canonicalize = () => {
    const hash = hashOf(state.get())
    if (location.hash === hash) return
    history.replaceState(history.state, '', hash)
    onWrite()
  }

  /** Switching "fit z" off keeps the picture: the fixed range starts at the range that was fitted. */
  const keepFittedZ = (previous: SceneState, next: SceneState): SceneState => {
    const keys = definition.zRange
    const fitted = zRange.get()
    if (!keys || !fitted || !previous.values[keys.auto] || next.values[keys.auto]) return next
    const spec = schema.params[keys.fixed]
    if (spec?.kind !== 'interval') return next
    const lo = Math.max(spec.min, roundTo(fitted.min, spec.step))
    const hi = Math.min(spec.max, roundTo(fitted.max, spec.step))
    return lo < hi ? setParam(schema, next, keys.fixed, [lo, hi]) : next
  }

  return {
    sceneId,
    definition,
    state,
    problems,
    zRange,
    update(next, phase) {
      const previous = state.get()
      const adjusted = keepFittedZ(previous, next)
      if (statesEqual(previous, adjusted)) return
      state.set(adjusted)
      const hash = hashOf(adjusted)
      if (phase === 'drag' && dragging) history.replaceState(history.state, '', hash)
      else history.pushState(null, '', hash)
      dragging = phase === 'drag'
      onWrite()
    },
    endDrag() {
      dragging = false
    },
    loadQuery(query) {
      const decoded = decodeQuery(schema, query, state.get())
      dragging = false
      // Our own writes come back here too (through the route); they change nothing and keep the banner as it is.
      if (!statesEqual(decoded.state, state.get())) {
        state.set(decoded.state)
        problems.set(decoded.problems)
      }
      canonicalize()
    },
  }
}

function roundTo(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toPrecision(12))
}
