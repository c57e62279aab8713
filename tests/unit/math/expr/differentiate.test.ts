// differentiate: which rule each step names, the order and depth of steps, their text and LaTeX, partial derivatives,
// and the conventions at kinks (documented in rules/piecewise.ts).
import { describe, expect, it } from 'vitest'
import { differentiate } from '../../../../src/math/expr/differentiate.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { toText } from '../../../../src/math/expr/toText.ts'
import { toLatex } from '../../../../src/math/expr/toLatex.ts'
import { equals } from '../../../../src/math/expr/ast.ts'
import type { RuleName } from '../../../../src/math/expr/derivation.ts'
import { evaluate } from './evalForTests.ts'

const stepsOf = (text: string, variable = 'x') => differentiate(parse(text), variable).steps

describe('differentiate: the rule of the outermost step', () => {
  const RULES: [string, RuleName][] = [
    ['5', 'constant'], ['x', 'variable'], ['y', 'constant'], ['x + 3', 'sum'], ['x - sin(x)', 'difference'],
    ['-x^2', 'negation'], ['3x', 'constant-multiple'], ['x / 3', 'constant-multiple'], ['x sin(x)', 'product'],
    ['x / (x + 1)', 'quotient'], ['x^2', 'power'], ['x^y', 'power'], ['(x + 1)^2', 'chain'], ['2^x', 'exponential'],
    ['x^x', 'general-power'], ['pow(x, x)', 'general-power'], ['exp(x)', 'exponential'], ['log(x)', 'logarithm'],
    ['log(x, 2)', 'logarithm'], ['sin(x)', 'trig'], ['sin(2x)', 'chain'], ['asin(x)', 'inverse-trig'],
    ['atan2(y, x)', 'inverse-trig'], ['sinh(x)', 'hyperbolic'], ['asinh(x)', 'inverse-hyperbolic'], ['sqrt(x)', 'root'],
    ['cbrt(x)', 'root'], ['abs(x)', 'abs'], ['min(x, 1)', 'piecewise'], ['max(x, 1)', 'piecewise'], ['relu(x)', 'piecewise'],
    ['sign(x)', 'piecewise'], ['step(x)', 'piecewise'], ['sigmoid(x)', 'sigmoid'], ['softplus(x)', 'softplus'],
  ]
  it.each(RULES)('d/dx %s starts with the %s rule', (f, rule) => {
    expect(stepsOf(f)[0]!.rule).toBe(rule)
  })
})

