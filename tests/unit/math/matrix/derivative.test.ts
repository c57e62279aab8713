// matrixDerivative: textbook forms word for word, the layout (shapes), refusals, steps, and known values by hand.
import { describe, expect, it } from 'vitest'
import { ExprError, evaluateMatrixExpr, matrixDerivative, parseMatrixExpr } from '../../../../src/math/matrix/index.ts'

const d = (text: string, shapes: Record<string, number[]>, wrt: string) => matrixDerivative(parseMatrixExpr(text, shapes), wrt)

describe('textbook forms', () => {
  const cases: [string, Record<string, number[]>, string, string][] = [
    ["x'*A*x + b'*x", { x: [3], A: [3, 3], b: [3] }, 'x', "(A + A')*x + b"],
    ["x'*A*x", { x: [3], A: [3, 3] }, 'x', "(A + A')*x"],
    ['tr(A*X)', { X: [3, 3], A: [3, 3] }, 'X', "A'"],
    ["x'*A", { x: [3], A: [3, 2] }, 'x', "A'"],
    ['norm2(A*x - b)^2', { x: [3], A: [4, 3], b: [4] }, 'x', "2*A'*(A*x - b)"],
    ['det(X)', { X: [3, 3] }, 'X', "det(X)*inv(X)'"],
    ['norm2(W*x - y)^2', { W: [2, 3], x: [3], y: [2] }, 'W', "2*(W*x - y)*x'"],
    ["a'*X*b", { X: [3, 2], a: [3], b: [2] }, 'X', "a*b'"],
    ["a'*X'*b", { X: [2, 3], a: [3], b: [2] }, 'X', "b*a'"],
    ["x'*x", { x: [3] }, 'x', '2*x'],
    ['logdet(X)', { X: [3, 3] }, 'X', "inv(X)'"],
    ['A*x', { x: [3], A: [2, 3] }, 'x', 'A'],
    ['tanh(W*x + b)', { W: [2, 3], x: [3], b: [2] }, 'x', 'diag(ones(2) - tanh(W*x + b).^2)*W'],
    ['logsumexp(x)', { x: [3] }, 'x', 'softmax(x)'],
    ["-y'*log(softmax(W*x))", { W: [3, 4], x: [4], y: [3] }, 'W', "(sum(y)*softmax(W*x) - y)*x'"],
    ["a'*inv(X)*b", { X: [3, 3], a: [3], b: [3] }, 'X', "-inv(X)'*a*b'*inv(X)'"],
    ['t*A*x', { t: [], A: [2, 2], x: [2] }, 't', 'A*x'],
    ['sum(exp(x))', { x: [3] }, 'x', 'exp(x)'],
    ['0.5*norm2(W*x - y)^2', { W: [2, 3], x: [3], y: [2] }, 'W', "(W*x - y)*x'"],
  ]
  for (const [text, shapes, wrt, expected] of cases) {
    it(`∂(${text})/∂${wrt} = ${expected}`, () => expect(d(text, shapes, wrt).text).toBe(expected))
  }
})

describe('layout', () => {
  it('a scalar by a vector or matrix has the variable’s shape', () => {
    expect(d("x'*A*x", { x: [3], A: [3, 3] }, 'x').shape).toEqual([3])
    expect(d("x'*A*x", { x: [3], A: [3, 3] }, 'A').shape).toEqual([3, 3])
    expect(d("a'*X*b", { X: [3, 2], a: [3], b: [2] }, 'X').shape).toEqual([3, 2])
    expect(d('s^3', { s: [] }, 's').shape).toEqual([])
  })
  it('a vector (m) by a vector (n) is the m×n Jacobian; a vector by a scalar is a vector', () => {
    const j = d('A*x', { x: [3], A: [2, 3] }, 'x')
    expect([j.shape, j.layout]).toEqual([[2, 3], 'jacobian'])
    const v = d('exp(t*x)', { x: [3], t: [] }, 't')
    expect([v.shape, v.layout, v.text]).toEqual([[3], 'tangent', 'exp(t*x).*x'])
    expect(d("t*x'", { x: [3], t: [] }, 't').shape).toEqual([1, 3])
  })
  it('a matrix by a matrix (4-tensor) and a vector by a matrix (3-tensor) are refused, not computed', () => {
    const msg = (text: string, shapes: Record<string, number[]>, wrt: string) => {
      try {
        d(text, shapes, wrt)
      } catch (e) {
        expect(e).toBeInstanceOf(ExprError)
        return (e as ExprError).message
      }
      return 'no error'
    }
    expect(msg('A*X', { A: [2, 2], X: [2, 2] }, 'X')).toBe('the derivative of a 2×2 matrix by a 2×2 matrix is a 4-tensor, which has no matrix layout: differentiate a scalar of it instead, e.g. sum(…), tr(…) or norm2(…)^2')
    expect(msg('X*b', { b: [2], X: [2, 2] }, 'X')).toBe('the derivative of a 2-vector by a 2×2 matrix is a 3-tensor, which has no matrix layout: differentiate a scalar of it instead, e.g. sum(…), tr(…) or norm2(…)^2')
    expect(msg('(x*x\')*b', { x: [2], b: [2] }, 'x')).toBe("x*x' is a 2×2 matrix that depends on x: its derivative by a 2-vector is a 3-tensor. Rewrite so that x appears only in vectors and scalars, e.g. (x*x')*b as x*(x'*b)")
    expect(msg('x', { x: [2] }, 'q')).toBe("'q' is not declared, so there is nothing to differentiate by")
  })
  it('a variable that does not occur gives zeros of its shape', () => {
    const z = d("a'*b", { a: [3], b: [3], W: [2, 3] }, 'W')
    expect([z.text, z.shape]).toEqual(['zeros(2, 3)', [2, 3]])
  })
})

