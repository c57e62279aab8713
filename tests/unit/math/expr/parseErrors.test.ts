// parse errors: every bad input gives an ExprError that says what is wrong, how to fix it, and where (start, end).
import { describe, expect, it } from 'vitest'
import { ExprError } from '../../../../src/math/expr/errors.ts'
import { parse } from '../../../../src/math/expr/parse.ts'
import { toText } from '../../../../src/math/expr/toText.ts'
import { closestFunctionName, damerauLevenshtein } from '../../../../src/math/expr/suggest.ts'

/** Parses `text`, expecting an ExprError; returns it. */
function errorOf(text: string): ExprError {
  try {
    parse(text)
  } catch (error) {
    if (error instanceof ExprError) return error
    throw error
  }
  throw new Error(`expected an ExprError for ${JSON.stringify(text)}`)
}

// [input, fragment of the message, start, end]
const ERRORS: Array<[string, string, number, number]> = [
  ['', 'enter an expression, e.g. sin(x)*cos(y)', 0, 0],
  ['   ', 'enter an expression', 0, 3],
  ['(x + 1', "this '(' is never closed", 0, 1],
  ['sin(x', "this '(' is never closed", 3, 4],
  ['((x)', "this '(' is never closed", 0, 1],
  ['(', "this '(' is never closed", 0, 1],
  ['x)', "unexpected ')'", 1, 2],
  [')', "unexpected ')'", 0, 1],
  ['()', 'empty parentheses', 0, 2],
  ['x *', "'*' needs something on its right", 2, 3],
  ['x +', "'+' needs something on its right", 2, 3],
  ['x^', "'^' needs something on its right", 1, 2],
  ['-', "'-' needs something on its right", 0, 1],
  ['+', "'+' needs something on its right", 0, 1],
  ['x + * y', "'+' needs something on its right", 2, 3],
  ['(x -)', "'-' needs something on its right", 3, 4],
  ['* x', "'*' at the start needs something on its left", 0, 1],
  ['(/ x)', "'/' needs something on its left", 1, 2],
  ['x**2', "write ^ for a power", 1, 3],
  ['sin(x, y)', 'sin takes 1 argument, got 2', 0, 9],
  ['log(x, 2, 3)', 'log takes 1 or 2 arguments, got 3', 0, 12],
  ['atan2(y)', 'atan2 takes 2 arguments, got 1', 0, 8],
  ['sqrt()', 'sqrt takes 1 argument, got 0', 0, 6],
  ['atan2(,x)', 'argument 1 of atan2 is empty', 6, 7],
  ['max(x,)', 'argument 2 of max is empty', 6, 7],
  ['max(x,,y)', 'argument 2 of max is empty', 6, 7],
  ['(x, y)', "',' can only separate the arguments of a function", 2, 3],
  ['x, y', "',' can only separate", 1, 2],
  ['x $ y', "unexpected character '$'", 2, 3],
  ['#', "unexpected character '#'", 0, 1],
  ['x\u0007', "unexpected character '\\u0007'", 1, 2],
  ['2 × x', "unexpected character '×'; write * instead", 2, 3],
  ['x − y', "write - instead", 2, 3],
  ['2π', "write pi instead", 1, 2],
  ['x 😀', "unexpected character '😀'", 2, 4],
  ['θ + 1', "unexpected character 'θ'; write theta instead", 0, 1],
  ['x\u200by', "unexpected character '\\u200b'", 1, 2],
  ['x\ud800', "unexpected character '\\ud800'", 1, 2],
  ['x_', "unexpected character '_'", 1, 2],
  ['1e999', 'this number is too large', 0, 5],
  ['9'.repeat(400), 'this number is too large', 0, 400],
  ['1.2.3', 'only one decimal point', 3, 4],
  ['x . y', "'.' must be part of a number", 2, 3],
  ['sn(x)', "unknown function 'sn', did you mean 'sin'?", 0, 2],
  ['2 sni(x)', "unknown function 'sni', did you mean 'sin'?", 2, 5],
  ['xsn(y)', "unknown function 'sn', did you mean 'sin'?", 1, 3],
  ['sine(x)', "unknown function 'sine', did you mean 'sin'?", 0, 4],
  ['sigmod(x)', "unknown function 'sigmod', did you mean 'sigmoid'?", 0, 6],
  ['sin x', 'sin needs parentheses: sin(x)', 0, 3],
  ['sinx', 'sin needs parentheses: sin(x)', 0, 3],
  ['2 + atan2', 'atan2 needs parentheses: atan2(y, x)', 4, 9],
  ['x 2', 'missing operator before 2: write * for a product', 2, 3],
  ['(x+1)3', 'missing operator before 3', 5, 6],
]

