// The chapters and their scenes, drawn from the one scene list. Chapters without scenes yet are shown, greyed,
// so the shape of the course is visible from the first day.
import { CHAPTERS, SCENES } from '../../scenes/index.ts'

export function SceneNav({ currentId }: { currentId: string }) {
  return (
    <nav className="scene-nav" aria-label="chapters and scenes">
      {CHAPTERS.map((chapter) => {
        const scenes = SCENES.filter((s) => s.chapter === chapter.id)
        return (
          <div className={`nav-chapter${scenes.length === 0 ? ' is-empty' : ''}`} key={String(chapter.id)}>
            <span className="nav-chapter-title">{chapter.title}</span>
            {scenes.length > 0 && (
              <ul>
                {scenes.map((scene) => (
                  <li key={scene.id}>
                    <a href={`#/${scene.id}`} aria-current={scene.id === currentId ? 'page' : undefined} title={scene.section}>
                      {scene.title}
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
