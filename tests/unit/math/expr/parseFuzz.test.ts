// parse never fails in any other way than ExprError: random strings, mutated valid expressions, and hostile
// shapes (deep nesting, very long chains). Whatever it accepts must also print and read back unchanged.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { equals, type Expr } from '../../../../src/math/expr/ast.ts'
import { ExprError } from '../../../../src/math/expr/errors.ts'
import { MAX_AST_DEPTH, MAX_DEPTH, parse } from '../../../../src/math/expr/parse.ts'
import { toText } from '../../../../src/math/expr/toText.ts'
import { exprArb } from './arbitraryExpr.ts'

function depth(e: Expr): number {
  switch (e.kind) {
    case 'neg':
      return 1 + depth(e.arg)
    case 'binary':
      return 1 + Math.max(depth(e.left), depth(e.right))
    case 'call':
      return 1 + Math.max(...e.args.map(depth))
    default:
      return 1
  }
}

/** The contract: an Expr that reads back from its own text, or an ExprError whose range lies inside the text. */
function behaves(text: string): boolean {
  let result: Expr
  try {
    result = parse(text)
  } catch (error) {
    if (!(error instanceof ExprError)) throw error
    expect(error.start).toBeGreaterThanOrEqual(0)
    expect(error.end).toBeLessThanOrEqual(text.length)
    expect(error.start).toBeLessThanOrEqual(error.end)
    expect(error.message.length).toBeGreaterThan(0)
    return true
  }
  expect(depth(result)).toBeLessThanOrEqual(MAX_AST_DEPTH)
  expect(equals(parse(toText(result)), result), `${text} → ${toText(result)}`).toBe(true)
  return true
}

/** The error parse gives for `text`, or undefined if it parses. */
function errorOf(text: string): ExprError | undefined {
  try {
    parse(text)
    return undefined
  } catch (error) {
    if (error instanceof ExprError) return error
    throw error
  }
}

const GRAMMAR_CHARS = [...'0123456789.eE+-*/^(), _xyabwpisnolgqrtch\t'] as const
const grammarString = fc.string({ unit: fc.constantFrom(...GRAMMAR_CHARS), maxLength: 40 })
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 30 })
const mixed = fc.array(fc.oneof(grammarString, anyUtf16, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 4 }).map((p) => p.join(''))

type Mutation = { kind: 'insert' | 'delete' | 'replace'; at: number; char: string }
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.nat(),
  char: fc.oneof(fc.constantFrom(...GRAMMAR_CHARS), fc.constantFrom('$', '#', '\u0000', 'é', '😀', '\ud800')),
})

function mutate(text: string, mutations: readonly Mutation[]): string {
  let s = text
  for (const m of mutations) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1)
    if (m.kind === 'insert') s = s.slice(0, at) + m.char + s.slice(at)
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + 1)
    else s = s.slice(0, at) + m.char + s.slice(at + 1)
  }
  return s
}

describe('parse fuzz', () => {
  it('strings over the grammar alphabet give an Expr or an ExprError', () => {
    fc.assert(fc.property(grammarString, behaves), { seed: 42, numRuns: 3000 })
  })

  it('arbitrary UTF-16 (lone surrogates, control characters, emoji) gives an Expr or an ExprError', () => {
    fc.assert(fc.property(mixed, behaves), { seed: 43, numRuns: 2000 })
  })

  it('mutations of valid expressions give an Expr or an ExprError', () => {
    const mutated = fc.tuple(exprArb(), fc.array(mutationArb, { minLength: 1, maxLength: 4 })).map(([e, ms]) => mutate(toText(e), ms))
    fc.assert(fc.property(mutated, behaves), { seed: 44, numRuns: 3000 })
  })
})

describe('parse on hostile shapes', () => {
  const N = 10_000
  const tooDeep = (text: string, limit: number): void => {
    const error = errorOf(text)
    expect(error?.message).toBe(`expression is nested too deeply (more than ${limit} levels)`)
  }

  it(`stops ${N} nested '(' at ${MAX_DEPTH} levels`, () => tooDeep('('.repeat(N) + 'x' + ')'.repeat(N), MAX_DEPTH))
  it(`stops ${N} unary minus signs`, () => tooDeep('-'.repeat(N) + 'x', MAX_DEPTH))
  it(`stops a ${N}-level tower of powers`, () => tooDeep('x^'.repeat(N) + 'x', MAX_DEPTH))
  it(`stops ${N} nested calls`, () => tooDeep('sin('.repeat(N) + 'x' + ')'.repeat(N), MAX_DEPTH))
  it('stops a long sum whose left-deep tree would be too deep', () => tooDeep('x+'.repeat(N / 2) + 'x', MAX_AST_DEPTH))
  it('stops a long implicit product of letters', () => tooDeep('x'.repeat(N), MAX_AST_DEPTH))

  it('accepts nesting up to the limit', () => {
    const levels = MAX_DEPTH - 1
    const nested = parse('('.repeat(levels) + 'x' + ')'.repeat(levels))
    expect(nested).toEqual({ kind: 'var', name: 'x' })
    expect(depth(parse('x+'.repeat(MAX_AST_DEPTH - 1) + 'x'))).toBe(MAX_AST_DEPTH)
  })

  it('answers unclosed or unopened parentheses by the thousand with a positioned error', () => {
    expect(errorOf('('.repeat(N))?.message).toContain('nested too deeply')
    expect(errorOf(')'.repeat(N))?.start).toBe(0)
    expect(errorOf('x' + ')'.repeat(N))?.start).toBe(1)
  })

  it('handles long runs of letters, digits, signs and junk', () => {
    const inputs = [
      'x'.repeat(N) + '(y)', 'sin'.repeat(N / 3) + '(x)', 'theta'.repeat(N / 5), '9'.repeat(N), '1' + '0'.repeat(300),
      'x_' + 'a'.repeat(N), '$'.repeat(N), '\u0000'.repeat(N), '😀'.repeat(N / 2), ' '.repeat(N), ','.repeat(N),
      '+-'.repeat(N / 2) + 'x', 'x' + '*'.repeat(N), '2^-'.repeat(N / 3) + '2',
    ]
    for (const text of inputs) expect(behaves(text), text.slice(0, 20)).toBe(true)
  })
})
