// The scene on screen, for the toolbar's Record control and the headless recorder: its definition and session
// (state, problems). SceneHost publishes it; one scene is shown at a time, so one slot is enough.
import type { Scene } from '../../scenes/sceneDefinition.ts'
import { createStore, type Store } from '../state/store.ts'
import type { SceneSession } from './sceneSession.ts'

export const activeScene: Store<SceneSession | null> = createStore<SceneSession | null>(null)

/** The scene's formulas as plain text, one per function (`f(x, y) = sin(x)*cos(y)`): the caption of a still. */
export function formulaCaption(session: SceneSession): string {
  const { definition } = session
  const values = session.state.get().values
  return definition.functions.map((key) => `${labelOf(definition, key)} = ${String(values[key])}`).join('    ')
}

function labelOf(definition: Scene, key: string): string {
  return definition.schema.params[key]?.label ?? key
}

/** Whether the scene has an animation a link can start (a boolean `play` setting). */
export const canPlay = (definition: Scene): boolean => definition.schema.params.play?.kind === 'boolean'
