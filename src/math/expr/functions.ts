// The whitelist of functions: the one table that the parser, printers, closure compiler, GLSL and tfjs emitters share.
// `evaluate` is the float64 reference semantics. GLSL (shaders/expr-functions.glsl) and tfjs (src/tensor/toTf.ts)
// must reproduce it, including where it is NaN: outside a function's real domain every emitter returns NaN.

export const FUNCTION_NAMES = [
  'sin', 'cos', 'tan', 'sec', 'csc', 'cot',
  'asin', 'acos', 'atan', 'asec', 'acsc', 'acot', 'atan2',
  'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth',
  'asinh', 'acosh', 'atanh', 'asech', 'acsch', 'acoth',
  'exp', 'log', 'ln', 'log10', 'log2', 'sqrt', 'cbrt', 'abs', 'pow', 'min', 'max',
  'sigmoid', 'relu', 'softplus',
  // Not in the user-facing list of DESIGN.md, but produced by differentiation (|x|' = sign(x), relu' = step(x))
  // and therefore parseable so that toText(derivative) reads back.
  'sign', 'step',
] as const

export type FnName = (typeof FUNCTION_NAMES)[number]

export interface FnSpec {
  readonly name: FnName
  readonly minArgs: number
  readonly maxArgs: number
  /** float64 reference semantics. */
  readonly evaluate: (...args: number[]) => number
}

/** Numerically stable logistic function: never evaluates exp of a large positive number. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x))
  const ex = Math.exp(x)
  return ex / (1 + ex)
}

/** softplus(x) = log(1 + e^x), written as max(x, 0) + log1p(e^{-|x|}) so it neither overflows nor loses the small tail. */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)))
}

/** Heaviside step with step(0) = 0, matching PyTorch's choice for relu'(0). NaN stays NaN. */
export function step(x: number): number {
  return x > 0 ? 1 : x <= 0 ? 0 : NaN
}

const one = (name: FnName, evaluate: (x: number) => number): FnSpec => ({ name, minArgs: 1, maxArgs: 1, evaluate })
const two = (name: FnName, evaluate: (a: number, b: number) => number): FnSpec => ({
  name, minArgs: 2, maxArgs: 2, evaluate: evaluate as (...a: number[]) => number,
})

const SPECS: FnSpec[] = [
  one('sin', Math.sin), one('cos', Math.cos), one('tan', Math.tan),
  one('sec', (x) => 1 / Math.cos(x)), one('csc', (x) => 1 / Math.sin(x)), one('cot', (x) => 1 / Math.tan(x)),
  one('asin', Math.asin), one('acos', Math.acos), one('atan', Math.atan),
  one('asec', (x) => Math.acos(1 / x)), one('acsc', (x) => Math.asin(1 / x)),
  // acot with range (0, π): continuous at 0, and d/dx acot(x) = −1/(1+x²) everywhere.
  one('acot', (x) => Math.PI / 2 - Math.atan(x)),
  two('atan2', Math.atan2),
  one('sinh', Math.sinh), one('cosh', Math.cosh), one('tanh', Math.tanh),
  one('sech', (x) => 1 / Math.cosh(x)), one('csch', (x) => 1 / Math.sinh(x)), one('coth', (x) => 1 / Math.tanh(x)),
  one('asinh', Math.asinh), one('acosh', Math.acosh), one('atanh', Math.atanh),
  one('asech', (x) => Math.acosh(1 / x)), one('acsch', (x) => Math.asinh(1 / x)), one('acoth', (x) => Math.atanh(1 / x)),
  one('exp', Math.exp),
  // log(x) is natural; log(x, b) is base b: ln x / ln b.
  { name: 'log', minArgs: 1, maxArgs: 2, evaluate: (x: number, b?: number) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)) } as FnSpec,
  one('ln', Math.log), one('log10', Math.log10), one('log2', Math.log2),
  one('sqrt', Math.sqrt), one('cbrt', Math.cbrt), one('abs', Math.abs),
  // pow and ^ share JavaScript's Math.pow: (−8)^3 = −512, (−8)^(1/3) = NaN, 0^0 = 1.
  two('pow', Math.pow),
  two('min', Math.min), two('max', Math.max),
  one('sigmoid', sigmoid), one('relu', (x) => (x > 0 ? x : x <= 0 ? 0 : NaN)), one('softplus', softplus),
  one('sign', Math.sign), one('step', step),
]

export const FUNCTIONS: ReadonlyMap<FnName, FnSpec> = new Map(SPECS.map((s) => [s.name, s]))

export function isFunctionName(name: string): name is FnName {
  return FUNCTIONS.has(name as FnName)
}

/** "log takes 1 or 2 arguments" / "atan2 takes 2 arguments" / "sin takes 1 argument". */
export function arityText(spec: FnSpec): string {
  const n = spec.minArgs === spec.maxArgs ? `${spec.minArgs}` : `${spec.minArgs} or ${spec.maxArgs}`
  return `${spec.name} takes ${n} argument${spec.maxArgs === 1 ? '' : 's'}`
}

/** Greek letters accepted as variable names (`pi` is the constant, not a variable). */
export const GREEK_NAMES = [
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu',
  'nu', 'xi', 'omicron', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega',
] as const
