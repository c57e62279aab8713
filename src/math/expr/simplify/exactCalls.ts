// Function values at numeric arguments, folded only where the value is exact, so that simplification never trades a
// symbol for a rounded decimal: sin(0) = 0, cos(0) = 1, log(1) = 0, sqrt(9) = 3, cbrt(-8) = -2, log2(8) = 3, abs(-2) = 2.
// sin(pi) is NOT folded: Math.sin(Math.PI) is 1.2e-16, not 0, and 1/sin(pi) must keep evaluating the way it does.
import type { FnName } from '../functions.ts'
import { sigmoid, step } from '../functions.ts'

/** Functions f with f(0) = value exactly. */
const AT_ZERO: Partial<Record<FnName, number>> = {
  sin: 0, tan: 0, asin: 0, atan: 0, sinh: 0, tanh: 0, asinh: 0, atanh: 0,
  erf: 0, gelu: 0, silu: 0, elu: 0, leaky_relu: 0,
  cos: 1, cosh: 1, sec: 1, sech: 1, exp: 1, sigmoid: sigmoid(0),
}

/** Functions f with f(1) = 0 exactly. */
const ZERO_AT_ONE: readonly FnName[] = ['log', 'ln', 'log10', 'log2', 'acos', 'acosh', 'asec', 'asech']

const exactRoot = (x: number, degree: 2 | 3): number | null => {
  if (!Number.isInteger(x) || (degree === 2 && x < 0)) return null
  const r = degree === 2 ? Math.sqrt(x) : Math.cbrt(x)
  return Number.isInteger(r) && r ** degree === x ? r : null
}

const exactLog = (x: number, base: 2 | 10): number | null => {
  const r = base === 2 ? Math.log2(x) : Math.log10(x)
  return Number.isInteger(r) && base ** r === x ? r : null
}

/** The exact value of fn(...args), or null when it is not exactly representable or not worth folding. */
export function exactCall(fn: FnName, args: readonly number[]): number | null {
  const [x, y] = args as [number, number | undefined]
  if (args.length === 1 && x === 0 && AT_ZERO[fn] !== undefined) return AT_ZERO[fn]!
  if (args.length === 1 && x === 1 && ZERO_AT_ONE.includes(fn)) return 0
  switch (fn) {
    case 'abs': return Math.abs(x)
    case 'sign': return Math.sign(x)
    case 'step': return step(x)
    case 'relu': return x > 0 ? x : 0
    case 'min': return y === undefined ? null : Math.min(x, y)
    case 'max': return y === undefined ? null : Math.max(x, y)
    case 'sqrt': return exactRoot(x, 2)
    case 'cbrt': return exactRoot(x, 3)
    case 'log2': return x > 0 ? exactLog(x, 2) : null
    case 'log10': return x > 0 ? exactLog(x, 10) : null
    default: return null
  }
}
