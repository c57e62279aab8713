// toGlsl() on a real GPU (ANGLE on SwiftShader in headless Chromium): every whitelisted function, the NaN cases,
// and random ASTs, compared with compile() (float64) at the same float32 inputs.
//
// Tolerance, and why: the GPU computes in float32 (unit roundoff 6e-8), and its built-in exp/log/sin/pow carry errors
// of a few ulps that grow with the argument (exp(x) = exp2(x·log2 e) loses |x|·6e-8 relatively). A well-conditioned
// function of moderate size therefore agrees to about 1e-5 relatively; we allow REL = 1e-4, plus ABS = 2e-6 for values
// near a zero crossing (sin near π), where float32 can only be absolutely, not relatively, accurate.
// Random ASTs can be ill-conditioned (cancellation, huge intermediates), so there the test skips points whose float64
// value moves by more than the tolerance when the inputs move by 1e-5 relatively, i.e. points no float32 program could
// get right, and allows REL = 1e-3 for the rest (errors compound through several nodes).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import chunk from '../../shaders/expr-functions.glsl?raw'
import { compile } from '../../src/math/expr/compile.ts'
import { glslUniforms, toGlsl, uniformName } from '../../src/math/expr/toGlsl.ts'
import { add, call, div, mul, num, pow, sub, variable, type Expr } from '../../src/math/expr/ast.ts'
import { FUNCTIONS, type FnName } from '../../src/math/expr/functions.ts'
import { exprArb } from '../unit/math/expr/arbitraryExpr.ts'
import { sampleOnGpu } from './gpuSampler.ts'

const x = variable('x')
const y = variable('y')
const A = Math.fround(0.75) // the parameter a, as the uniform holds it
const FLOAT32_MAX = 3.4028234663852886e38

interface Case { readonly label: string; readonly expr: Expr; readonly points: Array<[number, number]> }

const linspace = (lo: number, hi: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => Math.fround(lo + ((hi - lo) * i) / (n - 1)))
const along = (xs: number[], yv = 0.5): Array<[number, number]> => xs.map((v) => [v, Math.fround(yv)])

/** Where each function is sampled: its interesting range, with the domain edges and beyond (NaN there). */
const RANGES: Partial<Record<FnName, number[]>> = {
  asin: linspace(-1.25, 1.25, 41), acos: linspace(-1.25, 1.25, 41),
  asec: linspace(-3, 3, 40), acsc: linspace(-3, 3, 40),
  sinh: [...linspace(-12, 12, 25), -95, -88, 60, 88, 95], cosh: [...linspace(-12, 12, 25), -95, 88, 95],
  tanh: [...linspace(-4, 4, 33), -1e4, -100, -50, 50, 100, 1e4, 1e-4, -3e-3],
  sech: [...linspace(-12, 12, 25), 100], csch: linspace(-6, 6, 24), coth: [...linspace(-6, 6, 24), 100, -100],
  asinh: [...linspace(-50, 50, 21), 1e-4, -0.02, 0.2, 1e20, -1e25], acosh: [...linspace(0, 30, 31), 1.0001, 1e20],
  atanh: [...linspace(-1.2, 1.2, 25), 1e-4, -0.999], asech: linspace(-0.5, 1.5, 33), acsch: linspace(-5, 5, 20),
  acoth: linspace(-4, 4, 32),
  exp: linspace(-30, 30, 31), log: [...linspace(-2, 20, 23), 1e-20, 1e30], ln: linspace(-2, 20, 23),
  log10: [...linspace(-2, 20, 23), 1000], log2: [...linspace(-2, 20, 23), 1024], sqrt: linspace(-4, 16, 21),
  cbrt: [...linspace(-27, 27, 19), 1e-30, -1e30],
  sigmoid: [...linspace(-20, 20, 41), -200, 200], softplus: [...linspace(-20, 20, 41), -80, -30, 200],
  relu: linspace(-3, 3, 13), step: linspace(-3, 3, 13), sign: linspace(-3, 3, 13), abs: linspace(-3, 3, 13),
  erf: [...linspace(-5, 5, 41), 1e-3, -0.02, 0.049, 0.051, 30], gelu: [...linspace(-6, 6, 49), 1e-3, 40],
  silu: [...linspace(-20, 20, 41), -100, 100], leaky_relu: linspace(-3, 3, 13), elu: [...linspace(-6, 6, 25), -1e-4, -50],
}

