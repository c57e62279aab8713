// The table of contents: every chapter with its sections and exercises, ticks for what was read and solved, and the
// counts. Built from the course index (titles only), so it draws before any chapter's text has loaded.
import type { CourseIndex } from '../../course/courseTypes.ts'
import { chapterHref } from './courseRoute.ts'
import type { Progress } from './progress.ts'

export function CourseToc({
  index,
  progress,
  current,
  onReset,
}: {
  index: CourseIndex
  progress: Progress
  current: { chapter: number | null; at: string | null }
  onReset: () => void
}) {
  return (
    <nav className="course-toc" aria-label="table of contents">
      {index.chapters.map((chapter) => {
        const read = chapter.sections.filter((s) => progress.read.includes(s.id)).length
        const solved = chapter.exercises.filter((e) => progress.solved.includes(e.id)).length
        const open = current.chapter === chapter.number
        return (
          <div className={`toc-chapter${open ? ' is-current' : ''}`} key={chapter.number}>
            <a className="toc-chapter-title" href={chapterHref(chapter.number)} aria-current={open && current.at === null ? 'page' : undefined}>
              {chapter.title}
            </a>
            <div className="toc-progress muted">
              {chapter.sections.length > 0 ? `read ${read}/${chapter.sections.length} · solved ${solved}/${chapter.exercises.length}` : 'not written yet'}
            </div>
            {open && (
              <ol className="toc-list">
                {chapter.sections.map((s) => (
                  <li key={s.id} className={progress.read.includes(s.id) ? 'is-done' : undefined}>
                    <a href={chapterHref(chapter.number, s.id)} aria-current={current.at === s.id ? 'location' : undefined}>
                      {s.id} {s.title}
                    </a>
                  </li>
                ))}
                {chapter.exercises.length > 0 && <li className="toc-sub muted">Exercises</li>}
                {chapter.exercises.map((e) => (
                  <li key={`ex-${e.id}`} className={progress.solved.includes(e.id) ? 'is-done' : undefined}>
                    <a href={chapterHref(chapter.number, `ex-${e.id}`)} aria-current={current.at === `ex-${e.id}` ? 'location' : undefined}>
                      {e.id} {e.title}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </div>
        )
      })}
      <a className="toc-chapter-title" href="#/notation" aria-current={current.chapter === null ? 'page' : undefined}>
        Notation
      </a>
      <p className="toc-keys muted">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous section, <kbd>[</kbd>/<kbd>]</kbd> previous/next chapter.
      </p>
      <button type="button" className="toc-reset" onClick={onReset}>
        Reset progress
      </button>
    </nav>
  )
}
