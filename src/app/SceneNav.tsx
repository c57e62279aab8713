// The chapters and their scenes, drawn from the one scene list: one compact row of chapter menus, so the header stays
// one line tall however many scenes there are. A menu opens on hover and on keyboard focus (Tab into a chapter),
// and the chapter holding the current scene shows that scene's title beside it. Chapters without scenes are shown
// greyed, so the shape of the course is visible from the first day.
import { CHAPTERS, SCENES } from '../../scenes/index.ts'

/** What a greyed chapter says about itself. */
const EMPTY_CHAPTER_REASON = 'no scenes yet: this chapter is being written'

export function SceneNav({ currentId }: { currentId: string }) {
  return (
    <nav className="scene-nav" aria-label="chapters and scenes">
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
                {chapter.title}
                <span className="visually-hidden"> ({EMPTY_CHAPTER_REASON})</span>
              </span>
            ) : (
              <button type="button" className="nav-chapter-title" aria-controls={menuId}>
                {chapter.title}
                {current && <span className="nav-current"> › {current.title}</span>}
              </button>
            )}
            {scenes.length > 0 && (
              <ul className="nav-menu" id={menuId}>
                {scenes.map((scene) => (
                  <li key={scene.id}>
                    <a href={`#/${scene.id}`} aria-current={scene.id === currentId ? 'page' : undefined}>
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
    </nav>
  )
}
