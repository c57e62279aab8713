// A list of numbers typed as text ("0, 0.5, 2.25"), e.g. the levels at which level curves are drawn. The same strict
// reading serves the URL (`lv=0,0.5,2.25`) and the GUI's text box, so a value means the same thing wherever it is typed.
// Order and repeats carry no meaning for a set of levels, so a list is stored sorted without repeats: two links that
// draw the same picture then read the same, and a consumer can rely on the order.
import { parseStrictNumber } from './parseStrictNumber.ts'
import type { NumberListSpec } from './paramSpec.ts'

/** Longer text is not a list anyone typed; refusing it keeps the messages (which quote entries) short. */
export const MAX_NUMBER_LIST_TEXT = 1000

export type ListDecoded = { readonly value: readonly number[] } | { readonly problem: string }

/** Reads comma-separated numbers (spaces around commas allowed); empty text is the empty list. */
export function parseNumberList(spec: NumberListSpec, text: string): ListDecoded {
  if (text.length > MAX_NUMBER_LIST_TEXT) return { problem: `the list is longer than ${MAX_NUMBER_LIST_TEXT} characters` }
  if (text.trim() === '') return { value: [] }
  const parts = text.split(',').map((part) => part.trim())
  const values: number[] = []
  for (const part of parts) {
    if (part === '') return { problem: `'${text}' has an empty entry; write numbers separated by commas, e.g. 0, 0.5, 2` }
    const value = parseStrictNumber(part)
    if (value === null) {
      const where = parts.length > 1 ? ` in '${text}'` : ''
      const hint = /\s/.test(part) ? ' (separate values with commas)' : ''
      return { problem: `'${part}'${where} is not a number${hint}` }
    }
    values.push(value)
  }
  const value = normalizeNumberList(values)
  const problem = numberListProblem(spec, value)
  return problem === null ? { value } : { problem }
}

/** Sorted ascending, repeats dropped, −0 written as 0 (so that "-0, 0" is one level, and the URL never shows "-0"). */
export function normalizeNumberList(values: readonly number[]): number[] {
  const sorted = values.map((v) => v + 0).sort((a, b) => a - b)
  return sorted.filter((v, i) => i === 0 || v !== sorted[i - 1])
}

/** Why `value` is not a stored list for `spec` (finite, in range, short enough, sorted without repeats), or null. */
export function numberListProblem(spec: NumberListSpec, value: unknown): string | null {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'number')) return `${String(value)} is not a list of numbers`
  const list = value as readonly number[]
  const infinite = list.find((v) => !Number.isFinite(v))
  if (infinite !== undefined) return `${infinite} is not a finite number`
  const outside = list.find((v) => v < spec.min || v > spec.max)
  if (outside !== undefined) return `${outside} is outside [${spec.min}, ${spec.max}]`
  if (list.length > spec.maxLength) return `${list.length} values are more than the ${spec.maxLength} allowed`
  if (list.some((v, i) => i > 0 && !(v > list[i - 1]!))) return `${list.join(',')} is not in increasing order without repeats`
  return null
}

/** The list as text: `separator` ',' for the URL, ', ' for people. The empty list is the empty text. */
export function formatNumberList(values: readonly number[], separator = ','): string {
  return values.map(String).join(separator)
}
