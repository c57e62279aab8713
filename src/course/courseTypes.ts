// The course as data: what the build makes of each chapter's theory.md, exercises.md and solutions.md. The reader
// only ever sees this (HTML already typeset by KaTeX at build time), never markdown.
import type { AnswerSpec } from '../math/exercises/index.ts'

export interface CourseSection {
  /** "1.3": the number in the section's heading. */
  readonly id: string
  readonly title: string
  readonly html: string
}

export interface CourseExercise {
  /** "1.3" for "## Exercise 1.3 — title". */
  readonly id: string
  readonly title: string
  /** The statement; each ```answer block became `<div class="answer-slot" data-answer="k">`. */
  readonly html: string
  readonly answers: readonly AnswerSpec[]
  /** For coding exercises, the stub the learner edits (e.g. "exercises/1.9-central-difference.ts"). */
  readonly coding: string | null
  readonly solutionHtml: string
}

export interface SceneLink {
  readonly sceneId: string
  readonly query: string
  readonly text: string
  /** The section the link sits in ("1.2"), or the exercise ("ex-1.4"). */
  readonly at: string
}

export interface ChapterDoc {
  readonly number: number
  readonly title: string
  readonly introHtml: string
  readonly sections: readonly CourseSection[]
  readonly exercises: readonly CourseExercise[]
  readonly sceneLinks: readonly SceneLink[]
}

/** What the shell needs without loading any chapter: titles for the table of contents, and scene → section. */
export interface CourseIndex {
  readonly chapters: readonly {
    readonly number: number
    readonly title: string
    readonly sections: readonly { readonly id: string; readonly title: string }[]
    readonly exercises: readonly { readonly id: string; readonly title: string }[]
  }[]
  /** For each scene the text links to: the theory sections that link to it, in reading order. */
  readonly sceneSections: Readonly<Record<string, readonly { readonly chapter: number; readonly section: string; readonly title: string }[]>>
}
