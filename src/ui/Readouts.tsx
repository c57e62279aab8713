// What the picture is showing, in numbers: the z range in use, the grid, the domain, the parameter values.
// Readouts at a picked point (f, ∇f, |∇f|, H) belong to the instruments that pick points; they render their own panel.
import type { ParamSpec } from '../state/paramSpec.ts'
import type { SceneState } from '../state/sceneState.ts'

export interface ReadoutsProps {
  readonly params: Readonly<Record<string, ParamSpec>>
  readonly state: SceneState
  /** The z range in use; omitted for scenes that draw no height (flat pictures). */
  readonly zRange?: { min: number; max: number } | null
  /** Only these schema keys are listed (all number, integer and interval params when absent). */
  readonly keys?: readonly string[]
}

export function Readouts({ params, state, zRange, keys }: ReadoutsProps) {
  const rows: { key: string; label: string; text: string }[] = []
  if (zRange !== undefined) rows.push({ key: 'zrange', label: 'z range', text: zRange ? `[${fmt(zRange.min)}, ${fmt(zRange.max)}]` : '…' })
  for (const key of keys ?? Object.keys(params)) {
    const spec = params[key]
    const value = state.values[key]
    if (!spec) continue
    const label = spec.label ?? key
    if (spec.kind === 'integer' || spec.kind === 'number') rows.push({ key, label, text: fmt(value as number) })
    if (spec.kind === 'interval') {
      const [lo, hi] = value as readonly [number, number]
      rows.push({ key, label, text: `[${fmt(lo)}, ${fmt(hi)}]` })
    }
  }
  for (const [name, value] of Object.entries(state.dynamic)) rows.push({ key: `param:${name}`, label: name, text: fmt(value) })
  if (rows.length === 0) return null
  return (
    <section className="readouts" aria-label="readouts">
      <h3>Readouts</h3>
      <dl>
        {rows.map(({ key, label, text }) => (
          <div className="readout" key={key} data-readout={key}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

/** Four significant digits, without trailing zeros; scientific beyond 1e±5. */
function fmt(value: number): string {
  if (!Number.isFinite(value)) return String(value)
  const abs = Math.abs(value)
  if (abs !== 0 && (abs >= 1e5 || abs < 1e-4)) return value.toExponential(3)
  return String(Number(value.toPrecision(4)))
}
