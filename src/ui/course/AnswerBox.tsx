// One typed answer of an exercise: an input, a preview of what was read (KaTeX of the parsed expression), and the
// verdict of the math core's checker. Checking happens on Enter or the button; an unreadable answer is marked at the
// characters that are wrong, and the last verdict stays until the next check.
import { useId, useState } from 'react'
import { checkAnswer, type AnswerSpec, type CheckResult } from '../../math/exercises/index.ts'
import { parse, toLatex } from '../../math/expr/index.ts'
import { Katex } from '../Katex.tsx'

const PLACEHOLDER: Record<AnswerSpec['type'], string> = {
  expression: 'e.g. 2x cos(x^2)',
  number: 'a number, e.g. 0.25 or pi/4',
  vector: '[a, b]',
  matrix: '[a, b; c, d]',
}

export function AnswerBox({ spec, onResult }: { spec: AnswerSpec; onResult: (result: CheckResult) => void }) {
  const [text, setText] = useState('')
  const [result, setResult] = useState<CheckResult | null>(null)
  const id = useId()
  const check = () => {
    const next = checkAnswer(spec, text)
    setResult(next)
    onResult(next)
  }
  return (
    <div className={`answer-box${result ? ` is-${result.verdict}` : ''}`}>
      <div className="answer-row">
        {spec.label && (
          <label htmlFor={id} className="answer-label">
            <Katex latex={spec.label} />
          </label>
        )}
        <input
          id={id}
          className="answer-input"
          value={text}
          spellCheck={false}
          autoComplete="off"
          placeholder={PLACEHOLDER[spec.type]}
          aria-invalid={result?.verdict === 'invalid' || result?.verdict === 'wrong'}
          aria-describedby={`${id}-feedback`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') check()
          }}
        />
        <button type="button" className="answer-check" onClick={check}>
          Check
        </button>
      </div>
      <Preview text={text} type={spec.type} />
      <div id={`${id}-feedback`} className="answer-feedback" role="status">
        {result && <Feedback result={result} text={text} />}
      </div>
    </div>
  )
}

function Feedback({ result, text }: { result: CheckResult; text: string }) {
  // Where an unreadable answer goes wrong, highlighted in a copy of what was typed (at least one character wide).
  const span = result.verdict === 'invalid' && result.start !== undefined ? { start: result.start, end: Math.max(result.end ?? result.start, result.start + 1) } : null
  return (
    <>
      <span className="answer-verdict">{result.verdict === 'correct' ? '✓' : result.verdict === 'wrong' ? '✗' : '⚠'}</span> {result.message}
      {span && text.length > 0 && (
        <code className="answer-mark">
          {text.slice(0, span.start)}
          <mark>{text.slice(span.start, span.end) || ' '}</mark>
          {text.slice(span.end)}
        </code>
      )}
    </>
  )
}

/** What the checker will read, typeset: catches "x^2+1/2" read as x² + ½ before the learner presses Check. */
function Preview({ text, type }: { text: string; type: AnswerSpec['type'] }) {
  if (type !== 'expression' && type !== 'number') return null
  let latex: string | null = null
  try {
    latex = text.trim() === '' ? null : toLatex(parse(text))
  } catch {
    latex = null
  }
  return <div className="answer-preview">{latex !== null && <Katex latex={latex} />}</div>
}
