// Mounts the schema-built lil-gui panel in the side panel (full width); rebuilt when the scene changes.
import GUI from 'lil-gui'
import { useEffect, useRef } from 'react'
import type { SceneSchema } from '../state/paramSpec.ts'
import type { SceneState } from '../state/sceneState.ts'
import type { Store } from '../state/store.ts'
import { bindGui, type GuiActions } from './bindGui.ts'

export function GuiPanel({ schema, store, actions, title }: { schema: SceneSchema; store: Store<SceneState>; actions: GuiActions; title: string }) {
  const container = useRef<HTMLDivElement>(null)
  // Actions are read through a ref so a re-render with new closures does not rebuild the whole panel.
  const latest = useRef(actions)
  latest.current = actions
  const hasFitZ = actions.fitZ !== undefined
  useEffect(() => {
    const gui = new GUI({ container: container.current!, title })
    const unbind = bindGui(gui, schema, store, {
      update: (next, phase) => latest.current.update(next, phase),
      endDrag: () => latest.current.endDrag(),
      resetView: () => latest.current.resetView(),
      fitZ: hasFitZ ? () => latest.current.fitZ?.() : undefined,
    })
    return () => {
      unbind()
      gui.destroy()
    }
  }, [schema, store, title, hasFitZ])
  return <div className="gui-dock" ref={container} data-testid="gui-dock" />
}
