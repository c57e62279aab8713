// The difference quotients (f(x+h) − f(x))/h and (f(x) − f(x−h))/h for h = 10⁻¹ … 10⁻ᵏ beside their error against
// the exact f′(x). The best row is shaded; errors that round-off dominates (2ε|f|/h above |f″|h/2) are orange, so the
// table shows float64 at work: the error first shrinks like h, then grows like 1/h.
import { bestRow, type QuotientRow } from '../../math/calculus1d/index.ts'
import { formatNumber, formatPowerOfTen } from '../../math/format/formatNumber.ts'
import './chapter1.css'

export interface QuotientTableProps {
  readonly rows: readonly QuotientRow[]
  /** The h currently drawn (its row gets an outline when it is one of the table's steps). */
  readonly activeH?: number
  /** False where f′(x) does not exist: the error column then has nothing to measure against. */
  readonly showError?: boolean
}

export function QuotientTable({ rows, activeH, showError = true }: QuotientTableProps) {
  const best = showError ? bestRow(rows) : undefined
  const activeExponent = activeH !== undefined ? Math.round(-Math.log10(Math.abs(activeH))) : NaN
  return (
    <table className="c1-table" data-testid="quotient-table">
      <thead>
        <tr>
          <th>h</th>
          <th title="(f(x+h) − f(x))/h">right</th>
          <th title="(f(x) − f(x−h))/h">left</th>
          <th title="|right − f′(x)|">error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.exponent}
            data-exponent={row.exponent}
            data-best={String(row === best)}
            data-active={String(row.exponent === activeExponent && Math.abs(Math.abs(activeH!) / row.h - 1) < 1e-6)}
          >
            <td>{formatPowerOfTen(row.h)}</td>
            <td data-right={String(row.right)}>{formatNumber(row.right, 10)}</td>
            <td data-left={String(row.left)}>{formatNumber(row.left, 10)}</td>
            {showError ? (
              <td className={row.roundoffEstimate > row.truncationEstimate ? 'c1-roundoff' : undefined}>{formatNumber(row.error, 2)}</td>
            ) : (
              <td title="f′(x) does not exist here">—</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
