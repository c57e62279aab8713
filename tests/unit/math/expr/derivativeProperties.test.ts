// Property tests: on random smooth expressions, the symbolic derivative agrees with a central difference
// (h = 1e-5·max(1, |x|), float64), and so does every recorded step's result for its own sub-expression.
//
// Points are skipped, and counted, only where the comparison means nothing: f or f(x ± h) is not finite; f is finite
// only by passing through an infinity (sigmoid(x/0) is a finite constant, but σ'·(1/0) is 0·∞); or f is not smooth
// at the scale of h (the difference quotients with h and h/2 disagree: a pole, a branch point, a cusp of sqrt(u²)
// nearby). Where f is smooth and finite, a non-finite symbolic derivative is a failure, with one counted exception:
// 'singular', where evaluating the derivative divides by an exact 0 (0/0, or 1/0 = ∞ times 0). That happens where float64
// saturates: asec(sigmoid(39)) is asec(1) = 0 only because sigmoid(39) rounds to 1 (mathematically it is < 1 and asec
// is undefined), and the derivative is then ∞·0. Such points must stay rare, and the count is asserted.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { differentiate } from '../../../../src/math/expr/differentiate.ts'
import { equals, type Expr } from '../../../../src/math/expr/ast.ts'
import { exprArb, SMOOTH_FNS } from './arbitraryExpr.ts'
import { evaluate, evaluateWithStats, type Scope } from './evalForTests.ts'

type Verdict = 'checked' | 'skipped' | 'singular' | string

const POINTS: Scope[] = [
  { x: 0.37, y: -1.21 }, { x: -1.73, y: 0.58 }, { x: 2.41, y: 1.93 }, { x: -0.62, y: -2.87 },
]

function differenceQuotient(f: Expr, scope: Scope, variable: string, h: number): number {
  const x = scope[variable]!
  return (evaluate(f, { ...scope, [variable]: x + h }) - evaluate(f, { ...scope, [variable]: x - h })) / (2 * h)
}

/** Compares the symbolic derivative df of f with a central difference at one point. */
function compareWithDifference(f: Expr, df: Expr, scope: Scope, variable: string): Verdict {
  const value = evaluateWithStats(f, scope)
  if (!Number.isFinite(value.value) || value.passedInfinity) return 'skipped'
  const h = 1e-5 * Math.max(1, Math.abs(scope[variable]!))
  const central = differenceQuotient(f, scope, variable, h)
  const finer = differenceQuotient(f, scope, variable, h / 2)
  if (!Number.isFinite(central) || !Number.isFinite(finer)) return 'skipped'
  // Truncation error is O(h²); roundoff is eps·(largest intermediate)/h. Beyond both, f is not smooth here.
  const roundoff = 1e-15 * value.scale / h
  if (Math.abs(central - finer) > 1e-4 * Math.max(1, Math.abs(central)) + 10 * roundoff) return 'skipped'
  const derivative = evaluateWithStats(df, scope)
  const symbolic = derivative.value
  if (!Number.isFinite(symbolic) && (derivative.passedInfinity || derivative.dividedByZero)) return 'singular'
  if (!Number.isFinite(symbolic)) return `symbolic derivative ${symbolic} where f is smooth (difference ${central})`
  const tolerance = 1e-4 * Math.max(1, Math.abs(central), Math.abs(symbolic)) + 10 * roundoff
  return Math.abs(symbolic - central) <= tolerance ? 'checked' : `symbolic ${symbolic} vs difference ${central}`
}

const show = (e: Expr): string => JSON.stringify(e)

describe('symbolic derivative ≈ central difference on random smooth expressions', () => {
  for (const [variable, seed] of [['x', 42], ['y', 43]] as const) {
    it(`∂/∂${variable}`, () => {
      let checked = 0
      let skipped = 0
      let singular = 0
      fc.assert(
        fc.property(exprArb(['x', 'y'], SMOOTH_FNS, 5), (f) => {
          const { result } = differentiate(f, variable)
          for (const p of POINTS) {
            const verdict = compareWithDifference(f, result, p, variable)
            if (verdict === 'checked') checked++
            else if (verdict === 'skipped') skipped++
            else if (verdict === 'singular') singular++
            else expect.fail(`${verdict} at ${JSON.stringify(p)}\n f = ${show(f)}\n f' = ${show(result)}`)
          }
        }),
        { seed, numRuns: 1500 },
      )
      console.log(`∂/∂${variable} vs central difference: ${checked} points checked, ${skipped} skipped, ${singular} singular`)
      expect(checked).toBeGreaterThan(3 * skipped)
      expect(singular).toBeLessThan(0.01 * checked)
    })
  }

  it('every step result matches a central difference of its own sub-expression', () => {
    let checked = 0
    let skipped = 0
    let singular = 0
    fc.assert(
      fc.property(exprArb(['x', 'y'], SMOOTH_FNS, 4), (f) => {
        const { result, steps } = differentiate(f, 'x')
        expect(steps.length).toBeGreaterThan(0)
        expect(steps[0]!.expr).toBe(f)
        expect(equals(steps[0]!.result, result)).toBe(true)
        expect(steps[0]!.depth).toBe(0)
        steps.forEach((s, i) => {
          // Pre-order: depth grows by at most one from one step to the next, and only the first step is at depth 0.
          if (i > 0) {
            expect(s.depth).toBeGreaterThan(0)
            expect(s.depth).toBeLessThanOrEqual(steps[i - 1]!.depth + 1)
          }
          const verdict = compareWithDifference(s.expr, s.result, POINTS[i % POINTS.length]!, 'x')
          if (verdict === 'checked') checked++
          else if (verdict === 'skipped') skipped++
          else if (verdict === 'singular') singular++
          else expect.fail(`step ${i} (${s.rule}): ${verdict}\n expr = ${show(s.expr)}\n result = ${show(s.result)}`)
        })
      }),
      { seed: 7, numRuns: 400 },
    )
    console.log(`steps vs central difference: ${checked} checked, ${skipped} skipped, ${singular} singular`)
    expect(checked).toBeGreaterThan(3 * skipped)
    expect(singular).toBeLessThan(0.01 * checked)
  })
})
