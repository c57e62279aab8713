// Property tests: random well-shaped expressions (built from typed pieces so that every one parses), their derivative
// against central differences in float64, and d.text read back. fast-check with a fixed seed.
// Tolerance: 1e-5 relative to max(1, max|fd|). Random nesting can make values large and curvature high, so the central
// difference (truncation ~h²·f‴) is the weaker side; a wrong rule misses by O(1).
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr } from '../../../../src/math/matrix/index.ts'
import { randomEnv } from '../../../../src/math/matrix/random.ts'
import { centralDifference, relativeError } from './centralDifference.ts'

const SHAPES = { x: [3], b: [3], A: [3, 3], B: [3, 3], s: [] }

type Kind = 'scalar' | 'vector' | 'matrix'
let inMatrix = false // set while building the pieces of a matrix-valued subexpression
const leaf: Record<Kind, fc.Arbitrary<string>> = {
  scalar: fc.constantFrom('s', '0.5', '2'),
  vector: fc.constantFrom('x', 'b'),
  matrix: fc.constantFrom('A', 'B'),
}

/**
 * Text of a random expression of the given kind (3-vectors, 3×3 matrices), at most `depth` levels deep. With
 * `xInMatrices` false, no matrix-valued subexpression contains x (whose Jacobian by x would be a 3-tensor, refused).
 */
function arb(kind: Kind, depth: number, xInMatrices = true): fc.Arbitrary<string> {
  const leafOf = (k: Kind) => (k === 'vector' && !xInMatrices && inMatrix ? fc.constant('b') : leaf[k])
  if (depth === 0) return leafOf(kind)
  const S = () => arb('scalar', depth - 1, xInMatrices)
  const V = () => arb('vector', depth - 1, xInMatrices)
  const M = () => {
    const saved = inMatrix
    inMatrix = true
    try {
      return arb('matrix', depth - 1, xInMatrices)
    } finally {
      inMatrix = saved
    }
  }
  const t = (parts: fc.Arbitrary<string>[], join: (p: string[]) => string) => fc.tuple(...parts).map(join)
  const options: Record<Kind, fc.Arbitrary<string>[]> = {
    scalar: [
      leafOf('scalar'),
      t([V(), V()], ([a, b]) => `(${a})'*(${b})`), t([V()], ([a]) => `sum(${a})`), t([V()], ([a]) => `norm2(${a})^2`),
      t([M()], ([a]) => `tr(${a})`), t([V(), M(), V()], ([a, m, b]) => `(${a})'*(${m})*(${b})`),
      t([V()], ([a]) => `logsumexp(${a})`), t([S(), S()], ([a, b]) => `(${a}) + (${b})`), t([S(), S()], ([a, b]) => `(${a})*(${b})`),
      t([S()], ([a]) => `tanh(${a})`), t([S()], ([a]) => `sin(${a})`), t([V(), V()], ([a, b]) => `dot(${a}, ${b})`),
      t([S()], ([a]) => `(${a})^2`), t([S()], ([a]) => `sigmoid(${a})`), t([M()], ([a]) => `norm2(${a})`),
      t([S(), S()], ([a, b]) => `(${a})/(2 + (${b})^2)`),
    ],
    vector: [
      leafOf('vector'),
      t([M(), V()], ([m, v]) => `(${m})*(${v})`), t([V(), V()], ([a, b]) => `(${a}) - (${b})`), t([V(), V()], ([a, b]) => `(${a}).*(${b})`),
      t([V()], ([a]) => `tanh(${a})`), t([S(), V()], ([s, v]) => `(${s})*(${v})`), t([V()], ([a]) => `softmax(${a})`),
      t([M(), V()], ([m, v]) => `(${m})'*(${v})`), t([V()], ([a]) => `sigmoid(${a})`), t([V()], ([a]) => `(${a}).^2`),
      t([V()], ([a]) => `softplus(${a})`),
    ],
    matrix: [
      leafOf('matrix'),
      t([M(), M()], ([a, b]) => `(${a})*(${b})`), t([M()], ([a]) => `(${a})'`), t([M(), M()], ([a, b]) => `(${a}) + (${b})`),
      t([S(), M()], ([s, m]) => `(${s})*(${m})`), t([V(), V()], ([a, b]) => `(${a})*(${b})'`), t([M(), M()], ([a, b]) => `(${a}).*(${b})`),
      t([M()], ([a]) => `tanh(${a})`), t([M()], ([a]) => `cos(${a})`),
    ],
  }
  return fc.oneof(...options[kind])
}

function check(text: string, wrt: string, seed: number): void {
  const f = parseMatrixExpr(text, SHAPES)
  const d = matrixDerivative(f, wrt)
  const env = randomEnv(SHAPES, seed)
  const symbolic = evaluateMatrixExpr(d.expr, env).data
  const fd = centralDifference(f, wrt, env)
  expect(relativeError(symbolic, fd), `∂(${text})/∂${wrt} = ${d.text}`).toBeLessThan(1e-5)
  const back = evaluateMatrixExpr(parseMatrixExpr(d.text, SHAPES), env).data
  expect(relativeError(back, symbolic), `read back ${d.text}`).toBeLessThan(1e-12)
}

describe('random well-shaped expressions', () => {
  it('scalar f: gradient by x, by A and by s matches central differences', () => {
    fc.assert(fc.property(arb('scalar', 3), fc.integer({ min: 1, max: 1000 }), (text, seed) => {
      for (const wrt of ['x', 'A', 's']) check(text, wrt, seed)
    }), { seed: 4242, numRuns: 150 })
  })
  it('vector f: Jacobian by x and derivative by s match central differences', () => {
    fc.assert(fc.property(arb('vector', 3, false), fc.integer({ min: 1, max: 1000 }), (text, seed) => {
      check(text, 'x', seed)
      check(text, 's', seed)
    }), { seed: 777, numRuns: 150 })
  })
  it('matrix f: derivative by the scalar s matches central differences', () => {
    fc.assert(fc.property(arb('matrix', 3), fc.integer({ min: 1, max: 1000 }), (text, seed) => check(text, 's', seed)),
      { seed: 99, numRuns: 100 })
  })
})