describe('parse errors', () => {
  it.each(ERRORS)('%j → %s at [%i, %i)', (text, fragment, start, end) => {
    const error = errorOf(text)
    expect(error.message).toContain(fragment)
    expect([error.start, error.end]).toEqual([start, end])
  })

  it('omits the suggestion when no function name is close', () => {
    // A run that starts with a function name but goes on is one unknown word; nothing is within 2 edits of it.
    const error = errorOf('cosqqqq(x)')
    expect(error.message).toContain("unknown function 'cosqqqq'")
    expect(error.message).not.toContain('did you mean')
  })

  it('keeps every error range inside the text', () => {
    for (const [text] of ERRORS) {
      const { start, end } = errorOf(text)
      expect(0 <= start && start <= end && end <= text.length, text).toBe(true)
    }
  })
})

describe('suggestion distance (Damerau-Levenshtein, adjacent swaps count once)', () => {
  // Distances counted by hand: each row names the edits.
  const DISTANCES: Array<[string, string, number]> = [
    ['sin', 'sin', 0],
    ['sn', 'sin', 1], // insert i
    ['sni', 'sin', 1], // swap n,i
    ['sigmod', 'sigmoid', 1], // insert i
    ['kitten', 'sitting', 3], // k→s, e→i, insert g
    ['', 'abc', 3], // three inserts
    ['ca', 'abc', 3], // optimal string alignment forbids editing inside a swapped pair
  ]
  it.each(DISTANCES)('%s → %s is %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d)
    expect(damerauLevenshtein(b, a)).toBe(d)
  })

  it('stops early past the limit, answering limit + 1', () => {
    expect(damerauLevenshtein('relu', 'softplus', 2)).toBe(3)
    expect(damerauLevenshtein('x'.repeat(1000), 'sin', 2)).toBe(3)
  })

  it('suggests the closest name, or none beyond two edits', () => {
    expect(closestFunctionName('sigmoidd')).toBe('sigmoid')
    expect(closestFunctionName('tanhh')).toBe('tanh')
    expect(closestFunctionName('qqqqq')).toBeUndefined()
  })
})

describe('letter runs before ( that could end in a function name', () => {
  // The rule: a run read greedily (longest known name first) that has no function, but could also be read so that it
  // ends in one, is ambiguous; the error shows both readings. A run whose greedy reading already ends in the function
  // (xsin(y) = x·sin(y)) is not ambiguous.
  it.each([
    ['psin(x)', "'psin(' is ambiguous: it reads as psi*n*(…) or as p*sin(…); write psi n (x) or p sin(x)"],
    ['etan(x)', "'etan(' is ambiguous: it reads as eta*n*(…) or as e*tan(…); write eta n (x) or e tan(x)"],
  ])('%s', (text, message) => {
    expect(() => parse(text)).toThrow(message)
    try { parse(text) } catch (e) { expect([(e as ExprError).start, (e as ExprError).end]).toEqual([0, 4]) }
  })
  it('either reading, written out, parses', () => {
    expect(toText(parse('psi n (x)'))).toBe('psi * n * x')
    expect(toText(parse('p sin(x)'))).toBe('p * sin(x)')
    expect(toText(parse('xsin(y)'))).toBe('x * sin(y)')
    expect(toText(parse('theta(x)'))).toBe('theta * x')
  })
})
