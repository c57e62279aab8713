// A one-line text input for the matrix grammar, with its error shown where it was typed: the message under the
// input, and the offending characters marked in a copy of the text. Edits are reported on every keystroke.
import type { CSSProperties } from 'react'

export interface MatrixTextFieldProps {
  readonly label: string
  readonly value: string
  readonly onChange: (text: string) => void
  readonly error?: { readonly message: string; readonly start: number; readonly end: number } | null
  readonly testId: string
  readonly placeholder?: string
}

const mono: CSSProperties = { fontFamily: 'var(--mono, monospace)', fontSize: 13 }

export function MatrixTextField({ label, value, onChange, error, testId, placeholder }: MatrixTextFieldProps) {
  const start = error ? Math.min(error.start, value.length) : 0
  const end = error ? Math.max(start, Math.min(error.end, value.length)) : 0
  return (
    <label style={{ display: 'block', margin: '4px 0' }} data-testid={testId}>
      <span className="muted" style={{ fontSize: 12 }}>{label}</span>
      <input
        type="text"
        value={value}
        spellCheck={false}
        placeholder={placeholder}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        style={{ ...mono, width: '100%', boxSizing: 'border-box', borderColor: error ? '#e5484d' : undefined }}
      />
      {error && (
        <span role="alert" data-error style={{ display: 'block', color: '#ff8a8a', fontSize: 12 }}>
          <span style={{ ...mono, whiteSpace: 'pre', display: 'block', color: 'var(--muted)' }}>
            {value.slice(0, start)}
            <mark style={{ background: '#e5484d', color: '#fff' }}>{value.slice(start, end) || ' '}</mark>
            {value.slice(end)}
          </span>
          {error.message}
        </span>
      )}
    </label>
  )
}
