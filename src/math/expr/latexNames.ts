// How names print in LaTeX: functions (KaTeX's own operator macros where they exist, \operatorname otherwise),
// constants and variables (Greek names become letters, subscripts become _{…}).
import { GREEK_NAMES, type FnName } from './functions.ts'

/**
 * Functions printed as an operator name before parenthesized arguments. Inverse trigonometric and hyperbolic
 * functions use the arc-/ar- names of ISO 80000-2 (arcsin, arsinh), matching KaTeX's \arcsin; KaTeX has no macro
 * for arcsec, sech, arsinh … so those go through \operatorname. Functions with their own notation (sqrt, cbrt,
 * abs, exp, pow, log with a base) are handled in toLatex.ts.
 */
export const LATEX_OPERATOR: Readonly<Partial<Record<FnName, string>>> = {
  sin: '\\sin', cos: '\\cos', tan: '\\tan', sec: '\\sec', csc: '\\csc', cot: '\\cot',
  asin: '\\arcsin', acos: '\\arccos', atan: '\\arctan',
  asec: '\\operatorname{arcsec}', acsc: '\\operatorname{arccsc}', acot: '\\operatorname{arccot}',
  atan2: '\\operatorname{atan2}',
  sinh: '\\sinh', cosh: '\\cosh', tanh: '\\tanh', coth: '\\coth',
  sech: '\\operatorname{sech}', csch: '\\operatorname{csch}',
  asinh: '\\operatorname{arsinh}', acosh: '\\operatorname{arcosh}', atanh: '\\operatorname{artanh}',
  asech: '\\operatorname{arsech}', acsch: '\\operatorname{arcsch}', acoth: '\\operatorname{arcoth}',
  log: '\\ln', ln: '\\ln', log10: '\\log_{10}', log2: '\\log_{2}',
  min: '\\min', max: '\\max',
  sigmoid: '\\operatorname{sigmoid}', relu: '\\operatorname{ReLU}', softplus: '\\operatorname{softplus}',
  sign: '\\operatorname{sgn}', step: '\\operatorname{step}',
}

const GREEK_LONGEST_FIRST = [...GREEK_NAMES].sort((a, b) => b.length - a.length)

/**
 * `x` → x, `x1` → x_{1}, `w_ij` → w_{ij}, `theta_2` → \theta_{2}. A name outside the grammar
 * (which parse never produces) prints upright as a whole so that it still renders.
 */
export function variableLatex(name: string): string {
  const greek = GREEK_LONGEST_FIRST.find((g) => name.startsWith(g))
  const head = greek ?? name.slice(0, 1)
  const rest = name.slice(head.length)
  const subscript = /^[0-9]+$/.test(rest) ? rest : /^_[A-Za-z0-9]+$/.test(rest) ? rest.slice(1) : undefined
  if (!/^[A-Za-z]+$/.test(head) || subscript === undefined && rest !== '') {
    return `\\mathrm{${name.replace(/[^A-Za-z0-9]/g, (c) => (c === '_' ? '\\_' : ''))}}`
  }
  const base = greek !== undefined ? `\\${greek}` : head
  return subscript === undefined ? base : `${base}_{${subscript}}`
}

/** `1e-7` → 1 \times 10^{-7}; plain decimals stay as they are. */
export function numberLatex(value: number): string {
  if (Number.isNaN(value)) return '\\mathrm{NaN}'
  if (!Number.isFinite(value)) return value > 0 ? '\\infty' : '-\\infty'
  const text = long(value) ? displayNumber(value) : String(value)
  if (text.startsWith('\\') || text.startsWith('-\\')) return text
  const match = /^(-?[0-9.]+)e([+-])([0-9]+)$/.exec(text)
  if (match === null) return text
  const [, mantissa, sign, exponent] = match
  return `${mantissa} \\times 10^{${sign === '-' ? '-' : ''}${exponent}}`
}

/** More significant digits than a person reads: the float of 10/3 prints as 3.3333333333333335. */
function long(value: number): boolean {
  return String(Math.abs(value)).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').length > 12
}

/**
 * A long float for display only (toText keeps every digit, so text reads back exactly): the fraction p/q with the
 * smallest q ≤ 1000 whose float is exactly this value (10/3 → \frac{10}{3}), else 6 significant digits.
 */
function displayNumber(value: number): string {
  for (let q = 2; q <= 1000; q++) {
    const p = Math.round(value * q)
    if (p / q === value) return `${p < 0 ? '-' : ''}\\frac{${Math.abs(p)}}{${q}}`
  }
  return String(Number(value.toPrecision(6)))
}
