// A small matrix edited as a grid of sliders laid out like the matrix itself (row i, column j), each with its value.
import { formatNumber } from '../../math/format/formatNumber.ts'

export interface MatrixSlidersProps {
  readonly label: string
  readonly rows: number
  readonly cols: number
  readonly values: readonly number[]
  readonly min: number
  readonly max: number
  readonly step: number
  /** Called with the flat row-major index and the new value. */
  readonly onChange: (index: number, value: number) => void
  readonly names?: readonly string[]
}

export function MatrixSliders({ label, rows, cols, values, min, max, step, onChange, names }: MatrixSlidersProps) {
  return (
    <fieldset data-testid={`sliders-${label}`} style={{ border: '1px solid rgba(255,255,255,0.15)', borderRadius: 4, padding: '4px 6px', margin: '4px 0' }}>
      <legend style={{ fontSize: 12 }}>{label}</legend>
      <div style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, 1fr)`, gap: '2px 8px' }}>
        {Array.from({ length: rows * cols }, (_, k) => (
          <label key={k} style={{ fontSize: 11 }}>
            <span className="muted">{names?.[k] ?? `${label}${Math.floor(k / cols) + 1}${(k % cols) + 1}`}</span> {formatNumber(values[k]!, 3)}
            <input
              type="range"
              min={min}
              max={max}
              step={step}
              value={values[k]}
              aria-label={names?.[k] ?? `${label} row ${Math.floor(k / cols) + 1} column ${(k % cols) + 1}`}
              onChange={(e) => onChange(k, Number(e.target.value))}
              style={{ width: '100%' }}
            />
          </label>
        ))}
      </div>
    </fieldset>
  )
}
