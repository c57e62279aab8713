// toTf(): TF.js ops vs compile() (float64), on the cpu and the wasm backend, with the same table on both.
//
// Tolerance, and why: inputs are float32 numbers, so compile() sees exactly what TF.js sees. Each TF.js op rounds its
// result to float32 (unit roundoff 6e-8); cpu kernels compute in float64 Math.* and round, wasm kernels use float32
// C math good to a few ulps. A single function plus a reciprocal or a log quotient stays within ~1e-6 relatively, so
// the table allows REL = 1e-5 (ABS = 1e-7 near zero crossings). Random ASTs compound errors through several ops and
// can be ill-conditioned: points whose float64 value moves by more than the tolerance when the inputs move by 1e-5
// relatively are skipped (no float32 program gets them right), and REL = 1e-3 holds for the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import * as tf from '@tensorflow/tfjs'
import { toTf } from '../../../src/tensor/toTf.ts'
import { useBackend } from '../../../src/tensor/backend.ts'
import { compile } from '../../../src/math/expr/compile.ts'
import { add, call, div, mul, num, pow, sub, variable, type Expr } from '../../../src/math/expr/ast.ts'
import { FUNCTIONS, type FnName } from '../../../src/math/expr/functions.ts'
import { exprArb } from '../math/expr/arbitraryExpr.ts'

const x = variable('x')
const y = variable('y')
const a = variable('a')
const A = Math.fround(0.75)
const FLOAT32_MAX = 3.4028234663852886e38

const linspace = (lo: number, hi: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => Math.fround(lo + ((hi - lo) * i) / (n - 1)))

const RANGES: Partial<Record<FnName, number[]>> = {
  asin: linspace(-1.25, 1.25, 41), acos: linspace(-1.25, 1.25, 41), asec: linspace(-3, 3, 40), acsc: linspace(-3, 3, 40),
  sinh: [...linspace(-12, 12, 25), -95, 60, 95], cosh: [...linspace(-12, 12, 25), -95, 95],
  tanh: [...linspace(-4, 4, 33), -1e4, -100, 100, 1e4, 1e-4], coth: [...linspace(-6, 6, 24), 100, -100],
  asinh: [...linspace(-50, 50, 21), 1e-4, -0.02], acosh: [...linspace(0, 30, 31), 1.0001], atanh: [...linspace(-1.2, 1.2, 25), 1e-4],
  asech: linspace(-0.5, 1.5, 33), acsch: linspace(-5, 5, 20), acoth: linspace(-4, 4, 32),
  exp: linspace(-30, 30, 31), log: [...linspace(-2, 20, 23), 1e-20], ln: linspace(-2, 20, 23), log10: linspace(-2, 20, 23),
  log2: linspace(-2, 20, 23), sqrt: linspace(-4, 16, 21), cbrt: linspace(-27, 27, 19),
  sigmoid: [...linspace(-20, 20, 41), -200, 200], softplus: [...linspace(-20, 20, 41), -80, 200],
}

/** Whether a float32 result g stands for the float64 value f. */
function agrees(g: number, f: number, rel: number, abs: number): boolean {
  if (Number.isNaN(f)) return Number.isNaN(g)
  if (Math.abs(f) > FLOAT32_MAX) return g === Math.sign(f) * Infinity // float32 overflows too
  return Number.isFinite(g) && Math.abs(g - f) <= rel * Math.abs(f) + abs
}

/** Evaluates expr on flat arrays of x and y (float32), returning the float32 results. */
function evaluate(expr: Expr, xs: number[], ys: number[]): Float32Array {
  return tf.tidy(() => toTf(expr, { x: tf.tensor1d(xs), y: tf.tensor1d(ys), a: A }).broadcastTo([xs.length]).dataSync() as Float32Array)
}

function compareTable(expr: Expr, pts: Array<[number, number]>, rel: number, abs: number): string[] {
  const got = evaluate(expr, pts.map((p) => p[0]), pts.map((p) => p[1]))
  const f = compile(expr)
  return pts.flatMap(([px, py], k) => {
    const want = f({ x: px, y: py, a: A })
    return agrees(got[k]!, want, rel, abs) ? [] : [`at (${px}, ${py}): tf ${got[k]}, float64 ${want}`]
  })
}

