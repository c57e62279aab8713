// The shapes a learner types beside an expression: "x: 3, A: 3×3, b: 3, s: scalar". Each entry is a name, a colon,
// and a shape written as `scalar`, `[]`, `n`, `[n]`, `m×n` (or `mxn`, `m*n`), or `[m, n]`. Entries are separated by
// commas, semicolons or new lines. Errors are ExprErrors over the entry that is wrong.
import { ExprError } from '../expr/index.ts'
import { isMatrixFn } from './ast.ts'
import { checkDeclaredShape, shapeLabel, type Shape } from './shape.ts'

const ENTRY = /^\s*([A-Za-z][A-Za-z0-9_]*)\s*:\s*(.*?)\s*$/
const SIZE = /^\d+$/

function shapeOf(text: string): number[] | null {
  const t = text.trim()
  if (t === 'scalar' || t === '[]' || t === '') return t === '' ? null : []
  const bracket = /^\[(.*)\]$/.exec(t)
  const parts = (bracket ? bracket[1]! : t).split(bracket ? ',' : /\s*[x×*]\s*/).map((p) => p.trim())
  if (parts.length > 2 || !parts.every((p) => SIZE.test(p))) return null
  return parts.map(Number)
}

/** Entries split at , ; or new line outside brackets, each with its offset in the text. */
function entries(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    const c = text[i]
    if (c === '[') depth++
    else if (c === ']') depth = Math.max(0, depth - 1)
    if (i === text.length || (depth === 0 && (c === ',' || c === ';' || c === '\n'))) {
      const piece = text.slice(from, i)
      if (piece.trim() !== '') out.push({ text: piece, start: from + (piece.length - piece.trimStart().length) })
      from = i + 1
    }
  }
  if (depth > 0) throw new ExprError(`a '[' is not closed`, text.lastIndexOf('['), text.length)
  return out
}

export function parseShapeList(text: string): Record<string, Shape> {
  const out: Record<string, Shape> = {}
  for (const { text: raw, start: at } of entries(text)) {
    const entry = raw.trim()
    const end = at + entry.length
    const m = ENTRY.exec(entry)
    if (m === null) throw new ExprError(`write each shape as name: size, e.g. x: 3, A: 3×3, s: scalar (here: '${entry}')`, at, end)
    const [, name, spec] = m as unknown as [string, string, string]
    if (isMatrixFn(name)) throw new ExprError(`'${name}' is a function; give the variable another name`, at, end)
    if (Object.hasOwn(out, name)) throw new ExprError(`${name} is declared twice`, at, end)
    const dims = shapeOf(spec)
    if (dims === null) throw new ExprError(`the shape of ${name} should be scalar, n, m×n or [m, n] (here: '${spec}')`, at, end)
    try {
      out[name] = checkDeclaredShape(name, dims)
    } catch (e) {
      throw new ExprError((e as Error).message, at, end)
    }
  }
  return out
}

/** The declarations back as text: "x: 3, A: 3×3, s: scalar". */
export function shapeListText(shapes: Readonly<Record<string, Shape>>): string {
  return Object.entries(shapes).map(([n, s]) => `${n}: ${shapeLabel(s)}`).join(', ')
}
