// What the picture is showing, in numbers: the z range in use, the grid, the domain, the parameter values.
// A section is reserved for readouts at a picked point (f, ∇f, |∇f|, H), which a later instrument fills.
import type { ParamSpec } from '../state/paramSpec.ts'
import type { SceneState } from '../state/sceneState.ts'

export interface ReadoutsProps {
  readonly params: Readonly<Record<string, ParamSpec>>
  readonly state: SceneState
  readonly zRange: { min: number; max: number } | null
}

export function Readouts({ params, state, zRange }: ReadoutsProps) {
  const rows: [string, string][] = [['z range', zRange ? `[${fmt(zRange.min)}, ${fmt(zRange.max)}]` : '…']]
  for (const [key, spec] of Object.entries(params)) {
    const value = state.values[key]
    if (spec.kind === 'integer' || spec.kind === 'number') rows.push([spec.label ?? key, fmt(value as number)])
    if (spec.kind === 'interval') {
      const [lo, hi] = value as readonly [number, number]
      rows.push([spec.label ?? key, `[${fmt(lo)}, ${fmt(hi)}]`])
    }
  }
  for (const [name, value] of Object.entries(state.dynamic)) rows.push([name, fmt(value)])
  return (
    <section className="readouts" aria-label="readouts">
      <dl>
        {rows.map(([label, text]) => (
          <div className="readout" key={label} data-readout={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <div className="point-readouts" data-testid="point-readouts">
        <span className="muted">At a point: f, ∇f, |∇f| and H appear here when a point is picked.</span>
      </div>
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
