// Known-answer table: every function of the whitelist and every rule, with the derivative written by hand as text
// (often in a different but equal form, e.g. tan' as 1/cos², abs' as x/|x|), compared by evaluating both in float64
// at several points. A handful of simple ones are also compared structurally, so the shape the learner sees is pinned.
import { describe, expect, it } from 'vitest'
import { differentiate } from '../../../../src/math/expr/differentiate.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { toText } from '../../../../src/math/expr/toText.ts'
import { equals } from '../../../../src/math/expr/ast.ts'
import { FUNCTION_NAMES } from '../../../../src/math/expr/functions.ts'
import { evaluateWithStats } from './evalForTests.ts'

const DEFAULT_XS = [-2.3, -0.7, 0.4, 1.3, 2.9]
const INSIDE_UNIT = [-0.7, -0.2, 0.4, 0.9]
const OUTSIDE_UNIT = [-2.3, -1.4, 1.3, 2.9]
const POSITIVE = [0.4, 1.3, 2.9, 5.5]
const OTHERS = { y: 0.8, a: 1.7, b: -0.6, c: 2.2 }

/** [variable, f, f' by hand, points for the variable]. */
const TABLE: [string, string, string, number[]?][] = [
  ['x', '7', '0'],
  ['x', 'x', '1'],
  ['x', 'y', '0'],
  ['x', 'pi x', 'pi'],
  ['x', 'x^2', '2x'],
  ['x', 'x^3', '3x^2'],
  ['x', 'x^-2', '-2 / x^3'],
  ['x', 'x^0.5', '1 / (2 sqrt(x))', POSITIVE],
  ['x', '5x^4 - 3x + 2', '20x^3 - 3'],
  ['x', '-x^3', '-3x^2'],
  ['x', 'x^y', 'y x^(y - 1)', POSITIVE],
  ['x', 'e^x', 'exp(x)'],
  ['x', '2^x', '2^x * log(2)'],
  ['x', 'e^(3x)', '3 exp(3x)'],
  ['x', 'x^x', 'x^x (log(x) + 1)', POSITIVE],
  ['x', 'x^sin(x)', 'x^sin(x) (cos(x) log(x) + sin(x) / x)', POSITIVE],
  ['x', 'pow(x, 3)', '3x^2'],
  ['x', 'pow(2, x^2)', '2x * 2^(x^2) * log(2)'],
  ['x', 'exp(x)', 'exp(x)'],
  ['x', 'exp(-x^2)', '-2x exp(-x^2)'],
  ['x', 'log(x)', '1 / x', POSITIVE],
  ['x', 'ln(x^2 + 1)', '2x / (x^2 + 1)'],
  ['x', 'log10(x)', '1 / (x log(10))', POSITIVE],
  ['x', 'log2(x)', '1 / (x log(2))', POSITIVE],
  ['x', 'log(x, 3)', '1 / (x log(3))', POSITIVE],
  ['x', 'log(2, x)', '-log(2) / (x log(x)^2)', [0.4, 2.9, 5.5]],
  ['x', 'log(x, x + 1)', '(log(x + 1) / x - log(x) / (x + 1)) / log(x + 1)^2', POSITIVE],
  ['x', 'x sin(x)', 'sin(x) + x cos(x)'],
  ['x', 'x^2 e^x', '(2x + x^2) exp(x)'],
  ['x', 'sin(x) / x', '(x cos(x) - sin(x)) / x^2'],
  ['x', '1 / x', '-1 / x^2'],
  ['x', '(x + 1) / (x - 1)', '-2 / (x - 1)^2'],
  ['x', 'sin(x)', 'cos(x)'],
  ['x', 'cos(x)', '-sin(x)'],
  ['x', 'tan(x)', '1 / cos(x)^2'],
  ['x', 'sec(x)', 'sin(x) / cos(x)^2'],
  ['x', 'csc(x)', '-cos(x) / sin(x)^2'],
  ['x', 'cot(x)', '-1 / sin(x)^2'],
  ['x', 'sin(x^2)', '2x cos(x^2)'],
  ['x', 'cos(3x + 1)', '-3 sin(3x + 1)'],
  ['x', 'sin(cos(x))', '-sin(x) cos(cos(x))'],
  ['x', 'asin(x)', '1 / sqrt(1 - x^2)', INSIDE_UNIT],
  ['x', 'acos(x)', '-1 / sqrt(1 - x^2)', INSIDE_UNIT],
  ['x', 'atan(x)', '1 / (1 + x^2)'],
  ['x', 'asec(x)', '1 / (x^2 sqrt(1 - 1 / x^2))', OUTSIDE_UNIT],
  ['x', 'acsc(x)', '-1 / (x^2 sqrt(1 - 1 / x^2))', OUTSIDE_UNIT],
  ['x', 'acot(x)', '-1 / (1 + x^2)', [-2.3, -0.7, 0, 0.4, 2.9]],
  ['x', 'atan(2x)', '2 / (1 + 4x^2)'],
  ['x', 'atan2(y, x)', '-y / (x^2 + y^2)'],
  ['y', 'atan2(y, x)', 'x / (x^2 + y^2)'],
  ['x', 'atan2(x, 1)', '1 / (1 + x^2)'],
  ['x', 'sinh(x)', 'cosh(x)'],
  ['x', 'cosh(x)', 'sinh(x)'],
  ['x', 'tanh(x)', '1 - tanh(x)^2'],
  ['x', 'sech(x)', '-sinh(x) / cosh(x)^2'],
  ['x', 'csch(x)', '-cosh(x) / sinh(x)^2'],
  ['x', 'coth(x)', '-1 / sinh(x)^2'],
  ['x', 'asinh(x)', '1 / sqrt(x^2 + 1)'],
  ['x', 'acosh(x)', '1 / sqrt(x^2 - 1)', [1.3, 2.9, 5.5]],
  ['x', 'atanh(x)', '1 / (1 - x^2)', INSIDE_UNIT],
  ['x', 'asech(x)', '-1 / (x sqrt(1 - x^2))', [0.2, 0.4, 0.9]],
  ['x', 'acsch(x)', '-1 / (x^2 sqrt(1 + 1 / x^2))'],
  ['x', 'acoth(x)', '1 / (1 - x^2)', OUTSIDE_UNIT],
  ['x', 'sqrt(x)', '0.5 x^(-0.5)', POSITIVE],
  ['x', 'sqrt(x^2 + 1)', 'x / sqrt(x^2 + 1)'],
  ['x', 'cbrt(x)', '1 / (3 cbrt(x^2))'],
  ['x', 'abs(x)', 'x / abs(x)'],
  ['x', 'abs(x^2 - 1)', '2x (x^2 - 1) / abs(x^2 - 1)'],
  ['x', 'min(x, 1)', '(1 - sign(x - 1)) / 2'],
  ['x', 'max(x, x^2)', '(1 + sign(x - x^2)) / 2 + (1 + sign(x^2 - x)) x'],
  ['y', 'min(x, y)', '(1 + sign(x - y)) / 2', [-2.3, -0.7, 0.4, 1.3]],
  ['x', 'relu(x)', '(1 + sign(x)) / 2'],
  ['x', 'relu(x^2 - 1)', 'x (1 + sign(x^2 - 1))'],
  ['x', 'sigmoid(x)', 'exp(-x) / (1 + exp(-x))^2'],
  ['x', 'sigmoid(2x)', '2 exp(-2x) / (1 + exp(-2x))^2'],
  ['x', 'softplus(x)', '1 / (1 + exp(-x))'],
  ['x', 'softplus(3x)', '3 / (1 + exp(-3x))'],
  ['x', 'sign(x)', '0'],
  ['x', 'step(x)', '0'],
  ['y', 'x^2 y^3', '3x^2 y^2'],
  ['x', 'sin(x y)', 'y cos(x y)'],
  ['x', 'a x^2 + b x + c', '2a x + b'],
  ['x', 'exp(sin(x))', 'cos(x) exp(sin(x))'],
  ['x', '(x^2 + 1)^3', '6x (x^2 + 1)^2'],
  ['x', 'sqrt(sin(x))', 'cos(x) / (2 sqrt(sin(x)))', [0.4, 1.3, 2.9]],
  ['x', 'log(cosh(x))', 'tanh(x)'],
  ['x', 'x / (1 + exp(-x))', '1 / (1 + exp(-x)) + x exp(-x) / (1 + exp(-x))^2'],
  ['x', '3 / x^2', '-6 / x^3'],
  ['x', '-(x - 2y)', '-1'],
  // erf and the activations, derived by hand: erf' = 2/√π e^(−x²); gelu = x Φ(x) ⇒ Φ(x) + x φ(x); silu = x σ(x).
  ['x', 'erf(x)', '1.1283791670955126 exp(-x^2)'],
  ['x', 'erf(2x)', '2.256758334191025 exp(-4x^2)'],
  ['x', 'gelu(x)', '0.5 + 0.5 erf(0.7071067811865476 x) + 0.3989422804014327 x exp(-0.5 x^2)'],
  ['x', 'silu(x)', '1 / (1 + exp(-x)) + x exp(-x) / (1 + exp(-x))^2'],
  ['x', 'leaky_relu(x)', '0.01 + 0.99 (1 + sign(x)) / 2'],
  ['x', 'leaky_relu(3x, 0.2)', '0.6 + 2.4 (1 + sign(x)) / 2'],
  ['a', 'leaky_relu(b, a)', 'b (1 - sign(b)) / 2', [-2.3, -0.7, 0.4, 1.3]],
  ['x', 'elu(x)', '(1 + sign(x)) / 2 + (1 - sign(x)) / 2 exp(x)'],
  ['x', 'elu(x, 2)', '(1 + sign(x)) / 2 + (1 - sign(x)) exp(x)'],
  ['x', 'mask(step(x), x^2)', '(1 + sign(x)) x'],
  ['x', 'defined(ln(x), x^2)', '2x', [0.4, 1.3, 2.9]],
]

