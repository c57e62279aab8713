// Reads the chapter folders from disk (Node: the build and the tests) and builds the course. It must not import the
// scene list: vite bundles its config with everything the config imports, and the list lazily imports every scene.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildChapter } from './buildChapter.ts'
import type { ChapterDoc, CourseIndex } from './courseTypes.ts'

/** The chapter folders under scenes/, in order. */
export const CHAPTER_FOLDERS = ['01-single-variable', '02-multivariable', '03-directional', '04-matrix-calculus'] as const
const FALLBACK_TITLES = ['Chapter 1', 'Chapter 2', 'Chapter 3', 'Chapter 4 · Matrix calculus']
export const COURSE_FILES = ['theory.md', 'exercises.md', 'solutions.md'] as const

export function chapterFiles(root: string, number: number): string[] {
  return COURSE_FILES.map((name) => join(root, 'scenes', CHAPTER_FOLDERS[number - 1]!, name))
}

export function loadChapter(root: string, number: number): ReturnType<typeof buildChapter> {
  const [theory, exercises, solutions] = chapterFiles(root, number).map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''))
  const title = FALLBACK_TITLES[number - 1] ?? `Chapter ${number}`
  return buildChapter({ number, title, theory: theory!, exercises: exercises!, solutions: solutions! })
}

export function loadNotation(root: string): string {
  return readFileSync(join(root, 'scenes', 'notation.md'), 'utf8')
}

export function courseIndex(chapters: readonly ChapterDoc[]): CourseIndex {
  // Every theory section that links to a scene, in reading order; the app picks the scene's own chapter first.
  const sceneSections: Record<string, { chapter: number; section: string; title: string }[]> = {}
  for (const chapter of chapters) {
    for (const link of chapter.sceneLinks) {
      const section = chapter.sections.find((s) => s.id === link.at)
      const list = (sceneSections[link.sceneId] ??= [])
      if (section && !list.some((l) => l.chapter === chapter.number && l.section === section.id)) {
        list.push({ chapter: chapter.number, section: section.id, title: section.title })
      }
    }
  }
  return {
    chapters: chapters.map((c) => ({
      number: c.number,
      title: c.title,
      sections: c.sections.map(({ id, title }) => ({ id, title })),
      exercises: c.exercises.map(({ id, title }) => ({ id, title })),
    })),
    sceneSections,
  }
}
