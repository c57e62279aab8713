// Verdicts side by side: each check's relative error against its tolerance, passed or failed, or why it is missing.
import { formatNumber } from '../../math/format/formatNumber.ts'
import type { Verdict } from '../../math/matrix/index.ts'

export interface VerdictRow {
  readonly key: string
  readonly label: string
  /** A verdict, or a sentence ("loading TF.js…", "not a gallery identity"). */
  readonly verdict: Verdict | string
}

export function VerdictList({ rows, testId }: { rows: readonly VerdictRow[]; testId: string }) {
  return (
    <table data-testid={testId} style={{ fontSize: 12, borderCollapse: 'collapse', width: '100%' }}>
      <tbody>
        {rows.map(({ key, label, verdict }) => (
          <tr key={key} data-verdict={key} data-ok={typeof verdict === 'string' ? undefined : String(verdict.ok)}>
            <td style={{ padding: '2px 6px 2px 0' }}>{typeof verdict === 'string' ? '·' : verdict.ok ? '✓' : '✗'}</td>
            <td style={{ padding: '2px 6px 2px 0' }}>{label}</td>
            <td style={{ padding: '2px 0', fontFamily: 'var(--mono, monospace)' }}>
              {typeof verdict === 'string' ? verdict : `error ${formatNumber(verdict.error, 2)} (tolerance ${formatNumber(verdict.tolerance, 1)})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
