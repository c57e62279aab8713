// LaTeX rendered by KaTeX. KaTeX builds HTML from its own parse of the LaTeX (no script, and `trust` stays off),
// and our LaTeX comes from toLatex() of an AST, so setting it as HTML is safe.
import katex from 'katex'
import 'katex/dist/katex.min.css'
import { useLayoutEffect, useMemo, useRef } from 'react'

export function Katex({ latex, display = false, className }: { latex: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () => katex.renderToString(latex, { throwOnError: false, displayMode: display, output: 'html', strict: 'ignore' }),
    [latex, display],
  )
  const ref = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const block = display ? ref.current?.querySelector<HTMLElement>('.katex-display') : null
    if (!block) return
    return keepScrollableFocusable(block)
  }, [html, display])
  return <span ref={ref} className={className} dangerouslySetInnerHTML={{ __html: html }} />
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