describe('derivative table: result equals the hand-written derivative at sample points', () => {
  it('covers every function of the whitelist', () => {
    const used = new Set(TABLE.flatMap(([, f]) => FUNCTION_NAMES.filter((fn) => new RegExp(`\\b${fn}\\(`).test(f))))
    expect(FUNCTION_NAMES.filter((fn) => !used.has(fn))).toEqual([])
    expect(TABLE.length).toBeGreaterThanOrEqual(60)
  })

  it.each(TABLE)('d/d%s %s = %s', (variable, f, expectedText, xs = DEFAULT_XS) => {
    const { result } = differentiate(parse(f), variable)
    const expected = parse(expectedText)
    let checked = 0
    for (const t of xs) {
      const scope = { x: 1.1, ...OTHERS, [variable]: t }
      const want = evaluateWithStats(expected, scope)
      if (!Number.isFinite(want.value)) continue
      const got = evaluateWithStats(result, scope).value
      const tolerance = 1e-9 * Math.max(1, Math.abs(want.value)) + 1e-13 * want.scale
      expect(Math.abs(got - want.value), `at ${variable} = ${t}: got ${got} (${toText(result)}), want ${want.value}`).toBeLessThanOrEqual(tolerance)
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(2)
  })
})

describe('derivative table: exact shapes of simple results', () => {
  const SHAPES: [string, string, string][] = [
    ['x', 'x^2', '2x'],
    ['x', 'x^3 + 2x', '3x^2 + 2'],
    ['x', '1 / x', '-1 / x^2'],
    ['x', 'sin(x^2)', '2x cos(x^2)'],
    ['x', 'e^x', 'e^x'],
    ['x', '(x^2 + 1)^3', '6x (x^2 + 1)^2'],
    ['x', 'sin(x) cos(x)', 'cos(x)^2 - sin(x)^2'],
    ['x', 'a x^2 + b x + c', '2a x + b'],
    ['x', 'tan(x)', 'sec(x)^2'],
    ['x', 'acot(x)', '-1 / (x^2 + 1)'],
    ['x', 'relu(x)', 'step(x)'],
    ['x', 'softplus(x)', 'sigmoid(x)'],
    ['y', 'x sin(y)', 'x cos(y)'],
    ['x', 'sin(x) sin(x) sin(x)', '3 sin(x)^2 cos(x)'],
    ['x', 'sin(x) cos(x) - cos(x) sin(x)', '0'],
    ['x', 'sqrt(relu(x))', 'mask(step(x), 1 / (2 sqrt(relu(x))))'],
    ['x', 'ln(x)', 'defined(ln(x), 1 / x)'],
    ['x', 'ln(sigmoid(x))', '1 - sigmoid(x)'],
    ['x', 'ln(x^2 + 1)', 'defined(ln(x^2 + 1), 2x / (x^2 + 1))'],
  ]
  it.each(SHAPES)('d/d%s %s is written %s', (variable, f, expected) => {
    const { result } = differentiate(parse(f), variable)
    expect(equals(result, parse(expected)), `got ${toText(result)}`).toBe(true)
    expect(toText(result)).toBe(toText(parse(expected)))
  })

  it('prints d/dx x^2 as the text "2x"', () => {
    expect(toText(differentiate(parse('x^2'), 'x').result)).toBe('2x')
  })
})
