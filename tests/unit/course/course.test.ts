// The course's own checks (issue 12, "How we will know"): every formula of the twelve files typesets with KaTeX,
// every scene link opens a valid state, every exercise key passes its checker and every listed wrong answer fails
// with its hint, and every exercise has its solution (buildChapter throws otherwise).
import { existsSync } from 'node:fs'
import katex from 'katex'
import { describe, expect, it } from 'vitest'
import { CHAPTER_FOLDERS, chapterFiles, courseIndex, loadChapter, loadNotation } from '../../../src/course/loadCourse.ts'
import { buildChapter } from '../../../src/course/buildChapter.ts'
import { renderMarkdown } from '../../../src/course/renderMarkdown.ts'
import { checkAnswer } from '../../../src/math/exercises/index.ts'
import { decodeQuery } from '../../../src/state/urlState.ts'
import { findScene, SCENES } from '../../../scenes/index.ts'
import { parseHash } from '../../../src/state/route.ts'

const root = process.cwd()
const chapters = CHAPTER_FOLDERS.map((_, i) => loadChapter(root, i + 1))

describe.each(chapters.map((c) => [c.number, c] as const))('chapter %i', (_, chapter) => {
  it('has its three files, every formula typeset by KaTeX, and no stray $ left in the text', () => {
    for (const file of chapterFiles(root, chapter.number)) expect(existsSync(file), file).toBe(true)
    expect(chapter.mathErrors).toEqual([])
    const html = [chapter.introHtml, ...chapter.sections.map((s) => s.html), ...chapter.exercises.flatMap((e) => [e.html, e.solutionHtml])]
    // KaTeX's HTML has no '$'; one left over is a formula the math delimiters did not catch.
    for (const part of html) expect(part.replace(/<pre>[\s\S]*?<\/pre>|<code>[^<]*<\/code>/g, '')).not.toMatch(/\$/)
  })

  it('has at least 10 exercises, each with a worked solution, and at least 2 coding exercises', () => {
    expect(chapter.exercises.length).toBeGreaterThanOrEqual(10)
    for (const exercise of chapter.exercises) expect(exercise.solutionHtml.length, `Solution ${exercise.id}`).toBeGreaterThan(200)
    expect(chapter.exercises.filter((e) => e.coding !== null).length).toBeGreaterThanOrEqual(2)
    for (const e of chapter.exercises) if (e.coding) expect(existsSync(e.coding), e.coding).toBe(true)
    // Each exercise is either checked by typing (an answer block) or by running code.
    for (const e of chapter.exercises) expect(e.answers.length > 0 || e.coding !== null, `Exercise ${e.id}`).toBe(true)
  })

  it('every exercise key passes its own checker, and every listed wrong answer fails with its hint', () => {
    for (const exercise of chapter.exercises) {
      for (const spec of exercise.answers) {
        expect(checkAnswer(spec, spec.key), `key of Exercise ${exercise.id}`).toMatchObject({ verdict: 'correct' })
        // The label is typeset in the answer box at run time: it must be valid LaTeX too.
        expect(() => katex.renderToString(spec.label, { throwOnError: true, strict: 'error' }), `label of Exercise ${exercise.id}`).not.toThrow()
        for (const wrong of spec.wrong) {
          expect(checkAnswer(spec, wrong.answer), `'${wrong.answer}' in Exercise ${exercise.id}`).toEqual({ verdict: 'wrong', message: wrong.hint })
        }
      }
    }
  })

  it('every scene link opens a valid state: a known scene, and the link validator reports no problem', async () => {
    expect(chapter.sceneLinks.length).toBeGreaterThan(0)
    for (const href of chapter.hrefs.filter((h) => h.startsWith('#/'))) {
      const { sceneId, query } = parseHash(href)
      if (sceneId === 'notation') continue
      const chapterMatch = /^chapter\/([1-4])$/.exec(sceneId)
      if (chapterMatch) {
        // A link into the text: its section or exercise must exist.
        const target = chapters[Number(chapterMatch[1]) - 1]!
        const at = new URLSearchParams(query).get('at')
        if (at !== null) expect([...target.sections.map((s) => s.id), ...target.exercises.map((e) => `ex-${e.id}`)], href).toContain(at)
        continue
      }
      const entry = findScene(sceneId)
      expect(entry, `scene '${sceneId}' linked from chapter ${chapter.number}`).toBeDefined()
      const { schema } = (await entry!.load()).default
      const { problems } = decodeQuery(schema, query)
      expect(problems, href).toEqual([])
    }
  })

  it('every theory section ends with a link into a scene', () => {
    for (const section of chapter.sections) {
      expect(chapter.sceneLinks.filter((l) => l.at === section.id).length, `§ ${section.id}`).toBeGreaterThan(0)
    }
  })
})

describe('the course index and the notation page', () => {
  it('maps every chapter 1–3 scene to the section that links to it', () => {
    const index = courseIndex(chapters)
    for (const id of ['derivative-limit', 'tangent-line', 'derivative-gallery', 'chain-rule', 'product-quotient-rule', 'log-exp-ml',
      'partial-derivatives', 'gradient-field', 'tangent-plane-hessian', 'jacobian', 'directional-derivative', 'gradient-descent']) {
      expect(index.sceneSections[id], id).toBeDefined()
    }
    expect(index.sceneSections['tangent-line']).toEqual([{ chapter: 1, section: '1.2', title: 'Tangent lines and linear approximation' }])
    // Linked from 2.5 and from 3.5, in reading order (the panel link prefers the scene's own chapter).
    expect(index.sceneSections['gradient-descent']!.map((s) => s.section)).toEqual(['2.5', '3.5'])
  })

  it("each chapter scene's section (shown in its panel and the menus) is the section of the text that links to it", () => {
    const index = courseIndex(chapters)
    for (const scene of SCENES.filter((s) => s.chapter !== 'lab')) {
      const sections = index.sceneSections[scene.id] ?? []
      const own = sections.find((s) => s.chapter === scene.chapter) ?? sections[0]
      expect(scene.section.startsWith(`${own?.section} `) || scene.section.startsWith(`${own?.section}–`), `${scene.id}: '${scene.section}' vs § ${own?.section}`).toBe(true)
    }
  })

  it('typesets the notation page', () => {
    const out = renderMarkdown(loadNotation(root))
    expect(out.mathErrors).toEqual([])
    expect(out.html).toContain('katex')
  })

  it('reports a formula KaTeX refuses, a missing solution and a malformed heading', () => {
    expect(renderMarkdown('bad $\\frac{1}{$ here').mathErrors).toHaveLength(1)
    const src = { number: 1, title: 't', theory: '## 1.1 A\ntext', exercises: '## Exercise 1.1 — E\n```answer\nkey: x\n```', solutions: '' }
    expect(() => buildChapter(src)).toThrow("Exercise 1.1 has no '## Solution 1.1'")
    expect(() => buildChapter({ ...src, theory: '## A section' })).toThrow("is not '## 1.k Title'")
    expect(() => buildChapter({ ...src, solutions: '## Solution 1.1\nx\n## Solution 1.2\ny' })).toThrow('Solution 1.2 with no matching exercise')
  })
})
