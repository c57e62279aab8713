// Text → tokens, in one left-to-right pass with no recursion, so any input length costs linear time and no stack.
// Numbers: `2`, `0.5`, `.5`, `2.`, `1e-3`, `2.5E+4`. An `e` not followed by exponent digits ends the number,
// so `2e` is 2·e and `2ex` is 2·e·x. Names are split by identifiers.ts.
import { ExprError } from './errors.ts'
import { isDigit, isLetter, isSpace, LOOKALIKES } from './chars.ts'
import { readNameRun, type NameKind } from './identifiers.ts'

export type OperatorSymbol = '+' | '-' | '*' | '/' | '^'

export type Token =
  | { readonly type: 'num'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly type: 'name'; readonly kind: NameKind; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: 'op'; readonly op: OperatorSymbol; readonly start: number; readonly end: number }
  | { readonly type: '(' | ')' | ',' | 'eof'; readonly start: number; readonly end: number }

/** "unexpected character '$'", showing invisible characters as \uXXXX, with a fix where one is known. */
function unexpectedCharacter(text: string, i: number): ExprError {
  const code = text.codePointAt(i)!
  const width = code > 0xffff ? 2 : 1
  const ch = text.slice(i, i + width)
  const invisible = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]$/u.test(ch)
  const visible = invisible ? `\\u${code.toString(16).padStart(4, '0')}` : ch
  const instead = LOOKALIKES.get(ch)
  const fix = instead !== undefined ? `; write ${instead} instead` : ''
  const subscript = ch === '_' ? "; '_' starts a subscript right after a one-letter variable, e.g. w_1" : ''
  return new ExprError(`unexpected character '${visible}'${fix}${subscript}`, i, i + width)
}

/** End of the number literal starting at `i` (a digit, or a '.' followed by a digit). */
function numberEnd(text: string, i: number): number {
  while (isDigit(text[i])) i++
  if (text[i] === '.') {
    i++
    while (isDigit(text[i])) i++
  }
  if (text[i] === 'e' || text[i] === 'E') {
    const signed = text[i + 1] === '+' || text[i + 1] === '-'
    const firstDigit = i + (signed ? 2 : 1)
    if (isDigit(text[firstDigit])) {
      i = firstDigit
      while (isDigit(text[i])) i++
    }
  }
  return i
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (isSpace(c)) {
      i++
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const end = numberEnd(text, i)
      if (text[end] === '.') throw new ExprError('a number can have only one decimal point', end, end + 1)
      const value = Number(text.slice(i, end))
      if (!Number.isFinite(value)) {
        throw new ExprError('this number is too large (the largest is about 1.8e308)', i, end)
      }
      tokens.push({ type: 'num', value, start: i, end })
      i = end
    } else if (c === '.') {
      throw new ExprError("'.' must be part of a number, e.g. 0.5", i, i + 1)
    } else if (isLetter(c)) {
      const run = readNameRun(text, i)
      for (const p of run.pieces) tokens.push({ type: 'name', kind: p.kind, name: p.name, start: p.start, end: p.end })
      i = run.end
    } else if (c === '+' || c === '-' || c === '*' || c === '/' || c === '^') {
      tokens.push({ type: 'op', op: c, start: i, end: i + 1 })
      i++
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, start: i, end: i + 1 })
      i++
    } else {
      throw unexpectedCharacter(text, i)
    }
  }
  tokens.push({ type: 'eof', start: text.length, end: text.length })
  return tokens
}
