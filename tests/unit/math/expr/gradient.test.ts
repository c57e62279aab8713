// gradient and hessian: hand-computed examples, symmetry by construction, and agreement with central differences.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { gradient, hessian } from '../../../../src/math/expr/gradient.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { exprArb, SMOOTH_FNS } from './arbitraryExpr.ts'
import { centralDifference, evaluate, evaluateWithStats, type Scope } from './evalForTests.ts'

describe('gradient and hessian: hand-computed', () => {
  const f = parse('x^2 y + sin(y)')
  const points: Scope[] = [{ x: 0.5, y: -1.2 }, { x: -2, y: 3 }, { x: 1.7, y: 0.3 }]

  it('∇(x² y + sin y) = (2 x y, x² + cos y)', () => {
    const [gx, gy] = gradient(f, ['x', 'y'])
    for (const p of points) {
      expect(evaluate(gx!, p)).toBeCloseTo(2 * p.x! * p.y!, 12)
      expect(evaluate(gy!, p)).toBeCloseTo(p.x! ** 2 + Math.cos(p.y!), 12)
    }
  })

  it('H(x² y + sin y) = [[2y, 2x], [2x, −sin y]], with one shared AST off the diagonal', () => {
    const h = hessian(f, ['x', 'y'])
    expect(h[0]![1]).toBe(h[1]![0])
    for (const p of points) {
      expect(evaluate(h[0]![0]!, p)).toBeCloseTo(2 * p.y!, 12)
      expect(evaluate(h[0]![1]!, p)).toBeCloseTo(2 * p.x!, 12)
      expect(evaluate(h[1]![1]!, p)).toBeCloseTo(-Math.sin(p.y!), 12)
    }
  })

  it('follows the order of vars and gives 0 for a variable f does not use', () => {
    const [ga, gy, gx] = gradient(f, ['a', 'y', 'x'])
    expect(evaluate(ga!, { x: 1, y: 2, a: 3 })).toBe(0)
    expect(evaluate(gx!, { x: 1, y: 2 })).toBeCloseTo(4, 12)
    expect(evaluate(gy!, { x: 1, y: 2 })).toBeCloseTo(1 + Math.cos(2), 12)
  })
})

describe('gradient and hessian: random smooth expressions', () => {
  const POINTS: Scope[] = [{ x: 0.37, y: -1.21 }, { x: -1.73, y: 0.58 }, { x: 2.41, y: 1.93 }]
  const vars = ['x', 'y']

  /** Central difference of g compared with the symbolic value; null when the point says nothing (see derivativeProperties). */
  function agrees(g: ReturnType<typeof parse>, symbolic: number, p: Scope, v: string): boolean | null {
    const base = evaluateWithStats(g, p)
    if (!Number.isFinite(base.value) || base.passedInfinity || !Number.isFinite(symbolic)) return null
    const h = 1e-5 * Math.max(1, Math.abs(p[v]!))
    const central = centralDifference(g, p, v)
    const finer = (evaluate(g, { ...p, [v]: p[v]! + h / 2 }) - evaluate(g, { ...p, [v]: p[v]! - h / 2 })) / h
    const roundoff = 1e-15 * base.scale / h
    if (!Number.isFinite(central) || Math.abs(central - finer) > 1e-4 * Math.max(1, Math.abs(central)) + 10 * roundoff) return null
    return Math.abs(symbolic - central) <= 1e-4 * Math.max(1, Math.abs(central), Math.abs(symbolic)) + 10 * roundoff
  }

  it('the Hessian is symmetric and each entry is a central difference of the gradient, in both orders', () => {
    let checked = 0
    let skipped = 0
    fc.assert(
      fc.property(exprArb(vars, SMOOTH_FNS, 3), (f) => {
        const g = gradient(f, vars)
        const h = hessian(f, vars)
        expect(h[0]![1]).toBe(h[1]![0])
        for (const p of POINTS) {
          for (let i = 0; i < 2; i++) {
            for (let j = 0; j < 2; j++) {
              // H[i][j] as ∂/∂v_j of g_i; off the diagonal this also checks the mirrored entry against the other order.
              const verdict = agrees(g[i]!, evaluate(h[i]![j]!, p), p, vars[j]!)
              if (verdict === null) skipped++
              else if (verdict) checked++
              else expect.fail(`H[${i}][${j}] at ${JSON.stringify(p)} for ${JSON.stringify(f)}`)
            }
            const verdict = agrees(f, evaluate(g[i]!, p), p, vars[i]!)
            if (verdict === false) expect.fail(`g[${i}] at ${JSON.stringify(p)} for ${JSON.stringify(f)}`)
          }
        }
      }),
      { seed: 42, numRuns: 300 },
    )
    console.log(`hessian vs central differences of the gradient: ${checked} checked, ${skipped} skipped`)
    expect(checked).toBeGreaterThan(skipped)
  })
})
