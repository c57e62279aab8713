// One chapter's three markdown files → a ChapterDoc, with the course's structure checked on the way: sections
// numbered "N.k Title", exercises "Exercise N.k — Title", each with its "Solution N.k", and every formula typeset.
// Any breach throws a message that names the file and heading, so a broken chapter fails the build, not the reader.
import type { ChapterDoc, CourseExercise, CourseSection, SceneLink } from './courseTypes.ts'
import { renderMarkdown } from './renderMarkdown.ts'
import { splitHeadings } from './splitHeadings.ts'

export interface ChapterSources {
  readonly number: number
  /** Used when theory.md has no '# ' title line (a chapter not written yet). */
  readonly title: string
  readonly theory: string
  readonly exercises: string
  readonly solutions: string
}

export function buildChapter(src: ChapterSources): ChapterDoc & { mathErrors: string[]; hrefs: string[] } {
  const mathErrors: string[] = []
  const hrefs: string[] = []
  const sceneLinks: SceneLink[] = []
  const render = (markdown: string, where: string, at: string) => {
    const out = renderMarkdown(markdown)
    mathErrors.push(...out.mathErrors.map((e) => `${where}: ${e}`))
    hrefs.push(...out.hrefs)
    sceneLinks.push(...out.sceneLinks.map((l) => ({ ...l, at })))
    return out
  }

  const theory = splitHeadings(src.theory)
  const sections: CourseSection[] = theory.parts.map(({ heading, body }) => {
    const match = /^(\d+)\.(\d+)\s+(.+)$/.exec(heading)
    if (!match || Number(match[1]) !== src.number) throw new Error(`theory.md of chapter ${src.number}: heading '## ${heading}' is not '## ${src.number}.k Title'`)
    const id = `${match[1]}.${match[2]}`
    return { id, title: match[3]!, html: render(body, `theory.md § ${id}`, id).html }
  })
  const introHtml = render(theory.preamble.replace(/^# .*$/m, ''), 'theory.md (introduction)', 'intro').html

  const solutions = new Map<string, string>()
  for (const { heading, body } of splitHeadings(src.solutions).parts) {
    const match = /^Solution (\d+\.\d+)$/.exec(heading)
    if (!match) throw new Error(`solutions.md of chapter ${src.number}: heading '## ${heading}' is not '## Solution ${src.number}.k'`)
    if (solutions.has(match[1]!)) throw new Error(`solutions.md of chapter ${src.number}: Solution ${match[1]} is given twice`)
    solutions.set(match[1]!, body)
  }

  const exercises: CourseExercise[] = splitHeadings(src.exercises).parts.map(({ heading, body }) => {
    const match = /^Exercise (\d+)\.(\d+) — (.+)$/.exec(heading)
    if (!match || Number(match[1]) !== src.number) {
      throw new Error(`exercises.md of chapter ${src.number}: heading '## ${heading}' is not '## Exercise ${src.number}.k — Title'`)
    }
    const id = `${match[1]}.${match[2]}`
    const solution = solutions.get(id)
    if (solution === undefined) throw new Error(`chapter ${src.number}: Exercise ${id} has no '## Solution ${id}' in solutions.md`)
    solutions.delete(id)
    const statement = render(body, `exercises.md Exercise ${id}`, `ex-${id}`)
    return {
      id,
      title: match[3]!,
      html: statement.html,
      answers: statement.answers,
      coding: statement.coding,
      solutionHtml: render(solution, `solutions.md Solution ${id}`, `ex-${id}`).html,
    }
  })
  if (solutions.size > 0) throw new Error(`chapter ${src.number}: solutions.md has ${[...solutions.keys()].map((k) => `Solution ${k}`).join(', ')} with no matching exercise`)

  const title = /^# (.+)$/m.exec(theory.preamble)?.[1]?.trim() ?? src.title
  return { number: src.number, title, introHtml, sections, exercises, sceneLinks, mathErrors, hrefs }
}
