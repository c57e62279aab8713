// The GLSL emitter: an AST becomes `float <name>(vec2 p)` in GLSL ES 3.00, with the same meaning as compile()
// (up to float32 rounding), undefined points included: they come out NaN (or ±Inf at a pole), never garbage.
//
// How to assemble a shader (the renderer does this; src/math must not import the .glsl file):
//   precision highp float;  +  shaders/expr-functions.glsl (the cw_ helpers; MUST come first)
//   +  glslUniforms(parameters)  +  toGlsl(...).source for each function (f, its gradient, Hessian …)
// In the shader, `cw_isUndefined(v)` (GLSL_IS_UNDEFINED) is true for NaN and ±Inf: discard such fragments.
//
// Shape of the output: one local per operator node, in evaluation order (SSA), with equal subtrees computed once.
// So the source is linear in the AST size (derivatives repeat subtrees a lot), and every helper argument is a plain
// name or literal. Subtrees without names are folded in float64 with compile() and emitted as one literal.
import type { Expr } from './ast.ts'
import { compile } from './compile.ts'
import type { FnName } from './functions.ts'
import { isSmallPower, sharedSubtrees, smallPower } from './emitterKit.ts'
import { namedSubtrees } from './namedSubtrees.ts'

export interface GlslFunction {
  /** GLSL ES 3.00 source of `float <name>(vec2 p)`; p.x and p.y are the coordinates. Needs shaders/expr-functions.glsl before it. */
  readonly source: string
  /** Free names other than the coordinates, in sorted order. Each is read from `uniform float u_<name>;`. */
  readonly parameters: readonly string[]
}

/** Name of the chunk's `bool cw_isUndefined(float)`: true for NaN and ±Inf (robust on ANGLE/SwiftShader: tests bits). */
export const GLSL_IS_UNDEFINED = 'cw_isUndefined'
/** Name of the chunk's `float cw_nan()`: a quiet NaN built from its bits (GLSL ES has no NaN literal). */
export const GLSL_NAN = 'cw_nan'

/**
 * The GLSL helper of every function (defined in shaders/expr-functions.glsl), complete by type: a function added to
 * the whitelist without a helper does not compile. The browser GLSL test checks each against compile().
 */
export const GLSL_HELPERS: Readonly<Record<FnName, string>> = {
  sin: 'cw_sin', cos: 'cw_cos', tan: 'cw_tan', sec: 'cw_sec', csc: 'cw_csc', cot: 'cw_cot',
  asin: 'cw_asin', acos: 'cw_acos', atan: 'cw_atan', asec: 'cw_asec', acsc: 'cw_acsc', acot: 'cw_acot', atan2: 'cw_atan2',
  sinh: 'cw_sinh', cosh: 'cw_cosh', tanh: 'cw_tanh', sech: 'cw_sech', csch: 'cw_csch', coth: 'cw_coth',
  asinh: 'cw_asinh', acosh: 'cw_acosh', atanh: 'cw_atanh', asech: 'cw_asech', acsch: 'cw_acsch', acoth: 'cw_acoth',
  exp: 'cw_exp', log: 'cw_log', ln: 'cw_log', log10: 'cw_log10', log2: 'cw_log2', sqrt: 'cw_sqrt', cbrt: 'cw_cbrt',
  abs: 'cw_abs', pow: 'cw_pow', min: 'cw_min', max: 'cw_max',
  sigmoid: 'cw_sigmoid', relu: 'cw_relu', softplus: 'cw_softplus',
  erf: 'cw_erf', gelu: 'cw_gelu', silu: 'cw_silu', leaky_relu: 'cw_leaky_relu', elu: 'cw_elu',
  sign: 'cw_sign', step: 'cw_step', mask: 'cw_mask', defined: 'cw_defined',
}

/** The uniform name of a parameter. */
export const uniformName = (parameter: string): string => 'u_' + parameter

/** Uniform declarations for parameters: "uniform float u_a;\n..." (deduplicated, sorted). */
export function glslUniforms(parameters: readonly string[]): string {
  return [...new Set(parameters)].sort().map((p) => `uniform float ${uniformName(p)};\n`).join('')
}

