// Text → tokens for the matrix grammar. It differs from src/math/expr's tokenizer on purpose: names are whole
// identifiers (`W1`, `norm2`, `logdet` are one token, not products of letters), `'` is the transpose and `.*`, `.^`
// are elementwise operators. Errors are the math core's ExprError with the offending character range.
import { ExprError } from '../expr/index.ts'

export type MatrixOp = '+' | '-' | '*' | '.*' | '/' | '^' | '.^' | "'"

export type MatrixToken =
  | { readonly type: 'num'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly type: 'name'; readonly name: string; readonly start: number; readonly end: number }
  | { readonly type: 'op'; readonly op: MatrixOp; readonly start: number; readonly end: number }
  | { readonly type: '(' | ')' | ',' | 'eof'; readonly start: number; readonly end: number }

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isNameStart = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c)
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c)

/** End of a number at i. A '.' followed by '*' or '^' is an operator, so `2.*x` is 2 .* x. */
function numberEnd(text: string, i: number): number {
  while (isDigit(text[i])) i++
  if (text[i] === '.' && text[i + 1] !== '*' && text[i + 1] !== '^') {
    i++
    while (isDigit(text[i])) i++
  }
  if ((text[i] === 'e' || text[i] === 'E')) {
    const signed = text[i + 1] === '+' || text[i + 1] === '-'
    const first = i + (signed ? 2 : 1)
    if (isDigit(text[first])) {
      i = first
      while (isDigit(text[i])) i++
    }
  }
  return i
}

const HINTS: Record<string, string> = {
  'ᵀ': "; write ' for the transpose, e.g. x'", '⊙': '; write .* for the elementwise product', '·': '; write * instead',
  '×': '; write * instead', '−': '; write - instead', '’': "; write ' instead",
}

export function tokenizeMatrix(text: string): MatrixToken[] {
  const tokens: MatrixToken[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (/\s/.test(c)) {
      i++
    } else if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const end = numberEnd(text, i)
      if (text[end] === '.' && isDigit(text[end + 1])) throw new ExprError('a number can have only one decimal point', end, end + 1)
      const value = Number(text.slice(i, end))
      if (!Number.isFinite(value)) throw new ExprError('this number is too large (the largest is about 1.8e308)', i, end)
      tokens.push({ type: 'num', value, start: i, end })
      i = end
    } else if (isNameStart(c)) {
      let end = i + 1
      while (isNameChar(text[end])) end++
      tokens.push({ type: 'name', name: text.slice(i, end), start: i, end })
      i = end
    } else if (c === '.' && (text[i + 1] === '*' || text[i + 1] === '^')) {
      tokens.push({ type: 'op', op: c + text[i + 1] as MatrixOp, start: i, end: i + 2 })
      i += 2
    } else if (c === '.' && text[i + 1] === '/') {
      throw new ExprError("'./' is not in the grammar: divide by a scalar with /, or multiply elementwise by b.^-1", i, i + 2)
    } else if ('+-*/^\''.includes(c)) {
      tokens.push({ type: 'op', op: c as MatrixOp, start: i, end: i + 1 })
      i++
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, start: i, end: i + 1 })
      i++
    } else {
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      const ch = text.slice(i, i + width)
      throw new ExprError(`unexpected character '${ch}'${HINTS[ch] ?? ''}`, i, i + width)
    }
  }
  tokens.push({ type: 'eof', start: text.length, end: text.length })
  return tokens
}
