// A list of labelled live values (LaTeX label, formatted number or text), with an optional colour swatch that
// matches the curve drawn for it.
import type { ReactNode } from 'react'
import { Katex } from '../Katex.tsx'
import { formatNumber } from '../../math/format/formatNumber.ts'
import './chapter1.css'

export interface ValueRow {
  /** KaTeX source of the label, e.g. "f'(x_0)". */
  readonly label: string
  readonly value: number | string | ReactNode
  readonly color?: string
  /** data-value attribute key for tests. */
  readonly id?: string
}

export function ValueList({ rows }: { rows: readonly ValueRow[] }) {
  return (
    <dl className="c1-values">
      {rows.map((row) => (
        <div key={row.label} style={{ display: 'contents' }}>
          <dt>
            {row.color && <span className="c1-swatch" style={{ background: row.color }} />}
            <Katex latex={row.label} />
          </dt>
          <dd data-value={row.id} data-number={typeof row.value === 'number' ? String(row.value) : undefined}>
            {typeof row.value === 'number' ? formatNumber(row.value, 6) : row.value}
          </dd>
        </div>
      ))}
    </dl>
  )
}
