// The numbers at the picked point, as live text: the alternative to the picture, and what a screen reader announces.
// f, ∇f, |∇f|, optionally D_u f, and the Hessian with its eigenvalues, principal directions and the second-derivative
// test. Where f (or a derivative) is undefined the row says so instead of showing a number.
import type { PointCalculus } from '../../math/instruments/surfaceCalculus.ts'
import { classifyHessian } from '../../math/instruments/classifyHessian.ts'
import { directionalDerivative } from '../../math/instruments/directionalDerivative.ts'
import { formatNumber, formatPair, formatUnitVector } from '../../math/format/formatNumber.ts'
import { MatrixDisplay } from './MatrixDisplay.tsx'

export interface PointReadoutsProps {
  readonly point: PointCalculus
  /** The direction u = (cos θ, sin θ) for D_u f, when the scene has one. */
  readonly angle?: number
  readonly showHessian?: boolean
}

export function PointReadouts({ point, angle, showHessian = false }: PointReadoutsProps) {
  const { x, y, f, fx, fy } = point
  const defined = Number.isFinite(f)
  const gradientDefined = defined && Number.isFinite(fx) && Number.isFinite(fy)
  const rows: [key: string, label: string, text: string][] = [
    ['point', '(x₀, y₀)', formatPair(x, y)],
    ['f', 'f(x₀, y₀)', defined ? formatNumber(f) : 'undefined here'],
    ['grad', '∇f', gradientDefined ? formatPair(fx, fy) : 'undefined here'],
    ['gradNorm', '|∇f|', gradientDefined ? formatNumber(Math.hypot(fx, fy)) : 'undefined here'],
  ]
  if (angle !== undefined) {
    rows.push(['u', 'u', formatUnitVector(Math.cos(angle), Math.sin(angle))])
    rows.push(['du', 'Dᵤf = ∇f·u', gradientDefined ? formatNumber(directionalDerivative(fx, fy, angle)) : 'undefined here'])
  }
  const c = showHessian ? classifyHessian(point) : null
  return (
    <section className="readouts point-instrument-readouts" aria-label="readouts at the picked point" aria-live="polite" data-testid="instrument-readouts">
      <dl>
        {rows.map(([key, label, text]) => (
          <div className="readout" key={key} data-readout={key}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      {c && (
        <div style={{ marginTop: 8 }}>
          {c.shape === 'undefined' ? (
            <p data-readout="hessian">H: undefined here</p>
          ) : (
            <dl>
              <div className="readout" data-readout="hessian" style={{ alignItems: 'center' }}>
                <dt>H</dt>
                <dd>
                  <MatrixDisplay label="Hessian" rows={[[point.fxx, point.fxy], [point.fxy, point.fyy]]} />
                </dd>
              </div>
              <div className="readout" data-readout="eigenvalues">
                <dt>eigenvalues λ₁, λ₂</dt>
                <dd>{formatPair(c.eigen.values[0], c.eigen.values[1])}</dd>
              </div>
              <div className="readout" data-readout="eigenvector1">
                <dt>v₁ (direction of λ₁)</dt>
                <dd>{formatUnitVector(...c.eigen.vectors[0])}</dd>
              </div>
              <div className="readout" data-readout="eigenvector2">
                <dt>v₂ (direction of λ₂)</dt>
                <dd>{formatUnitVector(...c.eigen.vectors[1])}</dd>
              </div>
            </dl>
          )}
          <p data-readout="classification" style={{ margin: '6px 0 0', fontSize: 12 }}>
            {c.summary}
          </p>
        </div>
      )}
    </section>
  )
}
