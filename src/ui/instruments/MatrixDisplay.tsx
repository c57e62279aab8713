// A small matrix as live text: a grid of numbers between square brackets, readable by screen readers as a table.
import type { CSSProperties } from 'react'
import { formatNumber } from '../../math/format/formatNumber.ts'

export interface MatrixDisplayProps {
  readonly rows: readonly (readonly number[])[]
  readonly label: string
  /** Optional per-entry text instead of the formatted number (e.g. a symbolic entry). */
  readonly format?: (value: number, row: number, column: number) => string
}

const bracket: CSSProperties = { borderLeft: '1.5px solid currentColor', borderRight: '1.5px solid currentColor', borderRadius: 3, padding: '1px 6px' }
const cell: CSSProperties = { padding: '1px 6px', textAlign: 'right', fontFamily: 'var(--mono, monospace)', fontSize: 12 }

export function MatrixDisplay({ rows, label, format = (v) => formatNumber(v) }: MatrixDisplayProps) {
  return (
    <table style={{ ...bracket, borderCollapse: 'separate' }} aria-label={label} data-matrix={label}>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((value, j) => (
              <td key={j} style={cell}>
                {format(value, i, j)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
