// Every identity of the gallery, at seeded random values, three ways in float64:
// the symbolic derivative (matrixDerivative) vs central differences vs the textbook formula typed in by hand.
// Tolerance 1e-6 relative: the central difference with h = 1e-5 has truncation error ~h² times the third derivative
// and round-off ~1e-16/h ≈ 1e-11, both far below it; a wrong rule is off by O(1).
import { describe, expect, it } from 'vitest'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr } from '../../../../src/math/matrix/index.ts'
import { MATRIX_IDENTITIES } from '../../../../src/math/matrix/identities.ts'
import { invertedNames, randomEnv } from '../../../../src/math/matrix/random.ts'
import { centralDifference, relativeError } from './centralDifference.ts'

describe('the identity gallery', () => {
  it('has at least 30 identities, with all the Cookbook sections 2.1–2.4 represented', () => {
    expect(MATRIX_IDENTITIES.length).toBeGreaterThanOrEqual(30)
    for (const s of ['2.1', '2.2', '2.3', '2.4.1', '2.4.2']) {
      expect(MATRIX_IDENTITIES.some((i) => i.source.includes(`Cookbook ${s}`))).toBe(true)
    }
    expect(new Set(MATRIX_IDENTITIES.map((i) => i.id)).size).toBe(MATRIX_IDENTITIES.length)
  })

  for (const identity of MATRIX_IDENTITIES) {
    it(`${identity.id}: ∂(${identity.expr})/∂${identity.wrt} = ${identity.formula}`, () => {
      const f = parseMatrixExpr(identity.expr, identity.shapes)
      const d = matrixDerivative(f, identity.wrt)
      const formula = parseMatrixExpr(identity.formula, identity.shapes)
      expect(d.shape).toEqual(formula.shape)
      const kinds = { ...Object.fromEntries([...invertedNames(f)].map((n) => [n, 'invertible' as const])), ...identity.kinds }
      for (const seed of [1, 2, 3]) {
        const env = randomEnv(identity.shapes, seed, kinds)
        const symbolic = evaluateMatrixExpr(d.expr, env).data
        const fd = centralDifference(f, identity.wrt, env)
        const textbook = evaluateMatrixExpr(formula, env).data
        expect(relativeError(symbolic, fd), `symbolic vs finite differences, seed ${seed}`).toBeLessThan(1e-6)
        expect(relativeError(symbolic, textbook), `symbolic vs the formula, seed ${seed}`).toBeLessThan(1e-9)
        // d.text is in the grammar and reads back to the same values
        const back = evaluateMatrixExpr(parseMatrixExpr(d.text, identity.shapes), env).data
        expect(relativeError(back, symbolic)).toBeLessThan(1e-12)
      }
    })
  }
})
