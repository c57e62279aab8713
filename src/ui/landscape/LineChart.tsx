// A small SVG line chart of a few series over a shared x axis (training loss or accuracy by step, the loss along the
// line from θ0 to θ*). Redrawn by React only when its data changes (a finished run), never per frame.
import { niceTicks, formatTick } from '../../math/plot/index.ts'
import { distinctTickLabels, formatNumber } from '../../math/format/formatNumber.ts'

export interface LineSeries {
  readonly id: string
  readonly colour: string
  readonly xs: ArrayLike<number>
  readonly ys: ArrayLike<number>
}

export interface LineChartProps {
  readonly title: string
  readonly series: readonly LineSeries[]
  /** log₁₀ value axis (values ≤ 0 are left out). */
  readonly log?: boolean
  /** x positions marked with a dashed vertical line and a label (e.g. θ0 at t = 0, θ* at t = 1). */
  readonly marks?: readonly { readonly x: number; readonly label: string }[]
  readonly width?: number
  readonly height?: number
  readonly testId?: string
}

const PAD = { left: 40, right: 8, top: 16, bottom: 18 }

export function LineChart({ title, series, log = false, marks = [], width = 300, height = 120, testId }: LineChartProps) {
  const tf = (y: number) => (log ? (y > 0 ? Math.log10(y) : NaN) : y)
  let xMin = Infinity, xMax = -Infinity, yMin = Infinity, yMax = -Infinity
  for (const s of series) {
    for (let k = 0; k < s.xs.length; k++) {
      const y = tf(s.ys[k]!)
      if (!Number.isFinite(y)) continue
      xMin = Math.min(xMin, s.xs[k]!)
      xMax = Math.max(xMax, s.xs[k]!)
      yMin = Math.min(yMin, y)
      yMax = Math.max(yMax, y)
    }
  }
  if (!(xMax > xMin)) return <div className="landscape-chart muted" data-testid={testId}>{title}: nothing to plot yet</div>
  if (!(yMax > yMin)) {
    yMin -= 0.5
    yMax += 0.5
  }
  const w = width - PAD.left - PAD.right
  const h = height - PAD.top - PAD.bottom
  const sx = (x: number) => PAD.left + ((x - xMin) / (xMax - xMin)) * w
  const sy = (y: number) => PAD.top + (1 - (y - yMin) / (yMax - yMin)) * h
  const yTicks = niceTicks(yMin, yMax, 4)
  const yStep = yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1
  const yLabels = log ? distinctTickLabels(yTicks.map((t) => 10 ** t)) : yTicks.map((t) => formatTick(t, yStep))
  const xTicks = niceTicks(xMin, xMax, 5)
  const xStep = xTicks.length > 1 ? xTicks[1]! - xTicks[0]! : 1
  return (
    <svg className="landscape-chart" width={width} height={height} role="img" aria-label={title} data-testid={testId}>
      <text x={PAD.left} y={11} className="landscape-chart-title">{title}</text>
      {yTicks.map((t, k) => (
        <g key={`y${t}`}>
          <line x1={PAD.left} x2={width - PAD.right} y1={sy(t)} y2={sy(t)} className="landscape-chart-grid" />
          <text x={PAD.left - 4} y={sy(t) + 3} textAnchor="end" className="landscape-chart-tick">{yLabels[k]}</text>
        </g>
      ))}
      {xTicks.map((t) => (
        <text key={`x${t}`} x={sx(t)} y={height - 4} textAnchor="middle" className="landscape-chart-tick">{formatTick(t, xStep)}</text>
      ))}
      {marks.filter((m) => m.x >= xMin && m.x <= xMax).map((m) => (
        <g key={m.label}>
          <line x1={sx(m.x)} x2={sx(m.x)} y1={PAD.top} y2={PAD.top + h} className="landscape-chart-mark" />
          <text x={sx(m.x) + 3} y={PAD.top + 9} className="landscape-chart-tick">{m.label}</text>
        </g>
      ))}
      {series.map((s) => {
        const points: string[] = []
        for (let k = 0; k < s.xs.length; k++) {
          const y = tf(s.ys[k]!)
          if (Number.isFinite(y)) points.push(`${sx(s.xs[k]!).toFixed(1)},${sy(y).toFixed(1)}`)
        }
        return <polyline key={s.id} points={points.join(' ')} fill="none" stroke={s.colour} strokeWidth={1.5} data-series={s.id} />
      })}
    </svg>
  )
}
