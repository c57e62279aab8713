// Math-core bench (Node): prints times and ratios measured side by side in one run; asserts nothing about time.
// 1. compile() (one closure call per node per point) and compileBatch() (one loop per node over the whole grid) vs
//    hand-written JavaScript of the same formula, sampling a 256×256 grid (goal: within 3×).
// 2. Batched TF.js on the cpu and wasm backends over the same grid: f, and its gradient both via the symbolic
//    derivative compiled with toTf and via tf.grads (autodiff).
// Each measurement is warmed up, then repeated; the median is reported, with the variants interleaved per repetition
// so that a slow moment of the (shared) machine hits both sides of a ratio alike.
import { it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { compile } from '../src/math/expr/compile.ts'
import { compileBatch } from '../src/math/expr/compileBatch.ts'
import { timeInterleaved } from './timing.ts'
import { differentiate } from '../src/math/expr/differentiate.ts'
import { add, call, mul, num, pow, sub, variable, type Expr } from '../src/math/expr/ast.ts'
import { toTf } from '../src/tensor/toTf.ts'
import { useBackend } from '../src/tensor/backend.ts'

const N = 256
const x = variable('x')
const y = variable('y')
const a = variable('a')

const WAVES = add(mul(call('sin', x), call('cos', y)), mul(a, pow(x, num(2)))) // sin(x)·cos(y) + a·x²
const ROSENBROCK = add(pow(sub(num(1), x), num(2)), mul(num(100), pow(sub(y, pow(x, num(2))), num(2))))

type Scope = Record<string, number>
const HAND: Record<string, (s: Scope) => number> = {
  waves: (s) => Math.sin(s.x!) * Math.cos(s.y!) + s.a! * s.x! * s.x!,
  rosenbrock: (s) => (1 - s.x!) * (1 - s.x!) + 100 * (s.y! - s.x! * s.x!) * (s.y! - s.x! * s.x!),
}
const INLINE: Record<string, (x: number, y: number, a: number) => number> = {
  waves: (x, y, a) => Math.sin(x) * Math.cos(y) + a * x * x,
  rosenbrock: (x, y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x),
}


const ms = (t: number): string => `${t.toFixed(2)} ms`

/** Samples f over [-2, 2]² on an N×N grid into out, through a scope object (the way the app samples). */
function sampleGrid(f: (s: Scope) => number, out: Float64Array): void {
  const s: Scope = { x: 0, y: 0, a: 0.5 }
  for (let i = 0; i < N; i++) {
    s.y = -2 + (4 * i) / (N - 1)
    for (let j = 0; j < N; j++) {
      s.x = -2 + (4 * j) / (N - 1)
      out[i * N + j] = f(s)
    }
  }
}

function sampleInline(f: (x: number, y: number, a: number) => number, out: Float64Array): void {
  for (let i = 0; i < N; i++) {
    const yv = -2 + (4 * i) / (N - 1)
    for (let j = 0; j < N; j++) out[i * N + j] = f(-2 + (4 * j) / (N - 1), yv, 0.5)
  }
}

/** The grid's coordinates as arrays, as a batched caller holds them. */
function gridArrays(): { xs: Float64Array; ys: Float64Array } {
  const xs = new Float64Array(N * N)
  const ys = new Float64Array(N * N)
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) {
    xs[i * N + j] = -2 + (4 * j) / (N - 1)
    ys[i * N + j] = -2 + (4 * i) / (N - 1)
  }
  return { xs, ys }
}

it('compile() vs hand-written JavaScript, 256×256 samples', () => {
  const out = new Float64Array(N * N)
  const { xs, ys } = gridArrays()
  console.log(`\ncompile() vs hand-written, ${N}×${N} samples (median of 15, after warm-up)`)
  for (const [name, expr] of [['waves', WAVES], ['rosenbrock', ROSENBROCK]] as const) {
    const compiled = compile(expr)
    const batch = compileBatch(expr)
    const t = timeInterleaved({
      compiled: () => sampleGrid(compiled, out),
      batch: () => batch({ x: xs, y: ys, a: 0.5 }, N * N, out),
      hand: () => sampleGrid(HAND[name]!, out),
      inline: () => sampleInline(INLINE[name]!, out),
    })
    console.log(`  ${name.padEnd(10)} compile ${ms(t.compiled!)}  compileBatch ${ms(t.batch!)}  hand-written(scope) ${ms(t.hand!)}` +
      `  hand-written(inline) ${ms(t.inline!)}`)
    console.log(`  ${''.padEnd(10)} ratios: compile/hand ${(t.compiled! / t.hand!).toFixed(2)}×, compile/inline ${(t.compiled! / t.inline!).toFixed(2)}×,` +
      ` compileBatch/hand ${(t.batch! / t.hand!).toFixed(2)}×, compileBatch/inline ${(t.batch! / t.inline!).toFixed(2)}×`)
  }
})

it('batched TF.js: f and its gradient on 256×256 points, cpu and wasm', async () => {
  tf.env().set('IS_TEST', true)
  console.log(`\nTF.js over ${N}×${N} points (one batched call each; median of 7, after warm-up)`)
  for (const backend of ['cpu', 'wasm'] as const) {
    await useBackend(backend)
    for (const [name, expr] of [['waves', WAVES], ['rosenbrock', ROSENBROCK]] as const) {
      const grid = tf.tidy(() => {
        const line = tf.linspace(-2, 2, N)
        return { X: tf.tile(line.reshape([1, N]), [N, 1]), Y: tf.tile(line.reshape([N, 1]), [1, N]) }
      })
      let symbolic: [Expr, Expr] | undefined
      try {
        symbolic = [differentiate(expr, 'x').result, differentiate(expr, 'y').result]
      } catch (err) {
        console.log(`  (symbolic gradient unavailable: ${(err as Error).message})`)
      }
      const scope = { x: grid.X, y: grid.Y, a: 0.5 }
      const variants: Record<string, () => unknown> = {
        f: () => tf.tidy(() => toTf(expr, scope).dataSync()),
        autodiff: () => tf.tidy(() => {
          const [gx, gy] = tf.grads((X: tf.Tensor, Y: tf.Tensor) => toTf(expr, { x: X, y: Y, a: 0.5 }).sum() as tf.Scalar)([grid.X, grid.Y])
          return [gx!.dataSync(), gy!.dataSync()]
        }),
      }
      if (symbolic) {
        const [dx, dy] = symbolic
        variants.symbolic = () => tf.tidy(() => [toTf(dx, scope).dataSync(), toTf(dy, scope).dataSync()])
      }
      const t = timeInterleaved(variants, 7, 2)
      const sym = t.symbolic === undefined ? 'n/a' : `${ms(t.symbolic)} (${(t.symbolic / t.f!).toFixed(2)}× f)`
      const vs = t.symbolic === undefined ? '' : `  autodiff/symbolic ${(t.autodiff! / t.symbolic).toFixed(2)}×`
      console.log(`  ${backend.padEnd(4)} ${name.padEnd(10)} f ${ms(t.f!)}  grad symbolic ${sym}  grad tf.grads ${ms(t.autodiff!)} (${(t.autodiff! / t.f!).toFixed(2)}× f)${vs}`)
      tf.dispose([grid.X, grid.Y])
    }
  }
})
