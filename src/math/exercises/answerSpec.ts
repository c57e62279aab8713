// What an exercise's typed answer is checked against, read from a fenced ```answer block in exercises.md:
//
//   type: expression            expression | number | vector | matrix
//   label: f'(x) =              LaTeX shown before the input box
//   variables: x                the names the answer may use (expression, vector, matrix)
//   domain: -2, 2               where the answer is sampled (every variable alike)
//   tolerance: 0.001            absolute tolerance (numbers; default 1e-6 relative)
//   key: 2x cos(x^2)            the right answer, in the workbench's expression grammar
//   of: sin(x^2)                optional: the function being differentiated, so that
//   wrt: x                      "this is ∂f/∂y, not ∂f/∂x" and "this is f itself" are detected
//   wrong: cos(x^2) => hint     a listed wrong answer and the hint it gets (any number of these)
//
// Parsing here only splits the block into fields and says precisely what is malformed; whether the key and the
// wrong answers are themselves valid is checked by checkAnswer (and by the course test, which runs every block).

export type AnswerType = 'expression' | 'number' | 'vector' | 'matrix'

export interface WrongAnswer {
  readonly answer: string
  readonly hint: string
}

export interface AnswerSpec {
  readonly type: AnswerType
  readonly label: string
  readonly variables: readonly string[]
  readonly domain: readonly [number, number]
  /** Absolute tolerance for numbers and numeric entries; null means relative 1e-6. */
  readonly tolerance: number | null
  readonly key: string
  readonly of: string | null
  readonly wrt: string | null
  readonly wrong: readonly WrongAnswer[]
}

const TYPES: readonly AnswerType[] = ['expression', 'number', 'vector', 'matrix']
const FIELDS = ['type', 'label', 'variables', 'domain', 'tolerance', 'key', 'of', 'wrt', 'wrong'] as const

export class AnswerSpecError extends Error {}

export function parseAnswerSpec(block: string): AnswerSpec {
  const fields = new Map<string, string>()
  const wrong: WrongAnswer[] = []
  block.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    const colon = line.indexOf(':')
    const name = colon < 0 ? '' : line.slice(0, colon).trim()
    if (!(FIELDS as readonly string[]).includes(name)) {
      throw new AnswerSpecError(`answer block line ${index + 1}: '${line}' is not 'field: value' with a field among ${FIELDS.join(', ')}`)
    }
    const value = line.slice(colon + 1).trim()
    if (name === 'wrong') {
      const arrow = value.indexOf('=>')
      if (arrow < 0) throw new AnswerSpecError(`answer block line ${index + 1}: a wrong answer needs '=> hint' after it`)
      wrong.push({ answer: value.slice(0, arrow).trim(), hint: value.slice(arrow + 2).trim() })
      return
    }
    if (fields.has(name)) throw new AnswerSpecError(`answer block: '${name}' is given twice`)
    fields.set(name, value)
  })
  const type = (fields.get('type') ?? 'expression') as AnswerType
  if (!TYPES.includes(type)) throw new AnswerSpecError(`answer block: type '${type}' is not one of ${TYPES.join(', ')}`)
  const key = fields.get('key')
  if (!key) throw new AnswerSpecError('answer block: no key')
  const variables = (fields.get('variables') ?? (type === 'number' ? '' : 'x'))
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
  const domain = parseDomain(fields.get('domain') ?? '-2, 2')
  const toleranceText = fields.get('tolerance')
  const tolerance = toleranceText === undefined ? null : Number(toleranceText)
  if (tolerance !== null && !(tolerance > 0)) throw new AnswerSpecError(`answer block: tolerance '${toleranceText}' is not a positive number`)
  return {
    type,
    label: fields.get('label') ?? '',
    variables,
    domain,
    tolerance,
    key,
    of: fields.get('of') ?? null,
    wrt: fields.get('wrt') ?? null,
    wrong,
  }
}

function parseDomain(text: string): readonly [number, number] {
  const parts = text.split(',').map((p) => Number(p.trim()))
  if (parts.length !== 2 || !parts.every(Number.isFinite) || !(parts[0]! < parts[1]!)) {
    throw new AnswerSpecError(`answer block: domain '${text}' is not 'lo, hi' with lo < hi`)
  }
  return [parts[0]!, parts[1]!]
}
