// Function calls: one rule per function, complete by type (CALL_RULES is a Record over every FnName, so a function
// added to the whitelist without a derivative does not compile). One-argument functions come from the family
// tables as f'(u) and get the chain rule here; functions of two arguments have their own rules.
//
// Two soundness rules live in the chain rule:
// - A derivative formula wider than its function's domain (ln′ = 1/u) is wrapped as defined(f(u), f'(u)), so the
//   derivative is undefined wherever f is (the UnaryDerivative is `guarded`).
// - When u' can vanish on a whole interval (it contains step or sign: u is relu, min, max … of something), the
//   product f'(u) · u' is written mask(u', f'(u)): 0 where u' = 0, even if f'(u) is infinite there
//   (sqrt(relu(x)) is 0 for x < 0, and so is its derivative, not 0 · ∞).
import { num, mul, call, type CallNode, type Expr } from '../ast.ts'
import type { FnName } from '../functions.ts'
import { metaOf } from '../intern.ts'
import type { RuleApplication, RuleContext, UnaryDerivative } from './ruleTypes.ts'
import { TRIG_DERIVATIVES } from './trig.ts'
import { INVERSE_TRIG_DERIVATIVES, atan2Rule } from './inverseTrig.ts'
import { HYPERBOLIC_DERIVATIVES } from './hyperbolic.ts'
import { INVERSE_HYPERBOLIC_DERIVATIVES } from './inverseHyperbolic.ts'
import { EXP_LOG_DERIVATIVES, logWithBaseRule } from './expLog.ts'
import { ROOT_DERIVATIVES } from './roots.ts'
import { ACTIVATION_DERIVATIVES } from './activations.ts'
import { PIECEWISE_DERIVATIVES, minMaxRule, leakyReluRule, eluRule, maskRule, definedRule } from './piecewise.ts'
import { powerRule } from './power.ts'
import { provablyPositive } from './range.ts'

type CallRule = (args: readonly Expr[], ctx: RuleContext) => RuleApplication

// Functions whose value can be 0 on a whole interval: step, sign, mask, and relu, min, max (relu(u) = 0 for u < 0).
const FLAT_PIECES: ReadonlySet<string> = new Set(['step', 'sign', 'mask', 'relu', 'min', 'max'])

/** Whether e contains one of FLAT_PIECES: a factor that may be 0 on a whole interval. Memoised per node. */
export function mayVanishOnInterval(e: Expr): boolean {
  const meta = metaOf(e) as { flat?: boolean }
  if (meta.flat !== undefined) return meta.flat
  let flat = false
  if (e.kind === 'call') flat = FLAT_PIECES.has(e.fn) || e.args.some(mayVanishOnInterval)
  else if (e.kind === 'neg') flat = mayVanishOnInterval(e.arg)
  else if (e.kind === 'binary') flat = mayVanishOnInterval(e.left) || mayVanishOnInterval(e.right)
  meta.flat = flat
  return flat
}

/** Functions that are defined (not NaN) for every real argument, ±∞ aside. */
const TOTAL: ReadonlySet<string> = new Set([
  'sin', 'cos', 'atan', 'acot', 'sinh', 'cosh', 'tanh', 'asinh', 'exp', 'cbrt', 'abs', 'min', 'max', 'atan2',
  'sigmoid', 'relu', 'softplus', 'erf', 'gelu', 'silu', 'leaky_relu', 'elu', 'sign', 'step',
])

/**
 * Whether e may be NaN for some finite values of its names: it divides, takes a non-integer power, or calls a function
 * with a restricted domain (sqrt, log, asin …). Conservative (sin(x/x) counts). Memoised per node.
 */
