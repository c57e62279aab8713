// The Jacobian in the side panel: J as a matrix of symbolic partials (from differentiate; each partial's rule steps
// are in the derivations of u and v above), det J symbolically, and at the picked point J(p), det J(p), and the area
// ratio of the ε-square's true image next to it, so the learner watches area(F(S))/ε² approach det J as ε shrinks.
import { useMemo } from 'react'
import { mul, simplify, sub, toLatex } from '../../math/expr/index.ts'
import { squareImage, type JacobianMap } from '../../math/jacobian/index.ts'
import { Katex } from '../Katex.tsx'
import { formatNumber, formatPair } from '../../math/format/formatNumber.ts'
import { MatrixDisplay } from '../instruments/MatrixDisplay.tsx'
import type { JacobianScene } from './useJacobianScene.ts'

/** Colours of the two directions, as in the picture (render/jacobian/jacobianLayout.ts). */
const ALONG_X = '#ff9f43'
const ALONG_Y = '#4aa3ff'

export function JacobianPanel({ scene }: { scene: JacobianScene }) {
  const { map, error, point, square, epsilon } = scene
  const symbolic = useMemo(() => (map ? symbolicJacobianLatex(map) : null), [map])
  const det = point.det
  const ratio = square?.areaRatio ?? NaN
  const orientation = !point.defined
    ? 'undefined here'
    : det > 0
      ? 'kept (det J > 0): S and its image both turn counter-clockwise'
      : det < 0
        ? 'flipped (det J < 0): the image turns clockwise'
        : 'singular (det J = 0): the square is flattened'
  const rows: [key: string, label: string, text: string][] = [
    ['point', 'p = (x₀, y₀)', formatPair(point.x, point.y)],
    ['value', 'F(p) = (u, v)', point.defined ? formatPair(point.u, point.v) : 'undefined here'],
    ['det', 'det J(p)', point.defined ? formatNumber(det) : 'undefined here'],
    ['epsilon', 'ε', formatNumber(epsilon)],
    ['area-ratio', 'area F(S) / area S', Number.isFinite(ratio) ? formatNumber(ratio) : 'undefined here'],
    ['area-gap', '|ratio − det J|', point.defined && Number.isFinite(ratio) ? formatNumber(Math.abs(ratio - det)) : 'undefined here'],
    ['orientation', 'orientation', orientation],
  ]
  // The limit, in numbers: the same ratio for squares 10 and 100 times smaller. The gap shrinks like ε.
  const shrinking = useMemo(
    () =>
      map && point.defined
        ? [1, 0.1, 0.01].map((f) => ({ epsilon: epsilon * f, ratio: squareImage(map, point, epsilon * f, 64).areaRatio }))
        : [],
    [map, point, epsilon],
  )
  return (
    <section className="jacobian-panel" data-testid="jacobian-panel">
      <h3>Jacobian</h3>
      {error && <div className="derivation-error">The Jacobian is not available: {error}</div>}
      {symbolic && (
        <div style={{ overflowX: 'auto' }} data-testid="jacobian-symbolic">
          <Katex display latex={`J = \\begin{bmatrix} \\frac{\\partial u}{\\partial x} & \\frac{\\partial u}{\\partial y} \\\\[4pt] \\frac{\\partial v}{\\partial x} & \\frac{\\partial v}{\\partial y} \\end{bmatrix} = ${symbolic.matrix}`} />
          <Katex display latex={`\\det J = ${symbolic.det}`} />
        </div>
      )}
      <p className="muted" style={{ fontSize: 12, margin: '4px 0 8px' }}>
        Click or drag in the domain panel; arrow keys move p (Shift: fine). The square S = [x₀, x₀+ε] × [y₀, y₀+ε] has its{' '}
        <span style={{ color: ALONG_X }}>orange</span> edges along e₁ (x running) and <span style={{ color: ALONG_Y }}>blue</span> edges along
        e₂. F bends them into the white curve; J(p) sends them to the columns J e₁, J e₂ of the parallelogram. As ε → 0 the white curve closes
        onto J·S and area F(S)/area S → det J. The rule steps behind each entry of J are in the derivations of u and v above.
      </p>
      <div style={{ display: 'flex', gap: 10, alignItems: 'center', margin: '6px 0' }}>
        <span className="muted" style={{ fontSize: 12 }}>J(p) =</span>
        {point.defined ? (
          <MatrixDisplay label="J(p)" rows={[[point.matrix[0], point.matrix[1]], [point.matrix[2], point.matrix[3]]]} />
        ) : (
          <span data-matrix="J(p)">undefined here</span>
        )}
      </div>
      <dl className="readouts" aria-live="polite" data-testid="jacobian-readouts">
        {rows.map(([key, label, text]) => (
          <div className="readout" key={key} data-readout={key}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {shrinking.length > 0 && (
        <table className="jacobian-limit" data-testid="jacobian-limit" style={{ width: '100%', fontSize: 12, marginTop: 8, fontFamily: 'var(--mono)' }}>
          <caption className="muted" style={{ textAlign: 'left', fontFamily: 'var(--sans)' }}>
            area F(S) / area S as ε → 0 (det J = {formatNumber(det)})
          </caption>
          <thead>
            <tr className="muted">
              <th style={{ textAlign: 'left', fontWeight: 500 }}>ε</th>
              <th style={{ textAlign: 'right', fontWeight: 500 }}>ratio</th>
              <th style={{ textAlign: 'right', fontWeight: 500 }}>ratio − det J</th>
            </tr>
          </thead>
          <tbody>
            {shrinking.map(({ epsilon: e, ratio: r }) => (
              <tr key={e}>
                <td>{formatNumber(e)}</td>
                <td style={{ textAlign: 'right' }}>{Number.isFinite(r) ? formatNumber(r) : 'undefined'}</td>
                <td style={{ textAlign: 'right' }}>{Number.isFinite(r) ? formatNumber(r - det) : 'undefined'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** LaTeX of the matrix of the four symbolic partials, and of det J = u_x v_y − u_y v_x simplified. */
export function symbolicJacobianLatex(map: JacobianMap): { matrix: string; det: string } {
  const [ux, uy, vx, vy] = map.partials.map((p) => p.result)
  const entries = [ux, uy, vx, vy].map((e) => toLatex(e!))
  const matrix = `\\begin{bmatrix} ${entries[0]} & ${entries[1]} \\\\[4pt] ${entries[2]} & ${entries[3]} \\end{bmatrix}`
  return { matrix, det: toLatex(simplify(sub(mul(ux!, vy!), mul(uy!, vx!)))) }
}
