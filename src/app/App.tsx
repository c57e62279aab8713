// The workbench shell: header with the chapter/scene navigation, and the current scene inside its error boundary. The route (the hash)
// picks the scene; the scene is keyed by id so switching scenes starts a fresh session.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { findScene, SCENES } from '../../scenes/index.ts'
import { parseHash } from '../state/route.ts'
import { useStore } from '../state/useStore.ts'
import { ProblemBanner } from '../ui/ProblemBanner.tsx'
import { createRouteStore } from './routeStore.ts'
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx'
import { SceneHost } from './SceneHost.tsx'
import { SceneNav } from './SceneNav.tsx'
import './styles.css'

/** `onModel`: told each scene's model as it changes (for tests; the app itself passes nothing). */
export function App({ onModel }: { readonly onModel?: (sceneId: string, model: unknown) => void }) {
  const [route] = useState(createRouteStore)
  useEffect(() => route.listen(), [route])
  const hash = useStore(route.hash)
  const { sceneId, query } = useMemo(() => parseHash(hash), [hash])
  const entry = findScene(sceneId) ?? SCENES[0]!
  const unknownScene = sceneId !== '' && sceneId !== entry.id
  const onUrlWrite = useCallback(() => route.hash.set(location.hash), [route])
  // Remembered past the redirect: the session rewrites the hash to the scene actually shown.
  const [unknownId, setUnknownId] = useState<string | null>(null)
  useEffect(() => {
    if (unknownScene) setUnknownId(sceneId)
  }, [unknownScene, sceneId])

  return (
    <div className="app">
      <header className="app-header">
        <a className="app-title" href={`#/${SCENES[0]!.id}`}>
          Calculus Workbench
        </a>
        <SceneNav currentId={entry.id} />
      </header>
      {unknownId !== null && (
        <ProblemBanner
          problems={[{ key: unknownId, message: `is not a scene; showing '${SCENES[0]!.title}' instead` }]}
          onDismiss={() => setUnknownId(null)}
        />
      )}
      <main className="app-main">
        {/* Keyed by scene: choosing another scene after an error starts clean. */}
        <SceneErrorBoundary key={entry.id} title={entry.title}>
          <SceneHost entry={entry} query={unknownScene ? '' : query} onUrlWrite={onUrlWrite} onModel={onModel} />
        </SceneErrorBoundary>
      </main>
    </div>
  )
}
