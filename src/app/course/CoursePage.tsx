// The reader: table of contents on the left, the chapter (theory, then exercises) or the notation page on the right.
// Chapter HTML was typeset at build time; this page adds what needs the browser: answer boxes, live figures in place of
// scene links, scrolling to `?at=`, progress (read sections, solved exercises) and keyboard navigation.
import { Suspense, use, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import courseIndex from 'virtual:course'
import { findScene } from '../../../scenes/index.ts'
import type { ChapterDoc } from '../../course/courseTypes.ts'
import { useStore } from '../../state/useStore.ts'
import { CourseToc } from '../../ui/course/CourseToc.tsx'
import { ExerciseCard } from '../../ui/course/ExerciseCard.tsx'
import { anchorId, CHAPTER_COUNT, chapterHref, type CourseRoute } from '../../ui/course/courseRoute.ts'
import { createProgressStore, type ProgressStore } from '../../ui/course/progress.ts'
import { loadChapterDoc, loadNotationHtml } from './loadChapterDoc.ts'
import { SceneFigure } from './SceneFigure.tsx'
import { useCourseKeys } from './useCourseKeys.ts'
import './course.css'

let sharedProgress: ProgressStore | null = null
const progressStore = () => (sharedProgress ??= createProgressStore())

export default function CoursePage({ route }: { route: CourseRoute }) {
  const store = progressStore()
  const progress = useStore(store.progress)
  const scroller = useRef<HTMLDivElement>(null)
  const [currentAt, setCurrentAt] = useState<string | null>(route.kind === 'chapter' ? route.at : null)
  const chapter = route.kind === 'chapter' ? route.chapter : null
  useCourseKeys(scroller, chapter, setCurrentAt)

  return (
    <div className="course">
      <aside className="course-toc-wrap">
        <CourseToc index={courseIndex} progress={progress} current={{ chapter, at: currentAt }} onReset={store.reset} />
      </aside>
      <div className="course-main" ref={scroller} tabIndex={-1}>
        <Suspense fallback={<div className="scene-loading">Loading the text…</div>}>
          {route.kind === 'chapter' ? (
            <ChapterView key={route.chapter} route={route} store={store} scroller={scroller} onCurrent={setCurrentAt} />
          ) : (
            <NotationView />
          )}
        </Suspense>
      </div>
    </div>
  )
}

function NotationView() {
  const html = use(loadNotationHtml())
  return <article className="course-article course-html" dangerouslySetInnerHTML={{ __html: html }} />
}

function ChapterView({
  route,
  store,
  scroller,
  onCurrent,
}: {
  route: Extract<CourseRoute, { kind: 'chapter' }>
  store: ProgressStore
  scroller: React.RefObject<HTMLDivElement | null>
  onCurrent: (at: string | null) => void
}) {
  const doc = use(loadChapterDoc(route.chapter))
  const progress = useStore(store.progress)
  const article = useRef<HTMLElement>(null)
  const figures = useFigures(article, doc)
  const [live, setLive] = useState<number | null>(null)

  // Scroll to the section or exercise the link names (and again when a link to it is followed).
  useLayoutEffect(() => {
    const target = route.at ? document.getElementById(anchorId(route.at)) : null
    if (target) target.scrollIntoView({ block: 'start' })
    else scroller.current?.scrollTo({ top: 0 })
  }, [route.at, doc, scroller])

  // The section at the top of the view is the current one, and counts as read.
  useEffect(() => {
    const box = scroller.current
    if (!box) return
    let frame = 0
    const update = () => {
      frame = 0
      const top = box.getBoundingClientRect().top + 90
      let current: string | null = null
      for (const el of box.querySelectorAll<HTMLElement>('[data-at]')) if (el.getBoundingClientRect().top <= top) current = el.dataset.at!
      onCurrent(current)
      if (current && !current.startsWith('ex-')) store.markRead(current)
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update)
    }
    update()
    box.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      box.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [scroller, store, onCurrent, doc])

  const toggle = useCallback((i: number) => setLive((current) => (current === i ? null : i)), [])

  return (
    <article className="course-article" ref={article}>
      <header className="chapter-header">
        <h1>{doc.title}</h1>
        <ChapterPager chapter={doc.number} />
      </header>
      {doc.sections.length === 0 && <p className="muted">This chapter's text is not written yet.</p>}
      <div className="course-html" dangerouslySetInnerHTML={{ __html: doc.introHtml }} />
      {doc.sections.map((section) => (
        <section key={section.id} id={anchorId(section.id)} data-at={section.id}>
          <h2>
            <a className="anchor" href={chapterHref(doc.number, section.id)}>
              {section.id}
            </a>{' '}
            {section.title}
          </h2>
          <div className="course-html" dangerouslySetInnerHTML={{ __html: section.html }} />
        </section>
      ))}
      {doc.exercises.length > 0 && <h2 className="exercises-heading">Exercises</h2>}
      {doc.exercises.map((exercise) => (
        <div key={exercise.id} data-at={`ex-${exercise.id}`}>
          <ExerciseCard
            exercise={exercise}
            elementId={anchorId(`ex-${exercise.id}`)}
            solved={progress.solved.includes(exercise.id)}
            onSolved={() => store.markSolved(exercise.id)}
          />
        </div>
      ))}
      <ChapterPager chapter={doc.number} />
      {figures.map((figure, i) =>
        createPortal(
          <SceneFigure sceneId={figure.sceneId} query={figure.query} caption={figure.caption} live={live === i} onToggle={() => toggle(i)} />,
          figure.element,
          `figure-${i}`,
        ),
      )}
    </article>
  )
}

function ChapterPager({ chapter }: { chapter: number }) {
  return (
    <nav className="chapter-pager" aria-label="chapters">
      {chapter > 1 ? <a href={chapterHref(chapter - 1)}>← Chapter {chapter - 1}</a> : <span />}
      {chapter < CHAPTER_COUNT ? <a href={chapterHref(chapter + 1)}>Chapter {chapter + 1} →</a> : <a href="#/notation">Notation →</a>}
    </nav>
  )
}

interface Figure {
  readonly element: HTMLElement
  readonly sceneId: string
  readonly query: string
  readonly caption: string
}

/** The build turned each paragraph that is only a scene link into `<figure class="scene-figure">`; find them. */
function useFigures(article: React.RefObject<HTMLElement | null>, doc: ChapterDoc): Figure[] {
  const [figures, setFigures] = useState<Figure[]>([])
  useLayoutEffect(() => {
    // A figure naming no known scene keeps its plain link (the course test forbids those anyway).
    const elements = [...(article.current?.querySelectorAll<HTMLElement>('figure.scene-figure') ?? [])].filter((e) => findScene(e.dataset.scene ?? ''))
    const found = elements.map((element) => {
      element.classList.add('is-enhanced')
      return {
        element,
        sceneId: element.dataset.scene ?? '',
        query: element.dataset.query ?? '',
        caption: element.querySelector('a.scene-link')?.textContent ?? '',
      }
    })
    setFigures(found)
  }, [article, doc])
  return figures
}
