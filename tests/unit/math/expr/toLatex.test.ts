// toLatex: a known-answer table written by hand, and KaTeX's own parser as the judge that every random AST
// (every operator, every function) produces LaTeX it renders without error.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import katex from 'katex'
import { add, call, constant, div, mul, neg, num, pow, sub, variable, type Expr } from '../../../../src/math/expr/ast.ts'
import { FUNCTIONS, GREEK_NAMES, type FnName } from '../../../../src/math/expr/functions.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { toLatex } from '../../../../src/math/expr/toLatex.ts'
import { exprArb } from './arbitraryExpr.ts'

const x = variable('x')
const y = variable('y')
const a = variable('a')
const b = variable('b')

const renders = (tex: string): boolean => {
  katex.renderToString(tex, { throwOnError: true })
  return true
}

const KNOWN: Array<[Expr, string]> = [
  [div(x, y), '\\frac{x}{y}'],
  [call('sqrt', x), '\\sqrt{x}'],
  [call('cbrt', x), '\\sqrt[3]{x}'],
  [call('sin', x), '\\sin\\left(x\\right)'],
  [call('asin', x), '\\arcsin\\left(x\\right)'],
  [call('coth', x), '\\coth\\left(x\\right)'],
  [call('asec', x), '\\operatorname{arcsec}\\left(x\\right)'],
  [call('sech', x), '\\operatorname{sech}\\left(x\\right)'],
  [call('asinh', x), '\\operatorname{arsinh}\\left(x\\right)'],
  [call('sigmoid', x), '\\operatorname{sigmoid}\\left(x\\right)'],
  [call('relu', x), '\\operatorname{ReLU}\\left(x\\right)'],
  [call('sign', x), '\\operatorname{sgn}\\left(x\\right)'],
  [call('step', x), '\\operatorname{step}\\left(x\\right)'],
  [call('log', x), '\\ln\\left(x\\right)'],
  [call('ln', x), '\\ln\\left(x\\right)'],
  [call('log', x, b), '\\log_{b}\\left(x\\right)'],
  [call('log10', x), '\\log_{10}\\left(x\\right)'],
  [call('log2', x), '\\log_{2}\\left(x\\right)'],
  [call('exp', neg(x)), 'e^{-x}'],
  [call('abs', sub(x, y)), '\\left|x - y\\right|'],
  [call('max', x, num(0)), '\\max\\left(x, 0\\right)'],
  [call('atan2', y, x), '\\operatorname{atan2}\\left(y, x\\right)'],
  [call('pow', x, num(3)), 'x^{3}'],
  [pow(x, add(num(2), y)), 'x^{2 + y}'],
  [pow(pow(a, b), x), '\\left(a^{b}\\right)^{x}'],
  [pow(call('exp', x), num(2)), '\\left(e^{x}\\right)^{2}'],
  [pow(call('sin', x), num(2)), '\\sin\\left(x\\right)^{2}'],
  [pow(div(num(1), x), num(2)), '\\left(\\frac{1}{x}\\right)^{2}'],
  [pow(num(-2), x), '\\left(-2\\right)^{x}'],
  [constant('pi'), '\\pi'],
  [pow(constant('e'), x), 'e^{x}'],
  [variable('theta'), '\\theta'],
  [variable('x1'), 'x_{1}'],
  [variable('w_2'), 'w_{2}'],
  [variable('w_ij'), 'w_{ij}'],
  [variable('alpha_1'), '\\alpha_{1}'],
  [mul(num(2), x), '2 x'],
  [mul(num(2), num(3)), '2 \\cdot 3'],
  [mul(x, num(2)), 'x \\cdot 2'],
  [mul(x, call('sin', y)), 'x \\sin\\left(y\\right)'],
  [mul(num(2), div(num(1), x)), '2 \\cdot \\frac{1}{x}'],
  [mul(add(x, num(1)), sub(x, num(1))), '\\left(x + 1\\right) \\left(x - 1\\right)'],
  [mul(x, neg(y)), 'x \\left(-y\\right)'],
  [mul(num(-2), x), '-2 x'],
  [sub(a, sub(x, y)), 'a - \\left(x - y\\right)'],
  [add(a, add(x, y)), 'a + x + y'],
  [add(x, neg(y)), 'x + \\left(-y\\right)'],
  [sub(x, num(-2)), 'x - \\left(-2\\right)'],
  [neg(pow(x, num(2))), '-x^{2}'],
  [neg(add(x, y)), '-\\left(x + y\\right)'],
  [neg(neg(x)), '-\\left(-x\\right)'],
  [num(1e-7), '1 \\times 10^{-7}'],
  [num(2.5e21), '2.5 \\times 10^{21}'],
  [num(0.5), '0.5'],
]

describe('toLatex known answers', () => {
  it.each(KNOWN)('%j → %s', (expr, tex) => {
    expect(toLatex(expr)).toBe(tex)
    expect(renders(tex)).toBe(true)
  })

  it('prints parsed text as expected', () => {
    expect(toLatex(parse('sin(x)*cos(y) + a*x^2'))).toBe('\\sin\\left(x\\right) \\cos\\left(y\\right) + a x^{2}')
    expect(toLatex(parse('(x^2 - 1)/(2x)'))).toBe('\\frac{x^{2} - 1}{2 x}')
  })

  it('gives every Greek letter its macro', () => {
    for (const name of GREEK_NAMES) expect(toLatex(variable(name))).toBe(`\\${name}`)
  })
})

describe('toLatex renders in KaTeX', () => {
  it('for every function of the whitelist', () => {
    for (const [fn, spec] of FUNCTIONS) {
      const args = [x, y].slice(0, spec.maxArgs)
      expect(renders(toLatex(pow(call(fn as FnName, ...args), num(2)))), fn).toBe(true)
    }
  })

  it('for random ASTs over every operator and function', () => {
    fc.assert(fc.property(exprArb(), (e) => renders(toLatex(e))), { seed: 42, numRuns: 1000 })
  })

  it('for random ASTs with subscripted and Greek variables', () => {
    const names = ['w_ij', 'x1', 'theta', 'alpha_2', 'omicron', 'E']
    fc.assert(fc.property(exprArb(names, undefined, 5), (e) => renders(toLatex(e))), { seed: 9, numRuns: 500 })
  })

  it('for any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => renders(toLatex(pow(num(v), mul(x, num(v)))))),
      { seed: 5, numRuns: 500 },
    )
  })
})

describe('toLatex: long floats are shown as people read them (toText keeps every digit)', () => {
  it('prints the float of 10/3 as a fraction and an irrational-looking float rounded to 6 digits', async () => {
    const { toLatex: latex, toText: text, parse: p } = await import('../../../../src/math/expr/index.ts')
    expect(latex(p('3.3333333333333335 * x'))).toBe('\\frac{10}{3} x')
    expect(latex(p('-0.14285714285714285'))).toBe('-\\frac{1}{7}')
    expect(latex(p('0.12345678912345'))).toBe('0.123457')
    expect(latex(p('0.5 x'))).toBe('0.5 x')
    // A fraction as a power's base is parenthesised, like a product.
    expect(latex(p('3.3333333333333335^x'))).toBe('\\left(\\frac{10}{3}\\right)^{x}')
    expect(text(p('3.3333333333333335 * x'))).toBe('3.3333333333333335x')
  })
})