export function mayBeUndefined(e: Expr): boolean {
  const meta = metaOf(e) as { partial?: boolean }
  if (meta.partial !== undefined) return meta.partial
  let partial = false
  if (e.kind === 'call') partial = !TOTAL.has(e.fn) || e.args.some(mayBeUndefined)
  else if (e.kind === 'neg') partial = mayBeUndefined(e.arg)
  else if (e.kind === 'binary') {
    const smallPower = e.op === '^' && e.right.kind === 'num' && Number.isInteger(e.right.value) && e.right.value >= 0
    partial = e.op === '/' || (e.op === '^' && !smallPower) || mayBeUndefined(e.left) || mayBeUndefined(e.right)
  }
  meta.partial = partial
  return partial
}

/** f'(u) · u', with the domain guard and the strong zero described above. */
export function chainProduct(outer: Expr, du: Expr): Expr {
  return mayVanishOnInterval(du) ? call('mask', du, outer) : mul(outer, du)
}

const LOGARITHMS: ReadonlySet<string> = new Set(['log', 'ln', 'log10', 'log2'])

function chain(fn: FnName, entry: UnaryDerivative): CallRule {
  return (args, ctx) => {
    const u = args[0]!
    // sign and step are flat away from their jump: no need to differentiate the inside, but where the inside is
    // undefined so is the derivative.
    if (fn === 'sign' || fn === 'step') {
      return { rule: entry.rule, derivative: mayBeUndefined(u) ? call('defined', u, num(0)) : num(0), ruleLatex: entry.ruleLatex }
    }
    // d/dx f(x) is the rule itself; d/dx f(u) for any other u is the chain rule f'(u) · u'.
    const innerIsVariable = u.kind === 'var' && u.name === ctx.variable
    const du = innerIsVariable ? num(1) : ctx.derive(u)
    // The guard wraps the whole product, so that f'(u) · u' still simplifies inside it (σ(1 − σ)/σ → 1 − σ); it is
    // left out where u provably lies in the domain (ln σ(z)).
    const product = chainProduct(entry.outer(u), du)
    const guard = entry.guarded && !(LOGARITHMS.has(fn) && provablyPositive(u))
    return { rule: innerIsVariable ? entry.rule : 'chain', derivative: guard ? call('defined', call(fn, u), product) : product, ruleLatex: entry.ruleLatex }
  }
}

const UNARY = {
  ...TRIG_DERIVATIVES, ...INVERSE_TRIG_DERIVATIVES, ...HYPERBOLIC_DERIVATIVES, ...INVERSE_HYPERBOLIC_DERIVATIVES,
  ...EXP_LOG_DERIVATIVES, ...ROOT_DERIVATIVES, ...ACTIVATION_DERIVATIVES, ...PIECEWISE_DERIVATIVES,
}

/** f'(u) for every one-argument function, as a table (used by tests and the derivation legend). */
export const UNARY_DERIVATIVES: Readonly<Record<keyof typeof UNARY, UnaryDerivative>> = UNARY

const chained = Object.fromEntries(
  Object.entries(UNARY).map(([fn, entry]) => [fn, chain(fn as FnName, entry as UnaryDerivative)]),
) as Record<keyof typeof UNARY, CallRule>

/** The derivative rule of every function, complete by type. */
export const CALL_RULES: Readonly<Record<FnName, CallRule>> = {
  ...chained,
  log: (args, ctx) => (args.length === 2 ? logWithBaseRule(args[0]!, args[1]!, ctx) : chained.log(args, ctx)),
  atan2: (args, ctx) => atan2Rule(args[0]!, args[1]!, ctx),
  pow: (args, ctx) => powerRule(args[0]!, args[1]!, ctx),
  min: (args, ctx) => minMaxRule('min', args[0]!, args[1]!, ctx),
  max: (args, ctx) => minMaxRule('max', args[0]!, args[1]!, ctx),
  leaky_relu: leakyReluRule,
  elu: eluRule,
  mask: maskRule,
  defined: definedRule,
}

export function callRule(node: CallNode, ctx: RuleContext): RuleApplication {
  return CALL_RULES[node.fn](node.args, ctx)
}
