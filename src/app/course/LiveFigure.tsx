// A scene running inside the text, in the state its link names: the scene's own parts (defineScene's useParts, as the
// host renders them) with its View in a Viewport and the camera free to orbit. It does not own the URL (the page's link
// stays the chapter's) and changes nothing but its own view; "Open in the workbench" takes the same link to the full
// scene with its panel and settings.
import { Suspense, use, useMemo, useState } from 'react'
import type { Scene, SceneEntry, SceneHostCallbacks } from '../../../scenes/sceneDefinition.ts'
import { decodeQuery } from '../../state/urlState.ts'
import type { CameraPose } from '../../state/cameraPose.ts'
import { Viewport } from '../Viewport.tsx'

const definitions = new Map<string, Promise<Scene>>()
function definitionOf(entry: SceneEntry): Promise<Scene> {
  if (!definitions.has(entry.id)) definitions.set(entry.id, entry.load().then((m) => m.default))
  return definitions.get(entry.id)!
}

/** The figure is read-only: a drag or a picked point inside it does not change the linked state. */
const READ_ONLY: SceneHostCallbacks = { onZRange: () => {}, setValues: () => {}, endDrag: () => {} }

export default function LiveFigure({ entry, query }: { entry: SceneEntry; query: string }) {
  const scene = use(definitionOf(entry))
  const { state } = useMemo(() => decodeQuery(scene.schema, query), [scene, query])
  const parts = scene.useParts(state, READ_ONLY)
  const [camera, setCamera] = useState<CameraPose>(state.camera ?? scene.schema.camera)
  return (
    <div className="live-figure-canvas">
      <Viewport camera={camera} resetKey={0} onCameraChange={setCamera}>
        <Suspense fallback={null}>{parts.view}</Suspense>
      </Viewport>
    </div>
  )
}