function functionCases(): Case[] {
  const cases: Case[] = []
  for (const [fn, spec] of FUNCTIONS) {
    if (spec.minArgs === 1) {
      // NaN in must be NaN out: GPU built-ins do not all propagate it (exp(NaN) = Inf on SwiftShader).
      cases.push({ label: `${fn}(x)`, expr: call(fn, x), points: along([...(RANGES[fn] ?? linspace(-3.2, 3.2, 33)), NaN].map(Math.fround)) })
    }
  }
  const grid: Array<[number, number]> = [
    ...linspace(-3, 3, 7).flatMap((a) => linspace(-3, 3, 7).map((b): [number, number] => [a, b])),
    [NaN, 1], [1, NaN], [NaN, NaN],
  ]
  cases.push(
    { label: 'atan2(y, x)', expr: call('atan2', y, x), points: [...grid, [0, 0]] },
    { label: 'log(x, y)', expr: call('log', x, y), points: grid },
    { label: 'min(x, y)', expr: call('min', x, y), points: grid },
    { label: 'max(x, y)', expr: call('max', x, y), points: grid },
    { label: 'leaky_relu(x, y)', expr: call('leaky_relu', x, y), points: grid },
    { label: 'elu(x, y)', expr: call('elu', x, y), points: grid },
    { label: 'mask(x, y)', expr: call('mask', x, y), points: [...grid, [0, 5], [0, 0]] },
    { label: 'mask(x, 1/y): 0 wins over Inf', expr: call('mask', x, div(num(1), y)), points: [[0, 0], [2, 0], [0, 1], [NaN, 0]] },
    { label: 'defined(x, y)', expr: call('defined', x, y), points: grid },
    { label: 'defined(log(x), y)', expr: call('defined', call('log', x), y), points: [[-1, 2], [0, 2], [1, 2]] },
    { label: 'pow(x, y)', expr: call('pow', x, y), points: [...grid, [0, 0], [-8, Math.fround(1 / 3)], [-2, 3], [0, -1], [-2, 0.5]] },
    { label: 'x^y', expr: pow(x, y), points: [...grid, [2, 10], [-2, -3], [10, 30], [1.5, -4]] },
    { label: 'x^2, x^3, x^4, x^-1, x^-2', expr: add(add(pow(x, num(2)), pow(x, num(3))), add(pow(x, num(4)), div(pow(x, num(-1)), pow(x, num(-2))))), points: along(linspace(-3, 3, 20)) },
    { label: 'x^5 (cw_pow, integer exponent)', expr: pow(x, num(5)), points: along(linspace(-3, 3, 13)) },
    { label: 'x^(1/3)', expr: pow(x, div(num(1), num(3))), points: along(linspace(-8, 8, 17)) },
    { label: 'a*x - y/x', expr: sub(mul(variable('a'), x), div(y, x)), points: grid },
  )
  return cases
}

/** The NaN table of the brief, and friends: each with the expected float64 value written out. */
const NAN_TABLE: Array<[string, Expr, [number, number], number]> = [
  ['log(-1)', call('log', x), [-1, 0], NaN],
  ['sqrt(-1)', call('sqrt', x), [-1, 0], NaN],
  ['(-8)^(1/3)', pow(x, y), [-8, Math.fround(1 / 3)], NaN],
  ['(-2)^3 via cw_pow', pow(x, y), [-2, 3], -8],
  ['(-2)^3 via products', pow(x, num(3)), [-2, 0], -8],
  ['0^0', pow(x, y), [0, 0], 1],
  ['asin(2)', call('asin', x), [2, 0], NaN],
  ['acosh(0.5)', call('acosh', x), [0.5, 0], NaN],
  ['atanh(1.5)', call('atanh', x), [1.5, 0], NaN],
  ['0/0', div(x, y), [0, 0], NaN],
  ['relu(log(-1))', call('relu', call('log', x)), [-1, 0], NaN],
  ['min(log(-1), 1)', call('min', call('log', x), num(1)), [-1, 0], NaN],
  ['max(1, sqrt(-1))', call('max', num(1), call('sqrt', x)), [-1, 0], NaN],
  ['sign(log(-1))', call('sign', call('log', x)), [-1, 0], NaN],
  ['step(log(-1))', call('step', call('log', x)), [-1, 0], NaN],
  ['tanh(1e4) = 1 (no Inf/Inf)', call('tanh', x), [1e4, 0], 1],
  ['log(0) = -Inf', call('log', x), [0, 0], -Infinity],
]

function tolerance(want: number, rel: number, abs: number): number {
  return rel * Math.abs(want) + abs
}

/** Whether a float32 result g stands for the float64 value f. */
function agrees(g: number, f: number, rel: number, abs: number): boolean {
  if (Number.isNaN(f)) return Number.isNaN(g)
  if (Math.abs(f) > FLOAT32_MAX) return !Number.isFinite(g) && Math.sign(g) === Math.sign(f) // float32 overflows too
  if (!Number.isFinite(g)) return false
  return Math.abs(g - f) <= tolerance(f, rel, abs)
}

