// Numbers for the chapter-1 panels: enough significant digits to see convergence (and round-off), "undefined" for
// NaN and ±∞ rather than a misleading digit string.
export function formatNumber(value: number, digits = 6): string {
  if (Number.isNaN(value)) return 'undefined'
  if (!Number.isFinite(value)) return value > 0 ? '+∞' : '−∞'
  if (value === 0) return '0'
  const magnitude = Math.abs(value)
  const text = magnitude >= 1e6 || magnitude < 1e-4 ? value.toExponential(digits - 1) : value.toPrecision(digits)
  // Trailing zeros of the mantissa say nothing; the minus sign is typographic.
  return text.replace(/(\.\d*?[1-9])0+(?=e|$)/, '$1').replace(/\.0+(?=e|$)/, '').replace('-', '−')
}

/** 10^-k as "1e-k" for table headers. */
export const formatStep = (h: number): string => {
  const exponent = Math.round(Math.log10(Math.abs(h)))
  return `${h < 0 ? '−' : ''}1e${exponent}`.replace('-', '−')
}
