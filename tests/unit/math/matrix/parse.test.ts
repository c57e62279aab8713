// The matrix grammar: shapes of what parses, and the error messages (word for word, with their character ranges).
import { describe, expect, it } from 'vitest'
import { ExprError, parseMatrixExpr, toMatrixText } from '../../../../src/math/matrix/index.ts'

const SH = { x: [3], y: [3], z: [2], A: [3, 3], B: [2, 3], b: [3], s: [], t: [], W1: [4, 3], X: [3, 3] }

function errorOf(text: string, shapes: Record<string, number[]> = SH): ExprError {
  try {
    parseMatrixExpr(text, shapes)
  } catch (e) {
    expect(e).toBeInstanceOf(ExprError)
    return e as ExprError
  }
  throw new Error(`'${text}' parsed`)
}

describe('parseMatrixExpr: shapes', () => {
  const cases: [string, number[]][] = [
    ["x'*A*x + b'*x", []], ['A*x', [3]], ["x'", [1, 3]], ["x'*A", [1, 3]], ["x*y'", [3, 3]], ['B*A', [2, 3]],
    ["B'", [3, 2]], ['s*A', [3, 3]], ['A*s', [3, 3]], ['x.*y', [3]], ['A.*A', [3, 3]], ['A/s', [3, 3]], ['s^t', []],
    ['x.^2', [3]], ['exp(A)', [3, 3]], ['sum(A)', []], ['norm2(x)', []], ['tr(A)', []], ['det(A)', []], ['logdet(A)', []],
    ['inv(A)', [3, 3]], ['dot(x, y)', []], ['softmax(x)', [3]], ['logsumexp(x)', []], ['W1*x', [4]], ['2.*x', [3]],
    ["(x + y)'*A", [1, 3]], ['diag(x)', [3, 3]], ['eye(2)', [2, 2]], ['ones(2, 3)', [2, 3]], ['zeros(3)', [3]],
    ['-x.^2', [3]], ['relu(W1*x)', [4]], ['2^-s', []], ['x.^-1', [3]],
  ]
  for (const [text, shape] of cases) it(`${text} is ${JSON.stringify(shape)}`, () => expect(parseMatrixExpr(text, SH).shape).toEqual(shape))

  it('reads -x.^2 as -(x.^2) and A*x + b with * before +', () => {
    expect(parseMatrixExpr('-x.^2', SH).kind).toBe('neg')
    expect(parseMatrixExpr('A*x + b', SH).kind).toBe('add')
  })

  it('treats a declared n×1 as a vector and 1×1 as a scalar', () => {
    expect(parseMatrixExpr('v', { v: [3, 1] }).shape).toEqual([3])
    expect(parseMatrixExpr('v', { v: [1, 1] }).shape).toEqual([])
  })

  it('prints text that parses back to the same text', () => {
    for (const t of ["x'*A*x + b'*x", '-(A*x - b)', "(x + y)'*(x - y)", 'exp(-s^2)', "inv(A)'*x", 'x.^-1.*y', "2*A'*(A*x - b)", 's/(t*s)']) {
      const once = toMatrixText(parseMatrixExpr(t, SH))
      expect(toMatrixText(parseMatrixExpr(once, SH))).toBe(once)
    }
  })
})

describe('parseMatrixExpr: errors say what is wrong and where', () => {
  const cases: [string, string, number, number][] = [
    ['A*z', 'A is 3×3 but z has 2 rows', 0, 3],
    ['x*y', "x*y multiplies two 3-vectors: did you mean x'*y (inner) or x.*y (elementwise)?", 0, 3],
    ['x*z', "x*z multiplies a 3-vector by a 2-vector: did you mean x*z' (outer product)?", 0, 3],
    ['det(B)', 'det needs a square matrix; B is 2×3', 0, 6],
    ['inv(B)', 'inv needs a square matrix; B is 2×3', 0, 6],
    ['tr(x)', 'tr needs a square matrix; x is a 3-vector', 0, 5],
    ['1 + det(B*x)', 'det needs a square matrix; B*x is a 2-vector', 4, 12],
    ["x'*B", "x' is 1×3 but B has 2 rows", 0, 4],
    ['x + z', 'x + z: x is a 3-vector but z is a 2-vector; both sides of + need the same shape', 0, 5],
    ['A - s', 'A - s: A is 3×3 but s is a scalar; both sides of - need the same shape', 0, 5],
    ['x.*A', '.* needs two operands of the same shape; x is a 3-vector but A is 3×3', 0, 4],
    ['x/A', "'/' divides by a scalar only; A is 3×3: multiply by inv(A) instead", 0, 3],
    ['A^2', "'^' raises a scalar to a scalar power; A is 3×3: use .^ for an elementwise power or A*A for the matrix product", 0, 3],
    ['x.^y', 'the exponent of .^ must be a scalar; y is a 3-vector', 0, 4],
    ['dot(x, z)', 'dot needs two column vectors of the same length; x is a 3-vector and z is a 2-vector', 0, 9],
    ['softmax(A)', 'softmax needs a column vector; A is 3×3', 0, 10],
    ['q*x', "unknown name 'q': declare its shape ([] scalar, [n] vector or [m, n] matrix)", 0, 1],
    ['dett(A)', "unknown function 'dett'; did you mean det?", 0, 4],
    ['det A', 'det is a function: write det(…)', 0, 3],
    ['A x', "unexpected 'x': an operator is missing before 'x' (write * for a product)", 2, 3],
    ['x + ', 'the expression ends too early: something is missing here', 4, 4],
    ['(x + y', "expected ')' to close the '(' here, found the end", 0, 6],
    ['x ᵀ', "unexpected character 'ᵀ'; write ' for the transpose, e.g. x'", 2, 3],
    ['dot(x)', 'dot takes 2 arguments, not 1', 0, 6],
    ['x ./ y', "'./' is not in the grammar: divide by a scalar with /, or multiply elementwise by b.^-1", 2, 4],
    ['*x', "expected a number, a name or '(' before '*'", 0, 1],
  ]
  for (const [text, message, start, end] of cases) {
    it(`${text} → ${message}`, () => {
      const e = errorOf(text)
      expect(e.message).toBe(message)
      expect([e.start, e.end]).toEqual([start, end])
    })
  }

  it('names compound operands as typed', () => {
    expect(errorOf('(x + y)*(x - y)').message).toBe("(x + y)*(x - y) multiplies two 3-vectors: did you mean (x + y)'*(x - y) (inner) or (x + y).*(x - y) (elementwise)?")
  })

  it('rejects bad declarations', () => {
    expect(errorOf('x', { x: [0] }).message).toMatch(/shape of x must be/)
    expect(errorOf('x', { x: [2, 2, 2] }).message).toMatch(/shape of x must be/)
    expect(errorOf('det', { det: [2] }).message).toBe("'det' is a function; give the variable another name")
  })

  it('survives deep nesting with an error, not a stack overflow', () => {
    expect(errorOf('('.repeat(5000) + 'x' + ')'.repeat(5000)).message).toBe('the expression is nested too deeply')
    expect(errorOf('-'.repeat(5000) + 'x').message).toBe('the expression is nested too deeply')
  })
})
