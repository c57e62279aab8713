// The one KaTeX component: long generated formulas typeset (KaTeX's 1000-expansion guard against \def loops must not
// turn a long derivative into raw red source), and a formula past the length limit gets a note instead of a freeze.
import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import katex from 'katex'
import { renderToStaticMarkup } from 'react-dom/server'
import { Katex, KATEX_LENGTH_LIMIT } from '../../../src/ui/Katex.tsx'
import { differentiate, parse, toLatex } from '../../../src/math/expr/index.ts'

const render = (latex: string) => renderToStaticMarkup(createElement(Katex, { latex }))

describe('Katex', () => {
  it('typesets a derivative whose LaTeX needs more than 1000 macro expansions', () => {
    const latex = toLatex(differentiate(parse('sigmoid('.repeat(30) + 'x' + ')'.repeat(30)), 'x').result)
    expect(latex.length).toBeLessThan(KATEX_LENGTH_LIMIT)
    // The case at hand: KaTeX with its default guard refuses this formula.
    expect(() => katex.renderToString(latex, { throwOnError: true })).toThrow(/Too many expansions/)
    const html = render(latex)
    expect(html).not.toContain('katex-error')
    expect(html).toContain('class="katex"')
  })

  it('past the length limit, says how long the formula is instead of typesetting it', () => {
    const html = render('x+'.repeat(KATEX_LENGTH_LIMIT / 2) + 'x')
    expect(html).toContain('(a formula of 40,001 characters of LaTeX: too long to typeset here)')
    expect(html).not.toContain('class="katex"')
  })
})
