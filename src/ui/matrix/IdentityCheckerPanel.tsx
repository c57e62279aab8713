// The matrix differentiator in the side panel: type f, its shapes and the variable; read ∂f/∂x in KaTeX and in the
// grammar (copyable, it parses back), its shape and layout, the rule chain with every shape, and the three verdicts
// at seeded random values. Below, the gallery: each classic identity one click away.
import { MATRIX_IDENTITIES, shapeLabel, type MatrixIdentity } from '../../math/matrix/index.ts'
import { Katex } from '../Katex.tsx'
import { MatrixTextField } from './MatrixTextField.tsx'
import { StepsTable } from './StepsTable.tsx'
import type { IdentityCheck } from './useIdentityCheck.ts'
import { VerdictList, type VerdictRow } from './VerdictList.tsx'

export interface IdentityCheckerPanelProps {
  readonly check: IdentityCheck
  readonly chosen: string
  readonly onChoose: (id: string) => void
}

const LAYOUT_TEXT = {
  gradient: 'a scalar by a variable: the derivative has the variable’s shape',
  jacobian: 'a vector (m) by a vector (n): the m×n Jacobian',
  tangent: 'by a scalar: the derivative has the expression’s shape',
} as const

export function IdentityCheckerPanel({ check, chosen, onChoose }: IdentityCheckerPanelProps) {
  const { texts, setText, result, error, autodiff } = check
  const d = result?.derivative
  const wrt = result?.texts.wrt.trim() ?? ''
  const rows: VerdictRow[] = result
    ? [
        { key: 'fd', label: 'central differences (float64)', verdict: result.fdVerdict },
        {
          key: 'tf',
          label: 'TF.js autodiff (float32)',
          verdict: autodiff.status === 'done' ? autodiff.value : autodiff.status === 'failed' ? `failed: ${autodiff.message}` : 'loading TF.js…',
        },
        { key: 'formula', label: 'the textbook formula', verdict: result.formulaVerdict ?? 'not a gallery identity: no formula to compare' },
      ]
    : []
  return (
    <section data-testid="identity-checker" aria-label="matrix differentiator">
      <MatrixTextField label="f =" value={texts.expr} onChange={(t) => setText('expr', t)} error={error?.field === 'expr' ? error : null} testId="checker-expr" />
      <MatrixTextField label="shapes (name: scalar, n, or m×n)" value={texts.shapes} onChange={(t) => setText('shapes', t)} error={error?.field === 'shapes' ? error : null} testId="checker-shapes" />
      <MatrixTextField label="differentiate by" value={texts.wrt} onChange={(t) => setText('wrt', t)} error={error?.field === 'wrt' ? error : null} testId="checker-wrt" />
      {error && result && <p className="muted" style={{ fontSize: 12 }}>Showing the last expression that worked.</p>}
      {result && d && (
        <div data-testid="checker-result" style={{ opacity: error ? 0.55 : 1 }}>
          <div style={{ overflowX: 'auto', margin: '6px 0' }}>
            <Katex latex={`\\frac{\\partial}{\\partial ${wrt}}\\Big(${result.fLatex}\\Big) = ${d.latex}`} display />
          </div>
          <p style={{ fontSize: 12, margin: '2px 0' }}>
            <code data-testid="checker-text" style={{ userSelect: 'all' }}>{d.text}</code>
          </p>
          <p className="muted" style={{ fontSize: 12, margin: '2px 0' }} data-testid="checker-shape">
            shape {shapeLabel(d.shape)} · {LAYOUT_TEXT[d.layout]}
          </p>
          <h3>Checks at random values (seeded)</h3>
          <VerdictList rows={rows} testId="checker-verdicts" />
          <h3>Steps</h3>
          <StepsTable steps={d.steps} testId="checker-steps" />
        </div>
      )}
      <h3>Gallery</h3>
      <div data-testid="checker-gallery" style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
        {MATRIX_IDENTITIES.map((i: MatrixIdentity) => (
          <button
            key={i.id}
            type="button"
            data-identity={i.id}
            aria-pressed={chosen === i.id}
            title={`${i.source}: ∂/∂${i.wrt} = ${i.formula}`}
            onClick={() => onChoose(i.id)}
            style={{ fontFamily: 'var(--mono, monospace)', fontSize: 11, padding: '2px 5px' }}
          >
            ∂({i.expr})/∂{i.wrt}
          </button>
        ))}
      </div>
    </section>
  )
}
