// The README's library example, run as written: what it promises is what the library does.
import { expect, it } from 'vitest'
import { ExprError, evaluateMatrixExpr, matrixDerivative, parseMatrixExpr } from '../../../../src/math/matrix/index.ts'

it('README: matrix calculus as a library', () => {
  const shapes = { x: [3], A: [3, 3], b: [3] }
  const f = parseMatrixExpr("x'*A*x + b'*x", shapes)
  expect(f.shape).toEqual([])
  const d = matrixDerivative(f, 'x')
  expect(d.text).toBe("(A + A')*x + b")
  expect(d.latex).toBe('\\left(\\mathbf{A} + \\mathbf{A}^{\\top}\\right) \\mathbf{x} + \\mathbf{b}')
  expect(d.steps[2]!.text).toBe("∂f/∂(x'*A*x) = 1   [scalar]  (sum rule)")
  const v = evaluateMatrixExpr(d.expr, { x: [1, 2, 3], A: [1, 2, 3, 4, 5, 6, 7, 8, 10], b: [1, 1, 1] })
  expect([v.shape, [...v.data]]).toEqual([[3], [45, 69, 99]])
  expect(matrixDerivative(parseMatrixExpr('norm2(W*x - y)^2', { W: [2, 3], x: [3], y: [2] }), 'W').text).toBe("2*(W*x - y)*x'")
  try {
    parseMatrixExpr('A*x', { A: [3, 3], x: [2] })
    expect.unreachable()
  } catch (e) {
    expect(e).toBeInstanceOf(ExprError)
    expect([(e as ExprError).message, (e as ExprError).start, (e as ExprError).end]).toEqual(['A is 3×3 but x has 2 rows', 0, 3])
  }
})
