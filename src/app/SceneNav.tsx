// The chapters and their scenes, drawn from the one scene list: one compact row of chapter menus, so the header stays
// one line tall however many scenes there are. A menu opens on hover and on keyboard focus (Tab into a chapter),
// and the chapter holding the current scene shows that scene's title beside it. Chapters without scenes are shown
// greyed, so the shape of the course is visible from the first day.
// On a phone (styles.css, max-width 720px) the row does not fit: one button naming the current scene stands in for
// it and opens every chapter with its scenes as one list under the header; following a link or Escape closes it.
import { useEffect, useId, useState } from 'react'
import { CHAPTERS, SCENES } from '../../scenes/index.ts'

/** What a greyed chapter says about itself. */
const EMPTY_CHAPTER_REASON = 'no scenes yet: this chapter is being written'

export function SceneNav({ currentId }: { currentId: string }) {
  const [open, setOpen] = useState(false)
  const listId = useId()
  const currentScene = SCENES.find((s) => s.id === currentId)
  // A new scene (a link followed, Back, a pasted URL) closes the phone menu.
  useEffect(() => setOpen(false), [currentId])
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])

  return (
    <nav className={`scene-nav${open ? ' is-open' : ''}`} aria-label="chapters and scenes">
      <button type="button" className="nav-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span className="nav-toggle-icon" aria-hidden="true">
          ☰
        </span>
        <span className="nav-toggle-label">{currentScene?.title ?? 'Scenes'}</span>
      </button>
      <div className="nav-chapters" id={listId}>
        {CHAPTERS.map((chapter) => {
          const scenes = SCENES.filter((s) => s.chapter === chapter.id)
          const current = scenes.find((s) => s.id === currentId)
          const menuId = `nav-menu-${chapter.id}`
          return (
            <div
              className={`nav-chapter${scenes.length === 0 ? ' is-empty' : ''}${current ? ' is-current' : ''}`}
              key={String(chapter.id)}
            >
              {scenes.length === 0 ? (
                // Greyed, and says why (a disabled control cannot be focused, so this is text with a tooltip, not a button).
                <span className="nav-chapter-title" title={`${chapter.title}: ${EMPTY_CHAPTER_REASON}`}>
                  <ChapterTitle title={chapter.title} />
                  <span className="visually-hidden"> ({EMPTY_CHAPTER_REASON})</span>
                </span>
              ) : (
                <button type="button" className="nav-chapter-title" aria-controls={menuId} title={chapter.title}>
                  <ChapterTitle title={chapter.title} />
                  {current && <span className="nav-current"> › {current.title}</span>}
                </button>
              )}
              {scenes.length > 0 && (
                <ul className="nav-menu" id={menuId}>
                  {scenes.map((scene) => (
                    <li key={scene.id}>
                      <a href={`#/${scene.id}`} aria-current={scene.id === currentId ? 'page' : undefined} onClick={() => setOpen(false)}>
                        <span>{scene.title}</span>
                        <span className="nav-section">{scene.section}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )
        })}
      </div>
    </nav>
  )
}

/**
 * "1 · Single-variable derivatives": the number and first word always show; the rest (" derivatives") is dropped by
 * CSS at medium widths, where the full row would wrap to a second line. The button's title attribute keeps the full name.
 */
function ChapterTitle({ title }: { title: string }) {
  const match = /^(\S+ · \S+)(\s.+)$/.exec(title)
  if (!match) return <>{title}</>
  return (
    <>
      {match[1]}
      <span className="nav-chapter-rest">{match[2]}</span>
    </>
  )
}