describe('steps', () => {
  it('backprop: steps[0] is the result, then every adjoint with its shape', () => {
    const r = d('norm2(W*x - y)^2', { W: [2, 3], x: [3], y: [2] }, 'W')
    expect(r.steps[0]!.derivative).toBe(r.text)
    const byAt = Object.fromEntries(r.steps.slice(1).map((s) => [s.at, s]))
    expect(byAt['W*x - y']!.derivative).toBe('2*(W*x - y)')
    expect(byAt['W*x - y']!.shape).toEqual([2])
    expect(byAt['W']!.shape).toEqual([2, 3])
    expect(byAt['W*x - y']!.rule).toMatch(/squared norm/)
    expect(r.steps.every((s) => s.text.includes('['))).toBe(true)
  })
  it('Jacobian: inside-out, the chain rule through tanh as diag(f′)', () => {
    const r = d('tanh(W*x + b)', { W: [2, 3], x: [3], b: [2] }, 'x')
    expect(r.steps.slice(1).map((s) => [s.at, s.derivative, s.shape])).toEqual([
      ['x', 'eye(3)', [3, 3]],
      ['W*x', 'W', [2, 3]],
      ['W*x + b', 'W', [2, 3]],
      ['tanh(W*x + b)', 'diag(ones(2) - tanh(W*x + b).^2)*W', [2, 3]],
    ])
    expect(r.steps.at(-1)!.rule).toMatch(/chain rule through tanh/)
  })
  it('trace and determinant rules are named', () => {
    expect(d('det(X)', { X: [2, 2] }, 'X').steps.some((s) => /determinant/.test(s.rule))).toBe(true)
    expect(d('tr(A*X)', { A: [2, 2], X: [2, 2] }, 'X').steps.some((s) => /trace/.test(s.rule))).toBe(true)
  })
})

describe('values by hand', () => {
  it("∂(x'Ax + b'x)/∂x at x = (1, 2, 3), A = [1 2 3; 4 5 6; 7 8 10], b = 1 is (45, 69, 99)", () => {
    const e = parseMatrixExpr("x'*A*x + b'*x", { x: [3], A: [3, 3], b: [3] })
    const r = evaluateMatrixExpr(matrixDerivative(e, 'x').expr, { x: Float64Array.of(1, 2, 3), A: Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 10), b: [1, 1, 1] })
    expect(r.shape).toEqual([3])
    expect([...r.data]).toEqual([45, 69, 99])
    // f itself: x'Ax = 1·14 + 2·32 + 3·53 = 237, plus b'x = 6
    expect([...evaluateMatrixExpr(e, { x: [1, 2, 3], A: [1, 2, 3, 4, 5, 6, 7, 8, 10], b: [1, 1, 1] }).data]).toEqual([243])
  })
  it('det, inv, logdet, softmax, logsumexp, norm2, tr at known values', () => {
    const sh = { X: [2, 2], v: [2] }
    const env = { X: [4, 7, 2, 6], v: [0, Math.log(3)] }
    const val = (t: string) => [...evaluateMatrixExpr(parseMatrixExpr(t, sh), env).data]
    expect(val('det(X)')[0]).toBeCloseTo(10, 12)
    expect(val('inv(X)').map((q) => q * 10)).toEqual([6, -7, -2, 4].map((q) => expect.closeTo(q, 12)))
    expect(val('logdet(-X)')[0]).toBeCloseTo(Math.log(10), 12)
    expect(val('softmax(v)')).toEqual([expect.closeTo(0.25, 15), expect.closeTo(0.75, 15)])
    expect(val('logsumexp(v)')[0]).toBeCloseTo(Math.log(4), 15)
    expect(val('norm2(X)')[0]).toBeCloseTo(Math.sqrt(16 + 49 + 4 + 36), 12)
    expect(val('tr(X)')[0]).toBe(10)
    expect(val("X'")).toEqual([4, 2, 7, 6])
    expect(val('X*v')).toEqual([7 * Math.log(3), 6 * Math.log(3)])
    expect(val('logsumexp(1000*v)')[0]).toBeCloseTo(1000 * Math.log(3), 9) // no overflow
  })
  it('says which input is missing or mis-sized', () => {
    const e = parseMatrixExpr('A*x', { A: [2, 2], x: [2] })
    expect(() => evaluateMatrixExpr(e, { A: [1, 2, 3, 4] })).toThrow('no value for x (2)')
    expect(() => evaluateMatrixExpr(e, { A: [1, 2, 3], x: [1, 1] })).toThrow('A is 2×2 (4 numbers, row-major) but its value has 3')
  })
})

describe('stable forms', () => {
  it('log(softmax(z)) stays finite where softmax underflows (the cross-entropy of large logits)', () => {
    const e = parseMatrixExpr("-y'*log(softmax(z))", { y: [2], z: [2] })
    const v = evaluateMatrixExpr(e, { y: [1, 0], z: [0, 2000] }).data[0]
    expect(v).toBe(2000) // −log softmax(z)₀ = logsumexp(z) − z₀ = 2000 + log(1 + e^−2000) − 0
  })
})
