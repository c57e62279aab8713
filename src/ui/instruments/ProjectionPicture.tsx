// The picture behind "the gradient is the direction of steepest ascent": D_u f = ∇f·u is the length of the shadow of
// ∇f on the unit vector u, |∇f| cos φ with φ the angle between them. The shadow is longest when u lies along ∇f.
import { formatNumber } from '../../math/format/formatNumber.ts'

export interface ProjectionPictureProps {
  readonly fx: number
  readonly fy: number
  readonly angle: number
}

const SIZE = 150
const R = 55 // the unit circle of directions u, in pixels

export function ProjectionPicture({ fx, fy, angle }: ProjectionPictureProps) {
  const norm = Math.hypot(fx, fy)
  if (!Number.isFinite(norm)) return null
  const c = SIZE / 2
  // ∇f drawn with length R (its direction matters here; its length is in the readouts).
  const gx = norm > 0 ? fx / norm : 0
  const gy = norm > 0 ? fy / norm : 0
  const ux = Math.cos(angle)
  const uy = Math.sin(angle)
  const cos = gx * ux + gy * uy // cos φ
  const toScreen = (x: number, y: number) => [c + R * x, c - R * y] as const
  const [gX, gY] = toScreen(gx, gy)
  const [uX, uY] = toScreen(ux, uy)
  const [fX, fY] = toScreen(cos * ux, cos * uy) // foot of the perpendicular from ∇f's tip onto the line of u
  return (
    <figure style={{ margin: '6px 0', display: 'flex', gap: 10, alignItems: 'center' }} data-testid="projection-picture">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width={SIZE} height={SIZE} role="img" aria-label="projection of the gradient on u">
        <circle cx={c} cy={c} r={R} fill="none" stroke="#3a4452" />
        <line x1={c} y1={c} x2={fX} y2={fY} stroke="#b18cff" strokeWidth={6} strokeOpacity={0.45} />
        <line x1={gX} y1={gY} x2={fX} y2={fY} stroke="#8a94a3" strokeDasharray="3 2" />
        <line x1={c} y1={c} x2={gX} y2={gY} stroke="#ff3b3b" strokeWidth={2} />
        <line x1={c} y1={c} x2={uX} y2={uY} stroke="#e0d4ff" strokeWidth={2} />
        <text x={gX} y={gY - 4} fontSize={10} fill="#ff3b3b">∇f</text>
        <text x={uX + 3} y={uY + 10} fontSize={10} fill="#e0d4ff">u</text>
      </svg>
      <figcaption className="muted" style={{ fontSize: 11 }}>
        D<sub>u</sub>f = ∇f·u = |∇f| cos φ<br />= {formatNumber(norm)} × {formatNumber(cos)}: the shadow of ∇f on u (purple). It is longest, |∇f|, when u points
        along ∇f.
      </figcaption>
    </figure>
  )
}
