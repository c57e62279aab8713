// LaTeX rendered by KaTeX. KaTeX builds HTML from its own parse of the LaTeX (no script, and `trust` stays off),
// and our LaTeX comes from toLatex() of an AST, so setting it as HTML is safe.
import katex from 'katex'
import 'katex/dist/katex.min.css'
import { useMemo } from 'react'

export function Katex({ latex, display = false, className }: { latex: string; display?: boolean; className?: string }) {
  const html = useMemo(
    () => katex.renderToString(latex, { throwOnError: false, displayMode: display, output: 'html', strict: 'ignore' }),
    [latex, display],
  )
  return <span className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