function emitAll(exprs: readonly Expr[]): { names: string[]; sources: string[]; prelude: string } {
  const names = exprs.map((_, i) => `f${i}`)
  const emitted = exprs.map((e, i) => toGlsl(e, names[i]))
  return { names, sources: emitted.map((g) => g.source), prelude: chunk + glslUniforms(emitted.flatMap((g) => g.parameters)) }
}

describe('GLSL on the GPU agrees with compile()', () => {
  it('every whitelisted function over its range, including where it is undefined', () => {
    const cases = functionCases()
    const { names, sources, prelude } = emitAll(cases.map((c) => c.expr))
    const gpu = sampleOnGpu(prelude, sources, names, cases.map((c) => c.points), { [uniformName('a')]: A })
    const failures: string[] = []
    let worst = 0
    cases.forEach((c, r) => {
      const f = compile(c.expr)
      c.points.forEach(([px, py], k) => {
        const want = f({ x: px, y: py, a: A })
        const got = gpu.values[r]![k]!
        if (!agrees(got, want, 1e-4, 2e-6)) failures.push(`${c.label} at (${px}, ${py}): gpu ${got}, float64 ${want}`)
        else if (Number.isFinite(want) && Math.abs(want) <= FLOAT32_MAX) worst = Math.max(worst, Math.abs(got - want) / tolerance(want, 1e-4, 2e-6))
        const undefinedWant = !Number.isFinite(got)
        if (gpu.undefinedFlags[r]![k] !== undefinedWant) failures.push(`${c.label} at (${px}, ${py}): cw_isUndefined wrong for ${got}`)
        if (gpu.nanFlags[r]![k] !== Number.isNaN(got)) failures.push(`${c.label} at (${px}, ${py}): cw_isnan wrong for ${got}`)
      })
    })
    console.log(`functions: ${cases.length} rows, worst error ${(worst * 100).toFixed(1)}% of the tolerance`)
    expect(failures).toEqual([])
  })

  it('the NaN table: undefined points are NaN, integer powers of negatives are not', () => {
    const { names, sources, prelude } = emitAll(NAN_TABLE.map(([, e]) => e))
    const gpu = sampleOnGpu(prelude, sources, names, NAN_TABLE.map(([, , p]) => [p]))
    NAN_TABLE.forEach(([label, expr, [px, py], want], r) => {
      expect(compile(expr)({ x: px, y: py }), `compile ${label}`).toBe(want)
      expect(gpu.values[r]![0], `gpu ${label}`).toBe(want)
      expect(gpu.undefinedFlags[r]![0], `cw_isUndefined ${label}`).toBe(!Number.isFinite(want))
    })
  })

  it('random ASTs (seeded), all compiled into one shader program', () => {
    const exprs = fc.sample(exprArb(['x', 'y', 'a'], undefined, 4), { seed: 42, numRuns: 60 })
    const pts = linspace(-2.7, 2.9, 6).flatMap((a) => linspace(-2.3, 3.1, 6).map((b): [number, number] => [a, b]))
    const { names, sources, prelude } = emitAll(exprs)
    const gpu = sampleOnGpu(prelude, sources, names, exprs.map(() => pts), { [uniformName('a')]: A })
    const failures: string[] = []
    let compared = 0
    let skipped = 0
    exprs.forEach((e, r) => {
      const f = compile(e)
      pts.forEach(([px, py], k) => {
        const want = f({ x: px, y: py, a: A })
        if (illConditioned(f, px, py, want)) { skipped++; return }
        compared++
        const got = gpu.values[r]![k]!
        if (!agrees(got, want, 1e-3, 1e-5)) failures.push(`${toGlsl(e).source}\n at (${px}, ${py}): gpu ${got}, float64 ${want}`)
      })
    })
    console.log(`random ASTs: ${compared} points compared, ${skipped} ill-conditioned points skipped`)
    expect(compared).toBeGreaterThan(0.6 * exprs.length * pts.length)
    expect(failures).toEqual([])
  })
})

/** Does the float64 value move (or change between defined and undefined) when the inputs move by 1e-5 relatively? */
function illConditioned(f: ReturnType<typeof compile>, px: number, py: number, want: number): boolean {
  for (const [dx, dy, da] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]] as const) {
    const moved = f({ x: px * (1 + 1e-5 * dx), y: py * (1 + 1e-5 * dy), a: A * (1 + 1e-5 * da) })
    if (Number.isNaN(moved) !== Number.isNaN(want)) return true
    if (Number.isFinite(want) && Math.abs(moved - want) > tolerance(want, 1e-4, 1e-6)) return true
    if (!Number.isFinite(want) || Math.abs(want) > 1e30) return !Object.is(moved, want) && Number.isFinite(moved)
  }
  return false
}
