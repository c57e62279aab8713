// The scene's side panel: its title and section, then whatever the scene puts in it (inputs, settings, its own
// panel, derivations, readouts). Beside the canvas on wide screens; on a phone (styles.css, max-width 720px) it is a
// bottom sheet under the canvas that shows only the heading until its toggle opens it, and then shares the height
// with the canvas instead of covering it. The toggle is in the DOM at every size and hidden by CSS where the panel is
// always open, so the layout follows the window (resize, rotation) without any JavaScript measuring.
import { useId, useState, type ReactNode } from 'react'

export interface SidePanelProps {
  readonly title: string
  readonly section: string
  /** Under the section: the link into the chapter text that explains this scene, when there is one. */
  readonly textLink?: ReactNode
  readonly children: ReactNode
}

export function SidePanel({ title, section, textLink, children }: SidePanelProps) {
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  return (
    <aside className={`side-panel${open ? ' is-open' : ''}`} aria-label={`${title}: controls and derivations`}>
      <div className="scene-heading">
        <div className="scene-heading-text">
          <h1>{title}</h1>
          <span className="muted">{section}</span>
          {textLink}
        </div>
        <button type="button" className="sheet-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide controls' : 'Controls'}
        </button>
      </div>
      <div className="side-panel-body" id={bodyId}>
        {children}
      </div>
    </aside>
  )
}
