// The workbench shell: header with the chapter/scene navigation, and the current scene. The route (the hash)
// picks the scene; the scene is keyed by id so switching scenes starts a fresh session.
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react'
import { findScene, SCENES } from '../../scenes/index.ts'
import { parseHash } from '../state/route.ts'
import { useStore } from '../state/useStore.ts'
import { ProblemBanner } from '../ui/ProblemBanner.tsx'
import { createRouteStore } from './routeStore.ts'
import { SceneHost } from './SceneHost.tsx'
import { SceneNav } from './SceneNav.tsx'
import { courseRouteOf } from '../ui/course/courseRoute.ts'
import './styles.css'

/** The text (chapters, notation) loads on first visit; the scenes never wait for it. */
const CoursePage = lazy(() => import('./course/CoursePage.tsx'))

export function App() {
  const [route] = useState(createRouteStore)
  useEffect(() => route.listen(), [route])
  const hash = useStore(route.hash)
  const { sceneId, query } = useMemo(() => parseHash(hash), [hash])
  const courseRoute = useMemo(() => courseRouteOf(sceneId, query), [sceneId, query])
  const entry = findScene(sceneId) ?? SCENES[0]!
  const unknownScene = courseRoute === null && sceneId !== '' && sceneId !== entry.id
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
        <a className="app-course-link" href="#/chapter/1" aria-current={courseRoute ? 'page' : undefined}>
          Text
        </a>
        <SceneNav currentId={courseRoute ? '' : entry.id} />
      </header>
      {unknownId !== null && (
        <ProblemBanner
          problems={[{ key: unknownId, message: `is not a scene; showing '${SCENES[0]!.title}' instead` }]}
          onDismiss={() => setUnknownId(null)}
        />
      )}
      <main className="app-main">
        {courseRoute ? (
          <Suspense fallback={<div className="scene-loading">Loading the text…</div>}>
            <CoursePage route={courseRoute} />
          </Suspense>
        ) : (
          <SceneHost key={entry.id} entry={entry} query={unknownScene ? '' : query} onUrlWrite={onUrlWrite} />
        )}
      </main>
    </div>
  )
}
