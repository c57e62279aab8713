// The workbench shell: header with the chapter/scene navigation, and the current scene inside its error boundary
// (or a chapter of the text). The route (the hash) picks the scene; the scene is keyed by id so switching scenes
// starts a fresh session.
import { Suspense, lazy, useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react'
import { findScene } from '../../scenes/index.ts'
import { parseHash } from '../state/route.ts'
import { useStore } from '../state/useStore.ts'
import { ProblemBanner } from '../ui/ProblemBanner.tsx'
import { RecordControl } from './record/RecordControl.tsx'
import { createRouteStore } from './routeStore.ts'
import { Home } from './Home.tsx'
import { SceneErrorBoundary } from './SceneErrorBoundary.tsx'
import { SceneHost } from './SceneHost.tsx'
import { SceneNav } from './SceneNav.tsx'
import { isTyping, ShortcutsOverlay } from './ShortcutsOverlay.tsx'
import { courseRouteOf } from '../ui/course/courseRoute.ts'
import './styles.css'

/** The text (chapters, notation) loads on first visit; the scenes never wait for it. */
const CoursePage = lazy(() => import('./course/CoursePage.tsx'))

/** `onModel`: told each scene's model as it changes (for tests; the app itself passes nothing). */
export function App({ onModel }: { readonly onModel?: (sceneId: string, model: unknown) => void }) {
  const [route] = useState(createRouteStore)
  useEffect(() => route.listen(), [route])
  const hash = useStore(route.hash)
  const { sceneId, query } = useMemo(() => parseHash(hash), [hash])
  // The text's routes (#/chapter/N, #/notation) are not scene ids.
  const courseRoute = useMemo(() => courseRouteOf(sceneId, query), [sceneId, query])
  // No scene named: the home page. A name that is no scene: the home page too, with a banner saying so.
  const entry = courseRoute ? undefined : findScene(sceneId)
  const unknownScene = courseRoute === null && sceneId !== '' && !entry
  const onUrlWrite = useCallback(() => route.hash.set(location.hash), [route])
  // The banner belongs to the bad link: it goes when the link changes (navigating on), and never stacks with another.
  const [dismissed, setDismissed] = useState<string | null>(null)
  const [shortcutsOpen, setShortcutsOpen] = useState(false)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isTyping(e.target)) setShortcutsOpen((open) => !open)
      else if (e.key === 'Escape') setShortcutsOpen(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="app">
      <a className="skip-link" href="#" onClick={skipToPlot}>
        Skip to the plot
      </a>
      <header className="app-header">
        <a className="app-title" href="#/">
          Calculus Workbench
        </a>
        <a className="app-course-link" href="#/chapter/1" aria-current={courseRoute ? 'page' : undefined}>
          Text
        </a>
        <SceneNav currentId={entry?.id ?? ''} />
        <button type="button" className="shortcuts-button" aria-label="keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setShortcutsOpen(true)}>
          ?
        </button>
        <RecordControl />
      </header>
      <ShortcutsOverlay open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
      {unknownScene && dismissed !== hash && (
        <ProblemBanner
          problems={[{ key: sceneId, message: 'is not a scene; showing the home page instead' }]}
          onDismiss={() => setDismissed(hash)}
        />
      )}
      <main className="app-main">
        {courseRoute ? (
          <Suspense fallback={<div className="scene-loading">Loading the text…</div>}>
            <CoursePage route={courseRoute} />
          </Suspense>
        ) : entry ? (
          // Keyed by scene: choosing another scene after an error starts clean.
          <SceneErrorBoundary key={entry.id} title={entry.title}>
            <SceneHost entry={entry} query={query} onUrlWrite={onUrlWrite} onModel={onModel} />
          </SceneErrorBoundary>
        ) : (
          <Home />
        )}
      </main>
    </div>
  )
}

/**
 * The skip link moves focus past the header to the plot: to the canvas when the scene made it focusable (picking and
 * dragging by keyboard), else to the viewport. A handler, not href="#id": the hash is the router's.
 */
function skipToPlot(event: MouseEvent) {
  event.preventDefault()
  const canvas = document.querySelector<HTMLElement>('.viewport canvas')
  const target = canvas && canvas.tabIndex >= 0 ? canvas : document.querySelector<HTMLElement>('.viewport')
  target?.focus()
}
