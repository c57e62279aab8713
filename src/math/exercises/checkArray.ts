// Vector and matrix answers, entry by entry. The shape is checked first (a 2×3 where a 3×2 is due usually means
// the layout convention was missed), then each entry as an expression in the exercise's variables.
import type { AnswerSpec } from './answerSpec.ts'
import type { CheckResult } from './checkResult.ts'
import { compareFunctions } from './compareFunctions.ts'
import { isRead, readAnswer, type ReadAnswer } from './readAnswer.ts'
import { readKey } from './checkScalar.ts'
import { splitArray } from './splitArray.ts'

type Grid = ReadAnswer[][]

export function checkArray(spec: AnswerSpec, typed: string): CheckResult {
  const mine = readGrid(spec, typed)
  if (!Array.isArray(mine)) return mine
  const key = keyGrid(spec, spec.key)
  const shape = (g: Grid) => (spec.type === 'vector' ? `${g.flat().length} entries` : `${g.length}×${g[0]!.length}`)
  const expectedShape = shape(key)
  if (shape(mine) !== expectedShape) {
    const transposed = spec.type === 'matrix' && mine.length === key[0]!.length && mine[0]!.length === key.length
    return {
      verdict: 'invalid',
      message: `The answer has ${expectedShape}${spec.type === 'matrix' ? ' (rows × columns)' : ''}; yours has ${shape(mine)}.` +
        (transposed ? ' Rows index the outputs (or, for a scalar by a matrix, the rows of the matrix): is yours transposed?' : ''),
    }
  }
  const wrongAt = differingEntries(spec, mine, key)
  if (wrongAt.length === 0) return { verdict: 'correct', message: `Correct: every entry agrees with the key.` }
  for (const wrong of spec.wrong) {
    if (differingEntries(spec, mine, keyGrid(spec, wrong.answer)).length === 0) return { verdict: 'wrong', message: wrong.hint }
  }
  if (spec.type === 'matrix' && key.length === key[0]!.length && differingEntries(spec, mine, transpose(key)).length === 0) {
    return { verdict: 'wrong', message: 'This is the transpose of the answer: check which index runs down the rows.' }
  }
  if (spec.type === 'vector' && differingEntries(spec, mine, [key.flat().reverse()]).length === 0) {
    return { verdict: 'wrong', message: 'The entries are right but in reverse order.' }
  }
  const names = wrongAt.map(([i, j]) => (spec.type === 'vector' ? `${j + 1}` : `(${i + 1}, ${j + 1})`))
  const count = key.flat().length
  return {
    verdict: 'wrong',
    message: `${wrongAt.length === count ? 'Every entry is wrong' : `Entr${names.length === 1 ? 'y' : 'ies'} ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} wrong; the other${count - names.length === 1 ? ' is' : 's are'} right`}.`,
  }
}

function readGrid(spec: AnswerSpec, typed: string): Grid | CheckResult {
  const split = splitArray(typed)
  if ('problem' in split) return { verdict: 'invalid', message: split.problem, start: split.start, end: split.end }
  const rows = spec.type === 'vector' ? [split.rows.flat()] : split.rows
  if (new Set(rows.map((r) => r.length)).size > 1) {
    return { verdict: 'invalid', message: `The rows have different lengths (${rows.map((r) => r.length).join(', ')}); separate entries with ',' and rows with ';'.` }
  }
  const grid: Grid = []
  for (const row of rows) {
    const out: ReadAnswer[] = []
    for (const entry of row) {
      const read = readAnswer(entry.text, spec.variables, entry.offset)
      if (!isRead(read)) return read
      out.push(read)
    }
    grid.push(out)
  }
  return grid
}

function keyGrid(spec: AnswerSpec, text: string): Grid {
  const split = splitArray(text)
  if ('problem' in split) throw new Error(`the key '${text}' cannot be read: ${split.problem}`)
  const rows = spec.type === 'vector' ? [split.rows.flat()] : split.rows
  return rows.map((row) => row.map((e) => readKey(e.text, spec.variables)))
}

function differingEntries(spec: AnswerSpec, mine: Grid, key: Grid): [number, number][] {
  const out: [number, number][] = []
  key.forEach((row, i) =>
    row.forEach((k, j) => {
      const m = mine[i]?.[j]
      if (!m || !entryAgrees(spec, m, k)) out.push([i, j])
    }),
  )
  return out
}

function entryAgrees(spec: AnswerSpec, mine: ReadAnswer, key: ReadAnswer): boolean {
  // Numeric entries with a stated tolerance compare absolutely; anything else compares as functions (relative 1e-7).
  if (spec.variables.length === 0 && spec.tolerance !== null) return Math.abs(mine.evaluate({}) - key.evaluate({})) <= spec.tolerance
  return compareFunctions(mine.evaluate, key.evaluate, spec.variables, spec.domain).kind === 'equal'
}

function transpose(grid: Grid): Grid {
  return grid[0]!.map((_, j) => grid.map((row) => row[j]!))
}
