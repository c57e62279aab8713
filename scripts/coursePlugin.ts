// Vite plugin: the course, rendered at build time. `virtual:course` is the small index the shell needs (table of
// contents, scene → section); `virtual:course/chapter-N` is one chapter's typeset HTML and answer specs, loaded
// when its page opens; `virtual:course/notation` the notation page. A malformed chapter or a formula KaTeX refuses
// fails the build with a message naming the file and heading. The markdown files are watched in development.
import type { Plugin } from 'vite'
import { renderMarkdown } from '../src/course/renderMarkdown.ts'
import { CHAPTER_FOLDERS, chapterFiles, courseIndex, loadChapter, loadNotation } from '../src/course/loadCourse.ts'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const PREFIX = 'virtual:course'

export function coursePlugin(root = process.cwd()): Plugin {
  const chapters = () => CHAPTER_FOLDERS.map((_, i) => checked(loadChapter(root, i + 1)))
  return {
    name: 'course',
    resolveId: (id) => (id === PREFIX || id.startsWith(`${PREFIX}/`) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null
      const name = id.slice(PREFIX.length + 1)
      // Watch what exists (a watched file that does not exist is treated as a missing import in development).
      const files = [...CHAPTER_FOLDERS.flatMap((_, i) => chapterFiles(root, i + 1)), join(root, 'scenes', 'notation.md')]
      for (const file of files) if (existsSync(file)) this.addWatchFile(file)
      if (name === '') return `export default ${JSON.stringify(courseIndex(chapters()))}`
      if (name === '/notation') {
        const out = renderMarkdown(loadNotation(root))
        if (out.mathErrors.length > 0) throw new Error(`notation.md: ${out.mathErrors.join('; ')}`)
        return `export default ${JSON.stringify(out.html)}`
      }
      const match = /^\/chapter-(\d)$/.exec(name)
      if (!match) throw new Error(`${PREFIX}${name} is not a course module (use virtual:course, virtual:course/chapter-N, virtual:course/notation)`)
      const { mathErrors: _, hrefs: __, ...chapter } = checked(loadChapter(root, Number(match[1])))
      return `export default ${JSON.stringify(chapter)}`
    },
  }
}

function checked<T extends { mathErrors: string[]; number: number }>(chapter: T): T {
  if (chapter.mathErrors.length > 0) throw new Error(`chapter ${chapter.number}: KaTeX cannot typeset ${chapter.mathErrors.join('; ')}`)
  return chapter
}
