// A scene running inside the text, in the state its link names: the scene's own View in a Viewport, with the camera
// free to orbit. It does not own the URL (the page's link stays the chapter's) and changes nothing but its own view;
// "Open in the workbench" takes the same link to the full scene with its panel and settings.
import { use, useMemo, useState } from 'react'
import type { SceneDefinition, SceneEntry } from '../../../scenes/sceneDefinition.ts'
import { decodeQuery } from '../../state/urlState.ts'
import { expressionsOf } from '../../state/sceneState.ts'
import type { CameraPose } from '../../state/cameraPose.ts'
import { Viewport } from '../Viewport.tsx'

const definitions = new Map<string, Promise<SceneDefinition>>()
function definitionOf(entry: SceneEntry): Promise<SceneDefinition> {
  if (!definitions.has(entry.id)) definitions.set(entry.id, entry.load().then((m) => m.default))
  return definitions.get(entry.id)!
}

export default function LiveFigure({ entry, query }: { entry: SceneEntry; query: string }) {
  const definition = use(definitionOf(entry))
  const { state } = useMemo(() => decodeQuery(definition.schema, query), [definition, query])
  const expressions = useMemo(() => expressionsOf(definition.schema, state.values), [definition, state.values])
  const [camera, setCamera] = useState<CameraPose>(state.camera ?? definition.schema.camera)
  const View = definition.View
  return (
    <div className="live-figure-canvas">
      <Viewport camera={camera} resetKey={0} onCameraChange={setCamera}>
        <View state={state} expressions={expressions} onZRange={() => {}} />
      </Viewport>
    </div>
  )
}
