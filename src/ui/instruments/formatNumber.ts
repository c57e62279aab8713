// Numbers for the instrument readouts: four significant digits, scientific beyond 1e±5, −0 shown as 0, and
// "undefined" for NaN/±∞ so the readout never shows a garbage number (DESIGN.md, Numerics).

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'undefined'
  if (value === 0) return '0'
  const abs = Math.abs(value)
  if (abs >= 1e5 || abs < 1e-4) return Number(value.toPrecision(4)).toExponential().replace('e+', 'e')
  return String(Number(value.toPrecision(4)))
}

/** "(a, b)" with each entry formatted. */
export function formatPair(a: number, b: number): string {
  return `(${formatNumber(a)}, ${formatNumber(b)})`
}

/**
 * A unit vector's entries: rounding error below 1e-12 (cos(π/2) = 6.1e-17) is shown as 0, since for a direction
 * only the digits that are shown matter and "6.123e-17" reads like a real component.
 */
export function formatUnitVector(x: number, y: number): string {
  const clean = (v: number) => (Math.abs(v) < 1e-12 ? 0 : v)
  return formatPair(clean(x), clean(y))
}
