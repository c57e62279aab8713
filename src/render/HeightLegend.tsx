// The colour legend of the height colormap: an HTML overlay (place it over the canvas, outside <Canvas>) with a
// viridis bar from the z range's minimum at the bottom to its maximum at the top, and nice tick values beside it.
import type { CSSProperties } from 'react'
import { formatTick, niceStep, niceTicks, viridisCssGradient } from '../math/plot/index.ts'

export interface HeightLegendProps {
  /** The z range in use (SurfacePlot reports it through onZRange). */
  readonly min: number
  readonly max: number
  /** Title above the bar, e.g. "z = f(x, y)". */
  readonly label?: string
  /** Height of the bar in CSS pixels (default 180). */
  readonly barHeight?: number
  readonly style?: CSSProperties
}

export function HeightLegend({ min, max, label = 'z', barHeight = 180, style }: HeightLegendProps) {
  const span = max - min
  const ticks = span > 0 ? niceTicks(min, max, 5) : []
  const step = niceStep(span, 5)
  return (
    <figure
      aria-label={`Height colour legend from ${formatTick(min, step)} to ${formatTick(max, step)}`}
      style={{ margin: 0, font: '12px system-ui, sans-serif', color: 'inherit', userSelect: 'none', ...style }}
    >
      <figcaption style={{ marginBottom: 6, opacity: 0.85 }}>{label}</figcaption>
      <div style={{ position: 'relative', height: barHeight, display: 'flex', gap: 6 }}>
        <div
          data-testid="height-legend-bar"
          style={{ width: 12, height: '100%', borderRadius: 3, background: viridisCssGradient('to top') }}
        />
        <div style={{ position: 'relative', width: 48 }}>
          {ticks.map((t) => (
            <span
              key={t}
              style={{
                position: 'absolute',
                left: 0,
                // Fraction of the range from the bottom; translateY(50%) centres the text on its tick.
                bottom: `${(100 * (t - min)) / span}%`,
                transform: 'translateY(50%)',
                whiteSpace: 'nowrap',
                fontVariantNumeric: 'tabular-nums',
              }}
            >
              {formatTick(t, step)}
            </span>
          ))}
        </div>
      </div>
    </figure>
  )
}
