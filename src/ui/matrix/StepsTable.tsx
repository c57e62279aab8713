// The rule chain of a matrix derivative: each step's subexpression, what the rule gave, and its shape.
import { shapeLabel, type MatrixStep } from '../../math/matrix/index.ts'

export function StepsTable({ steps, testId }: { steps: readonly MatrixStep[]; testId: string }) {
  return (
    <table data-testid={testId} style={{ fontSize: 12, borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr className="muted" style={{ textAlign: 'left' }}>
          <th>at</th>
          <th>gives</th>
          <th>shape</th>
        </tr>
      </thead>
      <tbody>
        {steps.map((s, i) => (
          <tr key={i} title={s.rule} style={{ borderTop: '1px solid rgba(255,255,255,0.08)', verticalAlign: 'top' }}>
            <td style={{ fontFamily: 'var(--mono, monospace)', padding: '2px 4px 2px 0', wordBreak: 'break-all' }}>{s.at}</td>
            <td style={{ fontFamily: 'var(--mono, monospace)', padding: '2px 4px', wordBreak: 'break-all' }}>
              {s.derivative}
              <div className="muted" style={{ fontFamily: 'inherit', fontSize: 11 }}>{s.rule}</div>
            </td>
            <td style={{ padding: '2px 0 2px 4px', whiteSpace: 'nowrap' }} data-shape>{shapeLabel(s.shape)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
