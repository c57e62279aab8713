// "Did you mean …?" for misspelled function names.
//
// Damerau-Levenshtein distance (optimal string alignment variant): the fewest insertions, deletions,
// substitutions or swaps of two adjacent letters that turn one word into the other. A swap counts once,
// so `sni` → `sin` is 1, which matches how people actually mistype.
import { FUNCTION_NAMES, type FnName } from './functions.ts'

/** Distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`. */
export function damerauLevenshtein(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  // Three rolling rows: the previous-previous row is needed for the adjacent swap.
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  let current = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1)
      current[j] = d
      rowMin = Math.min(rowMin, d)
    }
    if (rowMin > limit) return limit + 1
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[b.length]!, limit + 1)
}

/** The function name closest to `word` within `maxDistance`; ties go to the earlier name of the whitelist. */
export function closestFunctionName(word: string, maxDistance = 2): FnName | undefined {
  let best: FnName | undefined
  let bestDistance = maxDistance + 1
  for (const name of FUNCTION_NAMES) {
    const d = damerauLevenshtein(word, name, maxDistance)
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}

/** "unknown function 'sn', did you mean 'sin'?" — or without the question when nothing is close. */
export function unknownFunctionMessage(word: string): string {
  const suggestion = closestFunctionName(word)
  return suggestion === undefined
    ? `unknown function '${word}'`
    : `unknown function '${word}', did you mean '${suggestion}'?`
}
