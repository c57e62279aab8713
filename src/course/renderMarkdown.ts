// Markdown → HTML with the app's own KaTeX (0.19) typesetting every $…$ and $$…$$ at build time, through
// markdown-it-texmath given katex as its engine (the katex-0.16 based plugins would ship a second, mismatched
// KaTeX). Raw HTML in the markdown is off: only what markdown-it and KaTeX generate reaches the page.
// Two fences are ours: ```answer (an exercise's checked answer, replaced by a slot the reader fills) and ```coding
// (the stub file of a coding exercise). A paragraph that is only a link into a scene becomes a figure.
import katex from 'katex'
import MarkdownIt from 'markdown-it'
import texmath from 'markdown-it-texmath'
import { parseAnswerSpec, type AnswerSpec } from '../math/exercises/index.ts'
import type { SceneLink } from './courseTypes.ts'

export interface Rendered {
  readonly html: string
  readonly answers: AnswerSpec[]
  readonly coding: string | null
  readonly sceneLinks: Omit<SceneLink, 'at'>[]
  /** Every link target in the text, figures and inline links alike (the course test validates the #/ ones). */
  readonly hrefs: string[]
  /** Formulas KaTeX refused, with its message: the course test requires none. */
  readonly mathErrors: string[]
}

let collecting: string[] = []

/** KaTeX with errors thrown (and recorded) instead of drawn in red; strict so that sloppy LaTeX is caught too. */
const engine = {
  renderToString(tex: string, options: katex.KatexOptions) {
    try {
      return katex.renderToString(tex, { ...options, throwOnError: true, strict: 'error', output: 'html' })
    } catch (error) {
      collecting.push(`${tex}: ${(error as Error).message}`)
      throw error
    }
  },
}

const md = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(texmath, { engine, delimiters: 'dollars' })

export function renderMarkdown(markdown: string): Rendered {
  const answers: AnswerSpec[] = []
  let coding: string | null = null
  const sceneLinks: Omit<SceneLink, 'at'>[] = []
  collecting = []
  const env = {}
  const tokens = md.parse(markdown, env)
  const hrefs = tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href') ?? ''))
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    if (token.type === 'fence' && token.info.trim() === 'answer') {
      const spec = parseAnswerSpec(token.content)
      token.type = 'html_block'
      token.content = `<div class="answer-slot" data-answer="${answers.length}"></div>\n`
      answers.push(spec)
    } else if (token.type === 'fence' && token.info.trim() === 'coding') {
      coding = token.content.trim()
      token.type = 'html_block'
      token.content =
        `<div class="coding-box"><p>Write your code in <code>${md.utils.escapeHtml(coding)}</code>, then run</p>` +
        `<pre><code>npm run exercise -- ${md.utils.escapeHtml(exerciseNumber(coding))}</code></pre></div>\n`
    } else if (token.type === 'paragraph_open') {
      const link = sceneLinkOf(tokens[i + 1]!)
      if (link) {
        sceneLinks.push(link)
        const figure = new (token.constructor as new (type: string, tag: string, nesting: number) => typeof token)('html_block', '', 0)
        figure.content =
          `<figure class="scene-figure" data-scene="${md.utils.escapeHtml(link.sceneId)}" data-query="${md.utils.escapeHtml(link.query)}">` +
          `<a class="scene-link" href="#/${md.utils.escapeHtml(link.sceneId)}${link.query ? `?${md.utils.escapeHtml(link.query)}` : ''}">` +
          `${md.utils.escapeHtml(link.text)}</a></figure>\n`
        tokens.splice(i, 3, figure)
      }
    }
  }
  const html = md.renderer.render(tokens, md.options, env)
  return { html, answers, coding, sceneLinks, hrefs, mathErrors: collecting }
}

/** "exercises/2.7-gradient-check.ts" → "2.7". */
function exerciseNumber(file: string): string {
  const match = /(\d+\.\d+)/.exec(file)
  if (!match) throw new Error(`the coding file '${file}' has no exercise number N.k in its name`)
  return match[1]!
}

/**
 * A paragraph whose only content is one link to `#/<scene-id>?…` (a scene id has no '/', unlike `#/chapter/2`). The
 * build does not import the scene list (it would pull every scene into the config bundle); the course test checks
 * that each id is a scene and each link a valid state.
 */
function sceneLinkOf(inline: ReturnType<typeof md.parse>[number]): Omit<SceneLink, 'at'> | null {
  if (inline.type !== 'inline' || !inline.children) return null
  const children = inline.children.filter((c) => !(c.type === 'text' && c.content.trim() === ''))
  if (children.length < 3 || children[0]!.type !== 'link_open' || children[children.length - 1]!.type !== 'link_close') return null
  if (children.slice(1, -1).some((c) => c.type === 'link_open')) return null
  const href = children[0]!.attrGet('href') ?? ''
  const match = /^#\/([a-z0-9-]+)(?:\?(.*))?$/.exec(href)
  if (!match || match[1] === 'notation') return null
  const text = children.slice(1, -1).map((c) => c.content).join('')
  return { sceneId: match[1]!, query: match[2] ?? '', text }
}
