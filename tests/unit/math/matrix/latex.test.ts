// d.latex renders in KaTeX (throwOnError) for every derivative of the gallery, and reads as the textbook writes it.
import { describe, expect, it } from 'vitest'
import katex from 'katex'
import { matrixDerivative, parseMatrixExpr, toMatrixLatex } from '../../../../src/math/matrix/index.ts'
import { MATRIX_IDENTITIES } from '../../../../src/math/matrix/identities.ts'

describe('LaTeX', () => {
  it('every gallery expression and derivative renders in KaTeX', () => {
    for (const identity of MATRIX_IDENTITIES) {
      const f = parseMatrixExpr(identity.expr, identity.shapes)
      const d = matrixDerivative(f, identity.wrt)
      for (const tex of [toMatrixLatex(f), d.latex]) {
        expect(() => katex.renderToString(tex, { throwOnError: true }), tex).not.toThrow()
      }
    }
  })
  it('uses the textbook notation', () => {
    const sh = { x: [3], A: [3, 3], X: [3, 3], s: [], u: [3], v: [3] }
    const tex = (t: string) => toMatrixLatex(parseMatrixExpr(t, sh))
    expect(tex("(A + A')*x")).toBe('\\left(\\mathbf{A} + \\mathbf{A}^{\\top}\\right) \\mathbf{x}')
    expect(tex("det(X)*inv(X)'")).toBe('\\det\\left(\\mathbf{X}\\right) \\mathbf{X}^{-\\top}')
    expect(tex('u.*v')).toBe('\\mathbf{u} \\odot \\mathbf{v}')
    expect(tex('norm2(x)^2')).toBe('\\left\\lVert \\mathbf{x} \\right\\rVert_2^{2}')
    expect(tex('s*x/2')).toBe('\\frac{s \\mathbf{x}}{2}')
    expect(tex('inv(A)')).toBe('\\mathbf{A}^{-1}')
  })
})
