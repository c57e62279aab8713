// parse: a known-answer table (text → tree built by hand with the constructors), one row per grammar rule,
// plus every function of the whitelist.
import { describe, expect, it } from 'vitest'
import { add, call, constant, div, equals, mul, neg, num, pow, sub, variable, type Expr } from '../../../../src/math/expr/ast.ts'
import { FUNCTIONS, GREEK_NAMES, type FnName } from '../../../../src/math/expr/functions.ts'
import { parse } from '../../../../src/math/expr/parse.ts'

const x = variable('x')
const y = variable('y')
const a = variable('a')
const b = variable('b')
const c = variable('c')
const e = constant('e')
const pi = constant('pi')

const TABLE: Array<[string, Expr]> = [
  // numbers
  ['2', num(2)],
  ['0.5', num(0.5)],
  ['.5', num(0.5)],
  ['2.', num(2)],
  ['1e-3', num(0.001)],
  ['2.5E+4', num(25000)],
  ['1e5', num(100000)],
  ['  7\t', num(7)],
  // operators, precedence, associativity
  ['x + y', add(x, y)],
  ['a - b - c', sub(sub(a, b), c)],
  ['a - (b - c)', sub(a, sub(b, c))],
  ['a * b / c', div(mul(a, b), c)],
  ['a / b / c', div(div(a, b), c)],
  ['a + b * c', add(a, mul(b, c))],
  ['a^b^c', pow(a, pow(b, c))],
  ['(a^b)^c', pow(pow(a, b), c)],
  ['2*x^2', mul(num(2), pow(x, num(2)))],
  // unary signs
  ['-x^2', neg(pow(x, num(2)))],
  ['-2x', mul(num(-2), x)],
  ['-2', num(-2)],
  ['-2^2', neg(pow(num(2), num(2)))],
  ['-(2)', neg(num(2))],
  ['--x', neg(neg(x))],
  ['--2', neg(num(-2))],
  ['2^-x', pow(num(2), neg(x))],
  ['2^-3', pow(num(2), num(-3))],
  ['x^-y^2', pow(x, neg(pow(y, num(2))))],
  ['-x * y', mul(neg(x), y)],
  ['a - -b', sub(a, neg(b))],
  ['a * -b', mul(a, neg(b))],
  ['+x', x],
  ['x + +y', add(x, y)],
  ['(-2)^x', pow(num(-2), x)],
  // implicit multiplication
  ['2x', mul(num(2), x)],
  ['3 sin(x)', mul(num(3), call('sin', x))],
  ['2(x+1)', mul(num(2), add(x, num(1)))],
  ['(x+1)(x-1)', mul(add(x, num(1)), sub(x, num(1)))],
  ['x y', mul(x, y)],
  ['2ab', mul(mul(num(2), a), b)],
  ['1/2x', mul(div(num(1), num(2)), x)],
  ['x^2y', mul(pow(x, num(2)), y)],
  ['2e', mul(num(2), e)],
  ['2ex', mul(mul(num(2), e), x)],
  ['2e^x', mul(num(2), pow(e, x))],
  ['sin(x)cos(y)', mul(call('sin', x), call('cos', y))],
  // names
  ['xy', mul(x, y)],
  ['theta', variable('theta')],
  ['pix', mul(pi, x)],
  ['exy', mul(mul(e, x), y)],
  ['pi', pi],
  ['e', e],
  ['x1', variable('x1')],
  ['w_2', variable('w_2')],
  ['w_ij', variable('w_ij')],
  ['theta_1 + alpha2', add(variable('theta_1'), variable('alpha2'))],
  ['e1', variable('e1')],
  ['x1y', mul(variable('x1'), y)],
  ['alphax', mul(variable('alpha'), x)],
  ['lambda mu', mul(variable('lambda'), variable('mu'))],
  ['X', variable('X')],
  ['pie', mul(pi, e)],
  // a run of letters before '('
  ['xsin(y)', mul(x, call('sin', y))],
  ['xasin(y)', mul(x, call('asin', y))],
  ['x(y+1)', mul(x, add(y, num(1)))],
  ['ab(c)', mul(mul(a, b), c)],
  ['tau(x)', mul(variable('tau'), x)],
  ['sin (x)', call('sin', x)],
  ['sinh(x)', call('sinh', x)],
  ['log10(x)', call('log10', x)],
  ['xlog2(y)', mul(x, call('log2', y))],
  ['log(x, 2)', call('log', x, num(2))],
  ['atan2(y, x)', call('atan2', y, x)],
  ['max(x, -y)', call('max', x, neg(y))],
  ['sin(x)^2', pow(call('sin', x), num(2))],
  ['exp(-x^2/2)', call('exp', div(neg(pow(x, num(2))), num(2)))],
  ['sigmoid(w_1 x + b)', call('sigmoid', add(mul(variable('w_1'), x), b))],
  // whitespace of every kind
  ['\tx\n+\r\ny ', add(x, y)],
  ['x\u00a0+\u2003y', add(x, y)],
  ['sin\u00a0(x)', call('sin', x)],
]

describe('parse known answers', () => {
  it('has a table large enough to cover the grammar', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(50)
  })

  it.each(TABLE)('%j', (text, expected) => {
    const got = parse(text)
    expect(equals(got, expected), JSON.stringify(got)).toBe(true)
  })

  it('parses every function of the whitelist with each allowed number of arguments', () => {
    for (const [fn, spec] of FUNCTIONS) {
      for (let n = spec.minArgs; n <= spec.maxArgs; n++) {
        const args = [x, y].slice(0, n)
        const text = `${fn}(${['x', 'y'].slice(0, n).join(', ')})`
        expect(equals(parse(text), call(fn as FnName, ...args)), text).toBe(true)
      }
    }
  })

  it('reads every Greek letter name as one variable, and pi as the constant', () => {
    for (const name of GREEK_NAMES) expect(equals(parse(name), variable(name)), name).toBe(true)
    expect(parse('pi').kind).toBe('const')
  })

  it('returns frozen nodes', () => {
    const tree = parse('2x + sin(y)')
    expect(Object.isFrozen(tree)).toBe(true)
  })
})