describe('differentiate: steps', () => {
  it('are in pre-order with depth: the whole expression first, then the pieces that justify it', () => {
    const steps = stepsOf('x^2 e^x + sin(x^2)')
    expect(steps.map((s) => [s.rule, s.depth])).toEqual([
      ['sum', 0], ['product', 1], ['power', 2], ['exponential', 2], ['chain', 1], ['power', 2],
    ])
    expect(steps.map((s) => toText(s.expr))).toEqual(['x^2 e^x + sin(x^2)', 'x^2 e^x', 'x^2', 'e^x', 'sin(x^2)', 'x^2'].map((t) => toText(parse(t))))
  })

  it('fold trivial leaves into their parent but keep a step for a constant sub-expression', () => {
    expect(stepsOf('x + 3').map((s) => s.rule)).toEqual(['sum'])
    expect(stepsOf('x + sin(y)').map((s) => s.rule)).toEqual(['sum', 'constant'])
    const constant = stepsOf('x + sin(y)')[1]!
    expect(equals(constant.result, parse('0'))).toBe(true)
    expect(stepsOf('7')).toHaveLength(1)
  })

  it('record the result of the first step as the final answer', () => {
    const { result, steps } = differentiate(parse('x^3 sin(x)'), 'x')
    expect(equals(steps[0]!.result, result)).toBe(true)
    expect(steps.every((s) => s.variable === 'x' && s.ruleLatex.length > 0)).toBe(true)
  })

  it('read as a derivation: "chain rule: d/dx [sin(x^2)] = 2x cos(x^2)"', () => {
    const [chain, power] = stepsOf('sin(x^2)')
    expect(chain!.text).toBe(`chain rule: d/dx [${toText(parse('sin(x^2)'))}] = ${toText(parse('2x cos(x^2)'))}`)
    expect(power!.text).toBe(`power rule: d/dx [${toText(parse('x^2'))}] = ${toText(parse('2x'))}`)
    expect(chain!.ruleLatex).toBe("(\\sin u)' = \\cos u \\cdot u'")
  })

  it('have KaTeX-ready LaTeX, with ∂ when other variables are present', () => {
    const [single] = stepsOf('x^2')
    expect(single!.latex).toBe(`\\frac{d}{dx}\\left[${toLatex(parse('x^2'))}\\right] = ${toLatex(parse('2x'))}`)
    const [partial] = stepsOf('x^2 y')
    expect(partial!.latex.startsWith('\\frac{\\partial}{\\partial x}\\left[')).toBe(true)
    expect(partial!.text.startsWith('constant multiple rule: ∂/∂x [')).toBe(true)
  })

  it('differentiate with respect to any variable name, treating the others as constants', () => {
    const { result } = differentiate(parse('theta^2 + x theta'), 'theta')
    expect(evaluate(result, { theta: 1.5, x: 0.25 })).toBeCloseTo(2 * 1.5 + 0.25, 12)
  })
})

describe('differentiate: conventions at kinks (rules/piecewise.ts)', () => {
  const at = (f: string, x: number): number => evaluate(differentiate(parse(f), 'x').result, { x })

  it('abs and relu have derivative 0 at 0, and ±1 / 0-1 elsewhere', () => {
    expect([at('abs(x)', -2), at('abs(x)', 0), at('abs(x)', 3)]).toEqual([-1, 0, 1])
    expect([at('relu(x)', -2), at('relu(x)', 0), at('relu(x)', 3)]).toEqual([0, 0, 1])
  })

  it('min and max take the derivative of their first argument at a tie', () => {
    // x and 2x − 1 tie at x = 1; the first argument's derivative there is 1, the second's is 2.
    expect(at('min(x, 2x - 1)', 1)).toBe(1)
    expect(at('max(x, 2x - 1)', 1)).toBe(1)
    expect(at('min(2x - 1, x)', 1)).toBe(2)
    expect([at('min(x, 2x - 1)', 3), at('min(x, 2x - 1)', -3)]).toEqual([1, 2])
    expect([at('max(x, 2x - 1)', 3), at('max(x, 2x - 1)', -3)]).toEqual([2, 1])
  })

  it('sign and step are flat (derivative 0 away from the jump)', () => {
    expect(equals(differentiate(parse('sign(x^2 - 1)'), 'x').result, parse('0'))).toBe(true)
    expect(equals(differentiate(parse('step(sin(x))'), 'x').result, parse('0'))).toBe(true)
  })

  it('0^x has derivative 0 where it is finite, not 0 · ln 0 = NaN', () => {
    expect(at('0^x', 2)).toBe(0)
    expect(at('(x - x)^x', 2)).toBe(0)
  })
})

describe('∂ or d in the steps', () => {
  it('follows the expression by default, and the caller when it says (log(x) in a scene of f(x, y))', () => {
    const f = parse('log(x)')
    expect(differentiate(f, 'x').steps[0]!.latex.startsWith('\\frac{d}{dx}')).toBe(true)
    expect(differentiate(f, 'x', { partial: true }).steps[0]!.latex.startsWith('\\frac{\\partial}{\\partial x}')).toBe(true)
    expect(differentiate(f, 'x', { partial: true }).steps[0]!.text).toContain('∂/∂x')
    expect(differentiate(parse('x*y'), 'x', { partial: false }).steps[0]!.text).toContain('d/dx')
  })
})
