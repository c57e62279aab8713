import { describe, expect, it } from 'vitest'
import { implementation, target } from './implementation.ts'

const { centralDifference } = await implementation(
  () => import('../1.12-central-difference.ts'),
  () => import('../solutions/1.12-central-difference.ts'),
)

/** f, its exact derivative, and where to test: moderate points and one far from 0, where the step must scale. */
const CASES: { name: string; f: (x: number) => number; df: (x: number) => number; at: number[] }[] = [
  { name: 'sin', f: Math.sin, df: Math.cos, at: [0.5, 2] },
  { name: 'exp', f: Math.exp, df: Math.exp, at: [1, 3] },
  { name: 'x³', f: (x) => x ** 3, df: (x) => 3 * x ** 2, at: [10, 1e4] },
  { name: 'log', f: Math.log, df: (x) => 1 / x, at: [0.5, 1e4] },
]

describe(`exercise 1.12: centralDifference (${target})`, () => {
  for (const c of CASES) {
    for (const x of c.at) {
      it(`d/dx ${c.name} at x = ${x} to 2e-9 of its size`, () => {
        const points: number[] = []
        const value = centralDifference((t) => (points.push(t), c.f(t)), x)
        const exact = c.df(x)
        const relative = Math.abs(value - exact) / Math.abs(exact)
        const steps = points.map((t) => Math.abs(t - x)).filter((d) => d > 0)
        const h = steps.length > 0 ? Math.min(...steps) : NaN
        const advice =
          `got ${value}, exact ${exact} (relative error ${relative.toExponential(2)}). You evaluated f at ${points.length} point(s) ` +
          `with step h = ${h.toExponential(2)}; theory 1.7 suggests h ≈ ε^(1/3)·max(1, |x|) = ${(Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(x))).toExponential(2)}` +
          (h < 1e-8 * Math.max(1, Math.abs(x)) ? ' — yours is far too small: round-off dominates.' : '')
        expect(Number.isFinite(value), `the result is not a finite number: ${advice}`).toBe(true)
        expect(relative, advice).toBeLessThan(2e-9)
      })
    }
  }

  it('is central: f is evaluated on both sides of x', () => {
    const points: number[] = []
    centralDifference((t) => (points.push(t), t * t), 1)
    expect(points.some((t) => t < 1) && points.some((t) => t > 1), `f was evaluated only at ${points.join(', ')}`).toBe(true)
  })
})
