// LaTeX rendered by KaTeX. KaTeX builds HTML from its own parse of the LaTeX (no script, and `trust` stays off),
// and our LaTeX comes from toLatex() of an AST, so setting it as HTML is safe.
import katex from 'katex'
import 'katex/dist/katex.min.css'
import { useLayoutEffect, useMemo, useRef } from 'react'

/**
 * Longer LaTeX than this is not typeset: KaTeX takes about 0.4 s and 1.3 MB of HTML for 110,000 characters (the
 * derivative of 55 nested sigmoids), which freezes the page for a formula nobody can read in a panel. The same budget
 * as the derivation steps' (DerivationView), which offer the rest behind a button.
 */
export const KATEX_LENGTH_LIMIT = 40_000

export function Katex({ latex, display = false, className }: { latex: string; display?: boolean; className?: string }) {
  const html = useMemo(() => {
    if (latex.length > KATEX_LENGTH_LIMIT) return tooLong(latex.length)
    // maxExpand: KaTeX stops after 1000 macro expansions to break \def loops; our LaTeX comes from toLatex (no macros
    // of its own, every \operatorname one expansion), so a long formula would hit it and print raw red source.
    return katex.renderToString(latex, { throwOnError: false, displayMode: display, output: 'html', strict: 'ignore', maxExpand: Infinity })
  }, [latex, display])
  const ref = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const block = display ? ref.current?.querySelector<HTMLElement>('.katex-display') : null
    if (!block) return
    return keepScrollableFocusable(block)
  }, [html, display])
  return <span ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />
}

function tooLong(length: number): string {
  return `<span class="katex-too-long">(a formula of ${length.toLocaleString('en')} characters of LaTeX: too long to typeset here)</span>`
}

/**
 * A display formula wider than its panel scrolls sideways (styles.css); a region that scrolls must be reachable by
 * keyboard, so while it overflows it takes focus (Tab, then the arrow keys scroll it). Re-checked when its size changes.
 */
function keepScrollableFocusable(block: HTMLElement): () => void {
  const update = () => {
    if (block.scrollWidth > block.clientWidth + 1) {
      block.tabIndex = 0
      block.setAttribute('aria-label', 'formula (scrolls sideways)')
      block.setAttribute('role', 'region')
    } else {
      block.removeAttribute('tabindex')
      block.removeAttribute('aria-label')
      block.removeAttribute('role')
    }
  }
  update()
  const observer = new ResizeObserver(update)
  observer.observe(block)
  return () => observer.disconnect()
}