/** Emits `float <name>(vec2 p)` for expr, with coords[0] = p.x and coords[1] = p.y. */
export function toGlsl(expr: Expr, name = 'f', coords: readonly [string, string] = ['x', 'y']): GlslFunction {
  const parameters = new Set<string>()
  const lines: string[] = []
  const localOf = new Map<string, string>() // right-hand side → the local that holds it (common subexpressions)
  const hasNames = namedSubtrees(expr)

  const bind = (rhs: string): string => {
    let local = localOf.get(rhs)
    if (local === undefined) {
      local = `t${localOf.size}`
      localOf.set(rhs, local)
      lines.push(`  float ${local} = ${rhs};`)
    }
    return local
  }

  // A node object shared within the tree (a DAG, as derivatives build) is emitted once, not once per path to it.
  /** Returns a GLSL operand (a local, a literal, p.x/p.y or a uniform) holding the value of e. */
  const emit = sharedSubtrees<string>((e, emit) => {
    if (!hasNames.has(e)) return glslFloat(compile(e)({}))
    switch (e.kind) {
      case 'var':
        if (e.name === coords[0]) return 'p.x'
        if (e.name === coords[1]) return 'p.y'
        parameters.add(e.name)
        return uniformName(e.name)
      case 'neg':
        return bind(`-${emit(e.arg)}`)
      case 'binary': {
        const l = emit(e.left)
        if (e.op === '^') return emitPower(l, e.right)
        return bind(`${l} ${e.op} ${emit(e.right)}`)
      }
      case 'call': {
        const helper = GLSL_HELPERS[e.fn]
        if (helper === undefined) throw new Error(`toGlsl: '${e.fn}' is not a whitelisted function`)
        return bind(`${helper}(${e.args.map(emit).join(', ')})`)
      }
      default:
        throw new Error(`toGlsl: unexpected ${e.kind} with names`) // num/const never have names
    }
  })

  /** Mirrors compile(): a constant exponent in {-2, …, 4} is emitterKit's smallPower, anything else goes through cw_pow. */
  const powerOps = { one: () => '1.0', mul: (a: string, b: string) => bind(`${a} * ${b}`), reciprocal: (a: string) => bind(`1.0 / ${a}`) }
  const emitPower = (base: string, exponent: Expr): string => {
    const n = hasNames.has(exponent) ? undefined : compile(exponent)({})
    if (isSmallPower(n)) return smallPower(base, n, powerOps)
    return bind(`cw_pow(${base}, ${n === undefined ? emit(exponent) : glslFloat(n)})`)
  }

  const result = emit(expr)
  const source = `float ${name}(vec2 p) {\n${lines.join('\n')}${lines.length ? '\n' : ''}  return ${result};\n}\n`
  return { source, parameters: [...parameters].sort() }
}

const FLOAT32_MAX = 3.4028234663852886e38
const FLOAT32_MIN_NORMAL = 1.1754943508222875e-38

/**
 * A float64 as a valid GLSL float literal: always with a decimal point (1.0, 1.0e-7), negatives in parentheses.
 * NaN and values beyond float32's range become the chunk's cw_nan()/cw_inf(); values below float32's normal range
 * become 0.0 (GPUs flush denormals anyway).
 */
export function glslFloat(v: number): string {
  if (Number.isNaN(v)) return 'cw_nan()'
  const m = Math.abs(v)
  let body: string
  if (m > FLOAT32_MAX) body = 'cw_inf()'
  else if (m < FLOAT32_MIN_NORMAL) body = '0.0'
  else {
    const [mantissa, exponent] = String(m).split('e') as [string, string | undefined]
    const withPoint = mantissa.includes('.') ? mantissa : `${mantissa}.0`
    body = exponent === undefined ? withPoint : `${withPoint}e${exponent.replace('+', '')}`
  }
  return v < 0 || Object.is(v, -0) ? `(-${body})` : body
}
