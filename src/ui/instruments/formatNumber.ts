// Numbers for the instrument readouts: four significant digits, scientific beyond 1e±5, −0 shown as 0, and
// "undefined" for NaN/±∞ so the readout never shows a garbage number (DESIGN.md, Numerics).

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'undefined'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 1e5 || abs < 1e-4) return value.toExponential(3).replace('e+', 'e')
  return String(Number(value.toPrecision(4)))
}

/** "(a, b)" with each entry formatted. */
export function formatPair(a: number, b: number): string {
  return `(${formatNumber(a)}, ${formatNumber(b)})`
}
