// Reading a run of letters into names, the textbook/Desmos way: `xy` is x·y, `2ab` is 2·a·b, `theta` is θ,
// `pix` is π·x, `xsin(y)` is x·sin(y). At each position the longest known name wins (function names, Greek letters,
// the constants pi and e, or one letter with an optional subscript: `x1`, `w_2`, `w_ij`, `theta_1`).
//
// A function name must be the last piece of its run and be followed by `(`. A run directly followed by `(` whose
// last piece is not a function is a product (`ab(c)` = a·b·(c)) unless it looks like a misspelled function
// (`sn(x)`): see `looksLikeMisspelledFunction`.
import { isAlphanumeric, isDigit, isLetter, isSpace } from './chars.ts'
import { ExprError } from './errors.ts'
import { FUNCTION_NAMES, FUNCTIONS, GREEK_NAMES, type FnName } from './functions.ts'
import { damerauLevenshtein, unknownFunctionMessage } from './suggest.ts'

export type NameKind = 'fn' | 'var' | 'const'

export interface NamePiece {
  readonly kind: NameKind
  readonly name: string
  readonly start: number
  readonly end: number
}


/** End of the subscript that starts at `j` (digits, or `_` and letters/digits), or `j` if there is none. */
function subscriptEnd(text: string, j: number): number {
  if (isDigit(text[j])) {
    while (isDigit(text[j])) j++
    return j
  }
  if (text[j] === '_' && isAlphanumeric(text[j + 1])) {
    j++
    while (isAlphanumeric(text[j])) j++
  }
  return j
}

/** The longest known name starting at `i` (a letter). Ties prefer function, then Greek, then constant. */
function longestPiece(text: string, i: number): NamePiece {
  let best: NamePiece = { kind: 'var', name: '', start: i, end: i }
  const consider = (kind: NameKind, end: number): void => {
    if (end > best.end) best = { kind, name: text.slice(i, end), start: i, end }
  }
  for (const fn of FUNCTION_NAMES) if (text.startsWith(fn, i)) consider('fn', i + fn.length)
  for (const greek of GREEK_NAMES) if (text.startsWith(greek, i)) consider('var', subscriptEnd(text, i + greek.length))
  if (text.startsWith('pi', i)) consider('const', i + 2)
  const letterEnd = subscriptEnd(text, i + 1)
  // A bare `e` is Euler's number; with a subscript (`e1`, `e_k`) it is an ordinary variable.
  consider(text[i] === 'e' && letterEnd === i + 1 ? 'const' : 'var', letterEnd)
  return best
}

/** Splits the run of letters starting at `start` into pieces; returns them and where the run ends. */
export function readNameRun(text: string, start: number): { pieces: NamePiece[]; end: number } {
  const pieces: NamePiece[] = []
  let i = start
  while (isLetter(text[i])) {
    const piece = longestPiece(text, i)
    pieces.push(piece)
    i = piece.end
  }
  resolveRun(text, pieces, i)
  return { pieces, end: i }
}

function callExample(fn: FnName): string {
  const spec = FUNCTIONS.get(fn)!
  if (spec.minArgs === 1) return `${fn}(x)`
  return fn === 'atan2' ? 'atan2(y, x)' : `${fn}(x, y)`
}

/**
 * A run of ≥ 2 plain letters right before `(` reads as a misspelled function when a function name of 3+ letters
 * is one edit away and the run is not merely the start of that name: `sn(x)` (sin), `sni(x)` (sin), `ax(x)` (max)
 * are errors, while `ab(c)` (a prefix of abs) and `xy(z)` stay products. Only the last ≤ 9 letters are examined,
 * so a long run costs constant work here.
 */
function misspelledSuffix(text: string, pieces: readonly NamePiece[], runEnd: number): NamePiece[] | undefined {
  for (let j = Math.max(0, pieces.length - 9); j < pieces.length - 1; j++) {
    const tail = pieces.slice(j)
    if (!tail.every((p) => p.kind !== 'fn' && p.end - p.start === 1)) continue
    const word = text.slice(tail[0]!.start, runEnd)
    const close = FUNCTION_NAMES.some(
      (fn) => fn.length >= 3 && !fn.startsWith(word) && damerauLevenshtein(word, fn, 1) <= 1,
    )
    if (close) return tail
  }
  return undefined
}

/**
 * A run before '(' whose greedy reading has no function may also be read so that it ends in one: `psin(x)` is
 * psi·n·(x) greedily, but p·sin(x) too; `etan(x)` is eta·n·(x) or e·tan(x). Such a run is ambiguous: the parser says
 * so and shows both readings rather than pick one silently. (`xsin(y)` is not ambiguous: its greedy reading, x·sin,
 * already ends in the function.) Returns the reading that ends in a function, if there is one.
 */
function readingEndingInFunction(text: string, start: number, runEnd: number): NamePiece[] | undefined {
  for (const fn of [...FUNCTION_NAMES].sort((a, b) => b.length - a.length)) {
    const fnStart = runEnd - fn.length
    if (fnStart <= start || text.slice(fnStart, runEnd) !== fn) continue
    const prefix = text.slice(0, fnStart)
    const pieces: NamePiece[] = []
    for (let i = start; i < fnStart;) {
      const piece = longestPiece(prefix, i)
      if (piece.kind === 'fn' || piece.end === i) break
      pieces.push(piece)
      i = piece.end
    }
    if (pieces.length > 0 && pieces[pieces.length - 1]!.end === fnStart) {
      return [...pieces, { kind: 'fn', name: fn, start: fnStart, end: runEnd }]
    }
  }
  return undefined
}

const readingText = (pieces: readonly NamePiece[]): string =>
  pieces.map((p) => (p.kind === 'fn' ? `${p.name}(…)` : p.name)).join('*')

function resolveRun(text: string, pieces: readonly NamePiece[], runEnd: number): void {
  let after = runEnd
  while (isSpace(text[after])) after++
  const directParen = text[runEnd] === '('
  const callFollows = text[after] === '('
  const firstFn = pieces.findIndex((p) => p.kind === 'fn')
  if (firstFn === -1 && directParen && pieces.length > 0) {
    const other = readingEndingInFunction(text, pieces[0]!.start, runEnd)
    if (other !== undefined) {
      const word = text.slice(pieces[0]!.start, runEnd)
      throw new ExprError(
        `'${word}(' is ambiguous: it reads as ${readingText(pieces)}*(…) or as ${readingText(other)}; ` +
          `write ${pieces.map((p) => p.name).join(' ')} (x) or ${other.slice(0, -1).map((p) => p.name).join(' ')} ${other[other.length - 1]!.name}(x)`,
        pieces[0]!.start,
        runEnd,
      )
    }
  }
  if (firstFn === -1) {
    const tail = directParen ? misspelledSuffix(text, pieces, runEnd) : undefined
    if (tail !== undefined) {
      const word = text.slice(tail[0]!.start, runEnd)
      const product = tail.map((p) => p.name).join('*')
      throw new ExprError(`${unknownFunctionMessage(word)} (for a product, write ${product}*(…))`, tail[0]!.start, runEnd)
    }
    return
  }
  const fn = pieces[firstFn]!
  if (firstFn === pieces.length - 1 && callFollows) return
  if (directParen) {
    // `sine(x)`, `sinx(y)`: the letters from the function name on are one unknown word.
    const word = text.slice(fn.start, runEnd)
    throw new ExprError(unknownFunctionMessage(word), fn.start, runEnd)
  }
  throw new ExprError(`${fn.name} needs parentheses: ${callExample(fn.name as FnName)}`, fn.start, fn.end)
}

