// Reads the chapter folders from disk (Node: the build and the tests) and builds the course. The scene ids come
// from the one scene list, so a link to a scene that does not exist is plain text, and the course test says so.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHAPTERS, SCENES } from '../../scenes/index.ts'
import { buildChapter } from './buildChapter.ts'
import type { ChapterDoc, CourseIndex } from './courseTypes.ts'

/** The chapter folders under scenes/, in order. */
export const CHAPTER_FOLDERS = ['01-single-variable', '02-multivariable', '03-directional', '04-matrix-calculus'] as const
export const COURSE_FILES = ['theory.md', 'exercises.md', 'solutions.md'] as const

export function chapterFiles(root: string, number: number): string[] {
  return COURSE_FILES.map((name) => join(root, 'scenes', CHAPTER_FOLDERS[number - 1]!, name))
}

export function loadChapter(root: string, number: number): ReturnType<typeof buildChapter> {
  const [theory, exercises, solutions] = chapterFiles(root, number).map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''))
  const title = CHAPTERS.find((c) => c.id === number)?.title ?? `Chapter ${number}`
  return buildChapter({ number, title, theory: theory!, exercises: exercises!, solutions: solutions! }, new Set(SCENES.map((s) => s.id)))
}

export function loadNotation(root: string): string {
  return readFileSync(join(root, 'scenes', 'notation.md'), 'utf8')
}

export function courseIndex(chapters: readonly ChapterDoc[]): CourseIndex {
  const sceneSections: Record<string, { chapter: number; section: string; title: string }> = {}
  for (const chapter of chapters) {
    for (const link of chapter.sceneLinks) {
      const section = chapter.sections.find((s) => s.id === link.at)
      if (section && !(link.sceneId in sceneSections)) sceneSections[link.sceneId] = { chapter: chapter.number, section: section.id, title: section.title }
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
