// The chapters and their scenes, drawn from the one scene list: one compact row of chapter menus, so the header stays
// one line tall however many scenes there are. A menu opens on hover and on keyboard focus (Tab into a chapter),
// and the chapter holding the current scene shows that scene's title beside it. Chapters without scenes are shown
// greyed, so the shape of the course is visible from the first day.
import { CHAPTERS, SCENES } from '../../scenes/index.ts'

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
            <button type="button" className="nav-chapter-title" aria-controls={menuId} disabled={scenes.length === 0}>
              {chapter.title}
              {current && <span className="nav-current"> › {current.title}</span>}
            </button>
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
