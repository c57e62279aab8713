// D_u f against the angle θ of u = (cos θ, sin θ): the curve |∇f| cos(θ − θ_∇). It peaks at |∇f| where u points along
// the gradient (steepest ascent), bottoms out at −|∇f| against it, and crosses zero where u runs along the level
// curve. The current θ is marked; clicking the plot picks θ. Values come from the exact gradient at the point.
import { useMemo, type MouseEvent } from 'react'
import { directionalDerivativeOverAngles, steepestAscentAngle, wrapAngle } from '../../math/instruments/directionalDerivative.ts'
import { formatNumber } from '../../math/format/formatNumber.ts'

export interface DirectionalDerivativePlotProps {
  readonly fx: number
  readonly fy: number
  /** Current direction, radians. */
  readonly angle: number
  /** Called with a new angle in degrees [0, 360) when the plot is clicked. */
  readonly onPickAngle?: (degrees: number) => void
}

const W = 280
const H = 130
const PAD = { left: 34, right: 8, top: 10, bottom: 22 }
const SAMPLES = 181

/** θ ∈ [0, 2π] → x pixel; D_u f ∈ [−scale, scale] → y pixel. */
const px = (theta: number) => PAD.left + (theta / (2 * Math.PI)) * (W - PAD.left - PAD.right)
const yPixel = (v: number, scale: number) => PAD.top + (1 - (v / scale + 1) / 2) * (H - PAD.top - PAD.bottom)

export function DirectionalDerivativePlot({ fx, fy, angle, onPickAngle }: DirectionalDerivativePlotProps) {
  const norm = Math.hypot(fx, fy)
  const defined = Number.isFinite(norm)
  const scaleY = defined && norm > 0 ? norm : 1
  const py = (v: number) => yPixel(v, scaleY)
  const path = useMemo(() => {
    if (!defined) return ''
    const { angles, values } = directionalDerivativeOverAngles(fx, fy, SAMPLES - 1)
    const points = [...angles, 2 * Math.PI].map((t, i) => `${px(t).toFixed(1)},${yPixel(i < values.length ? values[i]! : values[0]!, scaleY).toFixed(1)}`)
    return `M${points.join('L')}`
  }, [fx, fy, defined, scaleY])
  const steepest = steepestAscentAngle(fx, fy)
  const current = wrapAngle(angle)
  const du = fx * Math.cos(angle) + fy * Math.sin(angle)
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!onPickAngle) return
    const rect = e.currentTarget.getBoundingClientRect()
    const x = ((e.clientX - rect.left) / rect.width) * W
    const t = Math.min(1, Math.max(0, (x - PAD.left) / (W - PAD.left - PAD.right)))
    onPickAngle(Math.round(t * 360) % 360)
  }
  return (
    <figure style={{ margin: '6px 0' }} data-testid="du-plot">
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label="directional derivative against the angle of u" onClick={onClick} style={{ cursor: onPickAngle ? 'crosshair' : undefined }}>
        <line x1={PAD.left} x2={W - PAD.right} y1={py(0)} y2={py(0)} stroke="#566" strokeWidth={1} />
        {[0, 90, 180, 270, 360].map((deg) => (
          // The last tick's label ends at its tick, so "360°" is not cut at the right edge.
          <text key={deg} x={px((deg * Math.PI) / 180)} y={H - 6} fontSize={9} fill="#8a94a3" textAnchor={deg === 360 ? 'end' : 'middle'}>
            {deg}°
          </text>
        ))}
        <text x={PAD.left - 4} y={py(scaleY) + 3} fontSize={9} fill="#8a94a3" textAnchor="end">{defined ? formatNumber(scaleY) : ''}</text>
        <text x={PAD.left - 4} y={py(-scaleY) + 3} fontSize={9} fill="#8a94a3" textAnchor="end">{defined ? formatNumber(-scaleY) : ''}</text>
        {defined ? (
          <>
            <path d={path} fill="none" stroke="#b18cff" strokeWidth={2} />
            {Number.isFinite(steepest) && (
              <>
                <circle cx={px(wrapAngle(steepest))} cy={py(norm)} r={3.5} fill="#ff3b3b" data-mark="steepest" />
                {[steepest + Math.PI / 2, steepest - Math.PI / 2].map((t, i) => (
                  <circle key={i} cx={px(wrapAngle(t))} cy={py(0)} r={3} fill="none" stroke="#ff2d6f" strokeWidth={1.5} data-mark="level" />
                ))}
              </>
            )}
            <line x1={px(current)} x2={px(current)} y1={PAD.top} y2={H - PAD.bottom} stroke="#e0d4ff" strokeDasharray="3 2" />
            <circle cx={px(current)} cy={py(du)} r={4} fill="#e0d4ff" data-mark="current" />
          </>
        ) : (
          <text x={W / 2} y={H / 2} fontSize={12} fill="#8a94a3" textAnchor="middle">undefined here</text>
        )}
      </svg>
      <figcaption className="muted" style={{ fontSize: 11 }}>
        D<sub>u</sub>f = |∇f| cos(θ − θ<sub>∇</sub>): <span style={{ color: '#ff3b3b' }}>●</span> steepest ascent (θ = θ<sub>∇</sub>),{' '}
        <span style={{ color: '#ff2d6f' }}>○</span> along the level curve (D<sub>u</sub>f = 0).
      </figcaption>
    </figure>
  )
}
