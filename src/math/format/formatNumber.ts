// The one number formatter of the workbench: every readout, label, table and tick prints numbers through it, so a
// value reads the same in the side panel and in the picture. Conventions:
// - `digits` significant digits (default 4), trailing zeros dropped: 3.142, 2.5, 100;
// - plain decimals for 1e-4 ≤ |v| < 1e5, otherwise scientific with a bare exponent: 1.235e5, 1.234e-5;
// - the ASCII minus '-', so a number copied from a readout can be pasted into an expression or a link (the parser
//   reads '-', not the typographic '−');
// - -0 prints as 0; NaN prints as 'undefined' (no number is there); ±∞ print as '∞' and '-∞' (a value that grew
//   without bound, which is not the same as undefined).

export function formatNumber(value: number, digits = 4): string {
  if (Number.isNaN(value)) return 'undefined'
  if (value === Infinity) return '∞'
  if (value === -Infinity) return '-∞'
  if (value === 0) return '0'
  const rounded = Number(value.toPrecision(digits))
  const abs = Math.abs(rounded)
  if (abs >= 1e5 || abs < 1e-4) return rounded.toExponential().replace('e+', 'e')
  return String(rounded)
}

/**
 * formatNumber for a LaTeX formula: exponent notation as a power of ten (2.2326e-36 → 2.2326 \times 10^{-36}), since
 * "2.2326e-36" typeset reads as 2.2326·e − 36; ∞ as \infty.
 */
export function formatNumberLatex(value: number, digits = 4): string {
  if (Number.isNaN(value)) return '\\text{undefined}'
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty'
  const text = formatNumber(value, digits)
  const match = /^(-?[0-9.]+)e([+-]?)([0-9]+)$/.exec(text)
  return match ? `${match[1]} \\times 10^{${match[2] === '-' ? '-' : ''}${match[3]}}` : text
}

/** "(a, b)" with each entry formatted. */
export function formatPair(a: number, b: number, digits = 4): string {
  return `(${formatNumber(a, digits)}, ${formatNumber(b, digits)})`
}

/**
 * A unit vector's entries: rounding error below 1e-12 (cos(π/2) = 6.1e-17) is shown as 0, since for a direction
 * only the digits that are shown matter and "6.123e-17" reads like a real component.
 */
export function formatUnitVector(x: number, y: number): string {
  const clean = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v)
  return formatPair(clean(x), clean(y))
}

/**
 * A power of ten ±10^p, short: plain from 0.01 to 1000 ("0.01", "1", "1000"), else "1e-3", "1e4" (log-axis ticks, the
 * step sizes h of a difference-quotient table).
 */
export function formatPowerOfTen(value: number): string {
  const p = Math.round(Math.log10(Math.abs(value)))
  const sign = value < 0 ? '-' : ''
  return sign + (p >= -2 && p <= 3 ? String(Number((10 ** p).toFixed(Math.max(0, -p)))) : `1e${p}`)
}

/**
 * Labels for axis ticks at `values`, with as few significant digits as keep neighbours apart (from `minDigits` up to
 * 6): on a narrow log axis, ticks 10^−0.17 and 10^−0.16 both read "0.68" with two digits, "0.676" and "0.692" with three.
 */
export function distinctTickLabels(values: readonly number[], minDigits = 2): string[] {
  let labels: string[] = []
  for (let digits = minDigits; digits <= 6; digits++) {
    labels = values.map((v) => formatNumber(v, digits))
    if (labels.every((l, k) => k === 0 || l !== labels[k - 1])) break
  }
  return labels
}
