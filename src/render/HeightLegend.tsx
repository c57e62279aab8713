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
  /** The fit stops short of a pole below / above: said beside that end of the bar (the surface shows a hatched cap). */
  readonly clippedBelow?: boolean
  readonly clippedAbove?: boolean
  /** Height of the bar in CSS pixels (default 180). */
  readonly barHeight?: number
  readonly style?: CSSProperties
}

export function HeightLegend({ min, max, label = 'z', clippedBelow = false, clippedAbove = false, barHeight = 180, style }: HeightLegendProps) {
  const span = max - min
  const ticks = span > 0 ? niceTicks(min, max, 5) : []
  const step = niceStep(span, 5)
  return (
    <figure
      aria-label={`Height colour legend from ${formatTick(min, step)} to ${formatTick(max, step)}${clippedNote(clippedBelow, clippedAbove)}`}
      style={{ margin: 0, font: '12px system-ui, sans-serif', color: 'inherit', userSelect: 'none', ...style }}
    >
      <figcaption style={{ marginBottom: 6, opacity: 0.85 }}>{label}</figcaption>
      {clippedAbove && <ClipMark testId="height-legend-clipped-above" text="▲ cut: f → +∞ above" />}
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
      {clippedBelow && <ClipMark testId="height-legend-clipped-below" text="▼ cut: f → −∞ below" />}
    </figure>
  )
}

/** The hatched-cap colours (shaders/surfaceCap.glsl), so the note and the cut on the surface read as one thing. */
const CAP_STRIPES = 'repeating-linear-gradient(135deg, #dc4040 0 3px, #eeeeee 3px 6px)'

function ClipMark({ text, testId }: { text: string; testId: string }) {
  return (
    <div data-testid={testId} style={{ display: 'flex', alignItems: 'center', gap: 6, margin: '4px 0', whiteSpace: 'nowrap' }}>
      <span style={{ width: 12, height: 8, borderRadius: 2, background: CAP_STRIPES }} />
      {text}
    </div>
  )
}

function clippedNote(below: boolean, above: boolean): string {
  if (below && above) return '; a pole is cut at both ends (hatched caps)'
  if (above) return '; a pole is cut at the top (hatched cap)'
  if (below) return '; a pole is cut at the bottom (hatched cap)'
  return ''
}
