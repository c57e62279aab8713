// A link from the text into a scene, shown as a figure: the caption (the link's text), a button that runs the scene
// live right here, and the link itself to open it in the workbench. One live figure at a time: WebGL contexts are
// few, and a software renderer is slow.
import { Suspense, lazy } from 'react'
import { findScene } from '../../../scenes/index.ts'

const LiveFigure = lazy(() => import('./LiveFigure.tsx'))

export function SceneFigure({
  sceneId,
  query,
  caption,
  live,
  onToggle,
}: {
  sceneId: string
  query: string
  caption: string
  live: boolean
  onToggle: () => void
}) {
  const entry = findScene(sceneId)
  if (!entry) return null
  const href = `#/${sceneId}${query ? `?${query}` : ''}`
  return (
    <div className={`scene-figure-body${live ? ' is-live' : ''}`}>
      {live && (
        <Suspense fallback={<div className="live-figure-canvas scene-loading">Loading {entry.title}…</div>}>
          <LiveFigure entry={entry} query={query} />
        </Suspense>
      )}
      <figcaption>
        <span className="figure-scene">{entry.title}</span> · {caption}
      </figcaption>
      <div className="figure-actions">
        <button type="button" onClick={onToggle} aria-pressed={live}>
          {live ? 'Close the live figure' : '▶ Live figure'}
        </button>
        <a href={href}>Open in the workbench ↗</a>
      </div>
    </div>
  )
}
