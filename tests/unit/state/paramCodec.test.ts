import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkParam, decodeParam, encodeParam, MAX_EXPRESSION_LENGTH } from '../../../src/state/paramCodec.ts'
import type { ParamSpec } from '../../../src/state/paramSpec.ts'

const number: ParamSpec = { kind: 'number', min: -5, max: 5, step: 0.01, default: 1 }
const integer: ParamSpec = { kind: 'integer', min: 16, max: 1024, step: 1, default: 256 }
const bool: ParamSpec = { kind: 'boolean', default: false }
const choice: ParamSpec = { kind: 'choice', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a' }
const interval: ParamSpec = { kind: 'interval', min: -10, max: 10, step: 0.1, default: [-1, 1] }
const expression: ParamSpec = { kind: 'expression', default: 'x' }

const problemOf = (spec: ParamSpec, text: string) => {
  const decoded = decodeParam(spec, text)
  return 'problem' in decoded ? decoded.problem : null
}

describe('decodeParam: numbers', () => {
  it.each([
    ['1.5', 1.5], ['-5', -5], ['5', 5], ['.5', 0.5], ['3.', 3], ['1e-3', 0.001], ['-2.5E0', -2.5], ['+2', 2],
  ])('reads %s as %d', (text, value) => {
    expect(decodeParam(number, text)).toEqual({ value })
  })

  it.each(['', ' ', 'NaN', 'nan', 'Infinity', '-Infinity', '1e999', '0x10', '1,5', '1.5abc', 'abc', '--1', '1 '])(
    "rejects '%s' as not a number",
    (text) => {
      expect(problemOf(number, text)).toContain('is not a number')
    },
  )

  it('names the range when a value is outside it', () => {
    expect(problemOf(number, '7')).toBe('7 is outside [-5, 5]')
    expect(problemOf(number, '-5.01')).toBe('-5.01 is outside [-5, 5]')
  })

  it('requires whole numbers for integers', () => {
    expect(decodeParam(integer, '64')).toEqual({ value: 64 })
    expect(problemOf(integer, '64.5')).toBe('64.5 is not a whole number')
    expect(problemOf(integer, '8')).toBe('8 is outside [16, 1024]')
  })

  it('round-trips every float64 in range exactly (String is the shortest exact decimal)', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (value) => {
        const decoded = decodeParam(number, encodeParam(number, value))
        // -0 is written '0', which reads back as +0: equal as numbers, which is all a slider distinguishes.
        expect(decoded).toEqual({ value: value === 0 ? 0 : value })
      }),
      { seed: 42, numRuns: 300 },
    )
  })
})

describe('decodeParam: booleans, choices, intervals', () => {
  it('reads 1/0 and true/false, writes 1/0', () => {
    expect(decodeParam(bool, '1')).toEqual({ value: true })
    expect(decodeParam(bool, 'false')).toEqual({ value: false })
    expect(encodeParam(bool, true)).toBe('1')
    expect(encodeParam(bool, false)).toBe('0')
    expect(problemOf(bool, 'yes')).toBe("'yes' is not a boolean (use 1 or 0)")
  })

  it('accepts only listed choices and lists them when refusing', () => {
    expect(decodeParam(choice, 'b')).toEqual({ value: 'b' })
    expect(problemOf(choice, 'c')).toBe("'c' is not one of a, b")
    expect(problemOf(choice, 'A')).toBe("'A' is not one of a, b")
  })

  it('reads lo,hi intervals inside the bounds with lo < hi', () => {
    expect(decodeParam(interval, '-3,2.5')).toEqual({ value: [-3, 2.5] })
    expect(encodeParam(interval, [-3, 2.5])).toBe('-3,2.5')
    expect(problemOf(interval, '2,-3')).toBe('2,-3 is empty: the lower bound must be below the upper bound')
    expect(problemOf(interval, '1,1')).toBe('1,1 is empty: the lower bound must be below the upper bound')
    expect(problemOf(interval, '-11,0')).toBe('-11,0 reaches outside [-10, 10]')
    expect(problemOf(interval, '1')).toBe("'1' is not an interval (write lo,hi, e.g. -2,2)")
    expect(problemOf(interval, '1,x')).toBe("'1,x' is not an interval of two numbers")
  })
})

describe('checkParam', () => {
  it('rejects NaN and infinities for numbers', () => {
    expect(checkParam(number, Number.NaN)).toBe('NaN is not a finite number')
    expect(checkParam(number, Number.POSITIVE_INFINITY)).toBe('Infinity is not a finite number')
    expect(checkParam(number, 0)).toBeNull()
  })

  it('rejects intervals with a NaN bound', () => {
    expect(checkParam(interval, [Number.NaN, 1])).toBe('NaN,1 has a bound that is not finite')
  })
})

describe('decodeParam: expressions', () => {
  it('accepts text that parses and keeps it verbatim', () => {
    expect(decodeParam(expression, 'sin(x)*cos(y)')).toEqual({ value: 'sin(x)*cos(y)' })
    expect(decodeParam(expression, '2ab x')).toEqual({ value: '2ab x' })
  })

  it('says where the parser stopped', () => {
    const problem = problemOf(expression, 'sin(x')
    expect(problem).toMatch(/at characters \d+-\d+ of 'sin\(x'/)
    expect(problemOf(expression, 'sn(x)')).toContain("did you mean 'sin'")
    expect(problemOf(expression, 'x $ y')).toContain('at characters 2-3')
  })

  it('refuses overlong text before parsing it', () => {
    const long = 'x+'.repeat(MAX_EXPRESSION_LENGTH) + 'x'
    expect(problemOf(expression, long)).toBe('the expression is longer than 500 characters (it has 1001)')
  })
})
