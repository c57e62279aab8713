// The expression input. Every keystroke is parsed; text that parses is committed at once (the surface follows the
// typing), text that does not is kept as a draft: the message shows under the input, the offending characters are
// highlighted in place, and the last good surface stays on screen.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { ExprError, parse, toLatex, type Expr } from '../math/expr/index.ts'
import { MAX_EXPRESSION_LENGTH, expressionLengthProblem } from '../state/paramCodec.ts'
import { Katex } from './Katex.tsx'

export interface ExpressionInputProps {
  readonly label: string
  /** The committed text (always parses). */
  readonly value: string
  /** Extra checks on a parsed expression (e.g. a name that clashes with a setting); a message refuses it. */
  readonly check?: (expr: Expr, text: string) => string | null
  readonly onChange: (text: string, phase: 'commit' | 'drag') => void
  readonly onEndEdit: () => void
  /** The committed text's derivatives are being computed off the page's thread (the plot shows the last good one). */
  readonly computing?: boolean
  /** Why the committed text's derivatives could not be computed (e.g. past the work budget); the last good plot stays. */
  readonly workError?: string | null
}

type Parsed = { readonly expr: Expr } | { readonly error: { message: string; start: number; end: number } }

export function parseForInput(text: string, check?: ExpressionInputProps['check']): Parsed {
  // The link and the state refuse longer text (paramCodec); say so here, where it was typed or pasted, with the part
  // past the limit highlighted, rather than in a banner after the fact.
  const tooLong = expressionLengthProblem(text)
  if (tooLong) return { error: { message: tooLong, start: MAX_EXPRESSION_LENGTH, end: text.length } }
  try {
    const expr = parse(text)
    const problem = check?.(expr, text)
    return problem ? { error: { message: problem, start: 0, end: text.length } } : { expr }
  } catch (error) {
    if (error instanceof ExprError) return { error: { message: error.message, start: error.start, end: error.end } }
    return { error: { message: String(error instanceof Error ? error.message : error), start: 0, end: text.length } }
  }
}

export function ExpressionInput({ label, value, check, onChange, onEndEdit, computing = false, workError = null }: ExpressionInputProps) {
  const [draft, setDraft] = useState(value)
  const inputRef = useRef<HTMLInputElement>(null)
  const backdropRef = useRef<HTMLDivElement>(null)
  const id = useId()
  // A change from outside (a preset, Back/Forward) replaces the draft.
  useEffect(() => setDraft(value), [value])

  const parsed = useMemo(() => parseForInput(draft, check), [draft, check])
  const lastGood = useMemo(() => parseForInput(value), [value])
  const latex = useMemo(() => {
    const expr = 'expr' in parsed ? parsed.expr : 'expr' in lastGood ? lastGood.expr : null
    try {
      return expr ? toLatex(expr) : null
    } catch {
      return null // toLatex not available yet: the preview stays empty rather than breaking the panel
    }
  }, [parsed, lastGood])

  const edit = (text: string) => {
    setDraft(text)
    const next = parseForInput(text, check)
    if ('expr' in next && text !== value) onChange(text, 'drag')
  }
  const finish = () => {
    onEndEdit()
  }
  const syncScroll = () => {
    if (backdropRef.current && inputRef.current) backdropRef.current.scrollLeft = inputRef.current.scrollLeft
  }

  const error = 'error' in parsed ? parsed.error : null
  // A parse error in the draft comes first; the committed text's work error applies while the draft is that text.
  const laterError = !error && draft === value ? workError : null
  const busy = !error && draft === value && computing
  return (
    <div className="expression-input">
      <label htmlFor={id}>{label}</label>
      <div className={`expression-field${error || laterError ? ' has-error' : ''}`}>
        <div className="expression-backdrop" ref={backdropRef} aria-hidden="true">
          {error ? <Highlighted text={draft} start={error.start} end={error.end} /> : draft}
        </div>
        <input
          id={id}
          ref={inputRef}
          type="text"
          spellCheck={false}
          autoComplete="off"
          value={draft}
          aria-invalid={error !== null || laterError !== null}
          aria-describedby={error || laterError ? `${id}-error` : undefined}
          aria-busy={busy}
          onChange={(e) => edit(e.target.value)}
          onBlur={finish}
          onKeyDown={(e) => e.key === 'Enter' && finish()}
          onScroll={syncScroll}
          onSelect={syncScroll}
        />
      </div>
      {error && (
        <div className="expression-error" id={`${id}-error`} role="alert" data-start={error.start} data-end={error.end}>
          {error.message}
        </div>
      )}
      {laterError && (
        <div className="expression-error" id={`${id}-error`} role="alert" data-testid="expression-work-error">
          {laterError}
        </div>
      )}
      {/* Always in the document, so screen readers announce the change into and out of "computing…". */}
      <div className="expression-status" role="status" aria-live="polite" data-testid="expression-status">
        {busy ? 'computing… (the plot shows the last expression until the derivatives are ready)' : ''}
      </div>
      <div className={`expression-preview${error ? ' is-stale' : ''}`} title={error ? 'last valid expression' : undefined}>
        {latex !== null && <Katex latex={latex} display />}
      </div>
    </div>
  )
}

/** The draft with characters [start, end) marked; an empty range (e.g. "unexpected end") marks one blank after it. */
function Highlighted({ text, start, end }: { text: string; start: number; end: number }) {
  const s = Math.max(0, Math.min(start, text.length))
  const e = Math.max(s, Math.min(end, text.length))
  const marked = e > s ? text.slice(s, e) : '\u00a0'
  return (
    <>
      {text.slice(0, s)}
      <mark className="expression-mark" data-testid="expression-mark">
        {marked}
      </mark>
      {text.slice(e)}
    </>
  )
}