describe.each(['cpu', 'wasm'] as const)('toTf on the %s backend', (backend) => {
  beforeAll(async () => {
    tf.env().set('IS_TEST', true)
    expect(await useBackend(backend)).toBe(backend)
  })

  it('every whitelisted function over its range, NaN in → NaN out', () => {
    const failures: string[] = []
    for (const [fn, spec] of FUNCTIONS) {
      if (spec.minArgs !== 1) continue
      const xs = [...(RANGES[fn] ?? linspace(-3.2, 3.2, 33)), NaN].map(Math.fround) // inputs as float32 holds them
      // tf.erf is Abramowitz & Stegun 7.1.26 (absolute error 1.5e-7), so erf and gelu get an absolute allowance.
      const abs = fn === 'erf' || fn === 'gelu' ? 1e-6 : 1e-7
      failures.push(...compareTable(call(fn, x), xs.map((v) => [v, 0.5]), 1e-5, abs).map((m) => `${fn}(x) ${m}`))
    }
    const grid: Array<[number, number]> = [
      ...linspace(-3, 3, 7).flatMap((u) => linspace(-3, 3, 7).map((v): [number, number] => [u, v])),
      [NaN, 1], [1, NaN],
    ]
    const binaries: Array<[string, Expr]> = [
      ['atan2(y, x)', call('atan2', y, x)], ['log(x, y)', call('log', x, y)], ['min', call('min', x, y)],
      ['max', call('max', x, y)], ['leaky_relu(x, y)', call('leaky_relu', x, y)], ['elu(x, y)', call('elu', x, y)],
      ['mask(x, y)', call('mask', x, y)], ['mask(x, 1/y)', call('mask', x, div(num(1), y))],
      ['defined(log(x), y)', call('defined', call('log', x), y)], ['pow(x, y)', call('pow', x, y)], ['x^y', pow(x, y)], ['a*x - y/x', sub(mul(a, x), div(y, x))],
      ['small powers', add(add(pow(x, num(2)), pow(x, num(3))), add(pow(x, num(4)), div(pow(x, num(-1)), pow(x, num(-2)))))],
    ]
    for (const [label, expr] of binaries) failures.push(...compareTable(expr, grid, 1e-5, 1e-7).map((m) => `${label} ${m}`))
    expect(failures).toEqual([])
  })

  it('the NaN table: undefined points are NaN, integer powers of negatives are not', () => {
    const table: Array<[Expr, [number, number], number]> = [
      [call('log', x), [-1, 0], NaN], [call('sqrt', x), [-1, 0], NaN], [pow(x, y), [-8, Math.fround(1 / 3)], NaN],
      [pow(x, y), [-2, 3], -8], [pow(x, num(3)), [-2, 0], -8], [pow(x, y), [0, 0], 1], [pow(x, num(0)), [NaN, 0], 1],
      [div(x, y), [0, 0], NaN], [div(x, y), [1, 0], Infinity], [call('tanh', x), [1e4, 0], 1], [call('log', x), [0, 0], -Infinity],
      // Undefined regions through relu-like kernels: wasm's sqrt/log of a negative is a NaN with the sign bit set,
      // which wasm's relu and step used to turn into 0 (relu(sqrt(x - 4)) drew a flat 0 where f is undefined).
      [call('relu', call('sqrt', sub(x, num(4)))), [0, 0], NaN], [call('relu', call('log', x)), [-1, 0], NaN],
      [call('step', call('sqrt', x)), [-1, 0], NaN], [call('leaky_relu', call('sqrt', x)), [-1, 0], NaN],
      [call('elu', call('log', x)), [-1, 0], NaN], [call('gelu', call('sqrt', x)), [-1, 0], NaN],
      [call('mask', x, div(num(1), y)), [0, 0], 0], [call('mask', x, call('sqrt', y)), [0, -1], NaN],
      [call('defined', call('log', x), y), [-1, 2], NaN], [call('defined', call('log', x), y), [1, 2], 2],
    ]
    for (const [expr, [px, py], want] of table) {
      expect(compile(expr)({ x: px, y: py }), 'compile').toBe(want)
      expect(evaluate(expr, [px], [py])[0]).toBe(want)
    }
  })

  it('broadcasts tensors of different shapes with number and scalar-tensor parameters', () => {
    const expr = add(mul(call('sin', x), call('cos', y)), mul(a, pow(x, num(2))))
    const xs = [-1, 0.5, 2]
    const ys = [0, 1, 2, 3]
    const [out, shape] = tf.tidy(() => {
      const r = toTf(expr, { x: tf.tensor2d(xs, [3, 1]), y: tf.tensor2d(ys, [1, 4]), a: tf.scalar(2) })
      return [r.arraySync() as number[][], r.shape]
    })
    expect(shape).toEqual([3, 4])
    xs.forEach((u, i) => ys.forEach((v, j) => {
      const want = Math.sin(u) * Math.cos(v) + 2 * u * u
      expect(Math.abs(out[i]![j]! - want)).toBeLessThan(1e-6 * (1 + Math.abs(want)))
    }))
  })

  it('a missing name is NaN, an int32 input is read as float', () => {
    expect(tf.tidy(() => toTf(add(x, variable('b')), { x: 1 }).dataSync()[0])).toBeNaN()
    expect(tf.tidy(() => Array.from(toTf(div(x, num(2)), { x: tf.tensor1d([1, 3], 'int32') }).dataSync()))).toEqual([0.5, 1.5])
  })

  it('random ASTs agree with compile() where float32 can', () => {
    const exprs = fc.sample(exprArb(['x', 'y', 'a'], undefined, 4), { seed: 42, numRuns: 80 })
    const pts = linspace(-2.7, 2.9, 6).flatMap((u) => linspace(-2.3, 3.1, 6).map((v): [number, number] => [u, v]))
    let compared = 0
    const failures: string[] = []
    for (const e of exprs) {
      const got = evaluate(e, pts.map((p) => p[0]), pts.map((p) => p[1]))
      const f = compile(e)
      pts.forEach(([px, py], k) => {
        const want = f({ x: px, y: py, a: A })
        if (illConditioned(f, px, py, want)) return
        compared++
        if (!agrees(got[k]!, want, 1e-3, 1e-5)) failures.push(`${JSON.stringify(e)} at (${px}, ${py}): tf ${got[k]}, float64 ${want}`)
      })
    }
    expect(compared).toBeGreaterThan(0.6 * exprs.length * pts.length)
    expect(failures).toEqual([])
  })

  it('does not grow tf.memory().numTensors across repeated evaluations', () => {
    const expr = add(mul(call('sin', x), call('cos', y)), mul(a, pow(sub(x, y), num(2))))
    const xs = tf.randomUniform([64, 64], -2, 2, 'float32', 7)
    const ys = tf.randomUniform([64, 64], -2, 2, 'float32', 8)
    const run = (): number => tf.tidy(() => toTf(expr, { x: xs, y: ys, a: 0.5 }).sum().dataSync()[0]!)
    run()
    const before = tf.memory().numTensors
    for (let i = 0; i < 20; i++) run()
    expect(tf.memory().numTensors).toBe(before)
    tf.dispose([xs, ys])
  })

  afterAll(() => tf.disposeVariables())
})

/** Does the float64 value move (or change between defined and undefined) when the inputs move by 1e-5 relatively? */
export function illConditioned(f: ReturnType<typeof compile>, px: number, py: number, want: number): boolean {
  for (const [dx, dy, da] of [[1, 0, 0], [-1, 0, 0], [0, 1, 0], [0, -1, 0], [0, 0, 1], [0, 0, -1]] as const) {
    const moved = f({ x: px * (1 + 1e-5 * dx), y: py * (1 + 1e-5 * dy), a: A * (1 + 1e-5 * da) })
    if (Number.isNaN(moved) !== Number.isNaN(want)) return true
    if (Number.isFinite(want) && Math.abs(moved - want) > 1e-4 * Math.abs(want) + 1e-6) return true
  }
  return Math.abs(want) > 1e30 && Number.isFinite(want) // near float32 overflow
}
