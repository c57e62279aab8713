// The whitelist of functions: the one table that the parser, printers, closure compiler, GLSL and tfjs emitters share.
// `evaluate` is the float64 reference semantics (Math, or specialFunctions.ts). GLSL (shaders/expr-functions.glsl) and tfjs (src/tensor/toTf.ts)
// must reproduce it, including where it is NaN: outside a function's real domain every emitter returns NaN.
import { defined, elu, erf, gelu, leakyRelu, mask } from './specialFunctions.ts'

export const FUNCTION_NAMES = [
  'sin', 'cos', 'tan', 'sec', 'csc', 'cot',
  'asin', 'acos', 'atan', 'asec', 'acsc', 'acot', 'atan2',
  'sinh', 'cosh', 'tanh', 'sech', 'csch', 'coth',
  'asinh', 'acosh', 'atanh', 'asech', 'acsch', 'acoth',
  'exp', 'log', 'ln', 'log10', 'log2', 'sqrt', 'cbrt', 'abs', 'pow', 'min', 'max',
  'sigmoid', 'relu', 'softplus',
  'erf', 'gelu', 'silu', 'leaky_relu', 'elu',
  // Not in the user-facing list of DESIGN.md, but produced by differentiation (|x|' = sign(x), relu' = step(x), the
  // strong zero of the chain rule through a flat piece, and domain guards: see specialFunctions.ts) and therefore
  // parseable so that toText(derivative) reads back.
  'sign', 'step', 'mask', 'defined',
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

type Arity = Omit<FnSpec, 'name'>
const one = (evaluate: (x: number) => number): Arity => ({ minArgs: 1, maxArgs: 1, evaluate })
const two = (evaluate: (a: number, b: number) => number): Arity => ({ minArgs: 2, maxArgs: 2, evaluate: evaluate as (...a: number[]) => number })
/** A function of one argument with an optional second (a base, a slope) whose default the evaluator supplies. */
const oneOrTwo = (evaluate: (a: number, b?: number) => number): Arity => ({ minArgs: 1, maxArgs: 2, evaluate: evaluate as (...a: number[]) => number })

/** Every function's float64 semantics and arity, complete by type: a name added to FUNCTION_NAMES without a row here does not compile. */
const SPECS: Record<FnName, Arity> = {
  sin: one(Math.sin), cos: one(Math.cos), tan: one(Math.tan),
  sec: one((x) => 1 / Math.cos(x)), csc: one((x) => 1 / Math.sin(x)), cot: one((x) => 1 / Math.tan(x)),
  asin: one(Math.asin), acos: one(Math.acos), atan: one(Math.atan),
  asec: one((x) => Math.acos(1 / x)), acsc: one((x) => Math.asin(1 / x)),
  // acot with range (0, π): continuous at 0, and d/dx acot(x) = −1/(1+x²) everywhere.
  acot: one((x) => Math.PI / 2 - Math.atan(x)),
  atan2: two(Math.atan2),
  sinh: one(Math.sinh), cosh: one(Math.cosh), tanh: one(Math.tanh),
  sech: one((x) => 1 / Math.cosh(x)), csch: one((x) => 1 / Math.sinh(x)), coth: one((x) => 1 / Math.tanh(x)),
  asinh: one(Math.asinh), acosh: one(Math.acosh), atanh: one(Math.atanh),
  asech: one((x) => Math.acosh(1 / x)), acsch: one((x) => Math.asinh(1 / x)), acoth: one((x) => Math.atanh(1 / x)),
  exp: one(Math.exp),
  // log(x) is natural; log(x, b) is base b: ln x / ln b.
  log: oneOrTwo((x, b) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b))),
  ln: one(Math.log), log10: one(Math.log10), log2: one(Math.log2),
  sqrt: one(Math.sqrt), cbrt: one(Math.cbrt), abs: one(Math.abs),
  // pow and ^ share JavaScript's Math.pow: (−8)^3 = −512, (−8)^(1/3) = NaN, 0^0 = 1.
  pow: two(Math.pow),
  min: two(Math.min), max: two(Math.max),
  sigmoid: one(sigmoid), relu: one((x) => (x > 0 ? x : x <= 0 ? 0 : NaN)), softplus: one(softplus),
  erf: one(erf), gelu: one(gelu), silu: one((x) => x * sigmoid(x)),
  // leaky_relu(x) has PyTorch's slope 0.01; elu(x) has α = 1.
  leaky_relu: oneOrTwo(leakyRelu), elu: oneOrTwo(elu),
  sign: one(Math.sign), step: one(step), mask: two(mask), defined: two(defined),
}

export const FUNCTIONS: ReadonlyMap<FnName, FnSpec> = new Map(
  FUNCTION_NAMES.map((name) => [name, Object.freeze({ name, ...SPECS[name] })]),
)

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
