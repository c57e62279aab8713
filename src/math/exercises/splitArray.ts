// "[a, b; c, d]" → rows of entry texts, with each entry's offset in the typed text (so an error in one entry is
// shown at that entry). Commas separate entries and semicolons rows, at the top level only: "max(x, 0)" is one entry.

export interface EntryText {
  readonly text: string
  readonly offset: number
}

export function splitArray(typed: string): { rows: EntryText[][] } | { problem: string; start: number; end: number } {
  let body = typed
  let base = 0
  const open = typed.indexOf('[')
  if (open >= 0 && typed.slice(0, open).trim() === '') {
    const close = typed.lastIndexOf(']')
    if (close < open || typed.slice(close + 1).trim() !== '') return { problem: "the '[' has no matching ']' at the end", start: open, end: typed.length }
    body = typed.slice(open + 1, close)
    base = open + 1
  }
  const rows: EntryText[][] = [[]]
  let depth = 0
  let start = 0
  const push = (end: number) => {
    const raw = body.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    rows[rows.length - 1]!.push({ text: raw.trim(), offset: base + start + lead })
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c === '(' || c === '[') depth++
    else if (c === ')' || c === ']') depth--
    else if (depth === 0 && (c === ',' || c === ';')) {
      push(i)
      start = i + 1
      if (c === ';') rows.push([])
    }
  }
  push(body.length)
  const empty = rows.flat().find((e) => e.text === '')
  if (empty) return { problem: 'an entry is empty (two separators in a row, or one at the end)', start: empty.offset, end: empty.offset }
  return { rows }
}
