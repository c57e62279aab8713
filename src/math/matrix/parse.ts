// parseMatrixExpr: text + declared shapes → a shape-checked MatrixExpr. Recursive descent, loosest to tightest:
//   sum     := term (('+' | '-') term)*
//   term    := unary (('*' | '.*' | '/') unary)*
//   unary   := ('-' | '+') unary | power
//   power   := postfix (('^' | '.^') unary)?          (right-associative, so 2^-x and x.^-1 work)
//   postfix := primary "'"*
//   primary := number | name | fn '(' sum (',' sum)* ')' | '(' sum ')'
// Every error is an ExprError whose range covers what was typed wrong; shape errors cover the whole operation.
import { ExprError } from '../expr/index.ts'
import { isMatrixFn, MATRIX_FNS, type BinaryKind, type MatrixExpr, type Span } from './ast.ts'
import { binary, call, mvar, neg, num, ShapeError, transpose } from './build.ts'
import { checkDeclaredShape, type Shape } from './shape.ts'
import { rememberShapes } from './declarations.ts'
import { tokenizeMatrix, type MatrixToken } from './tokenize.ts'

export type ShapeDeclarations = Readonly<Record<string, readonly number[]>>

const MAX_NESTING = 200

/** Edit distance (small strings only), for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
  }
  return d[a.length]![b.length]!
}

export function parseMatrixExpr(text: string, shapes: ShapeDeclarations): MatrixExpr {
  if (typeof text !== 'string') throw new ExprError('the expression must be text', 0, 0)
  const declared = new Map<string, Shape>()
  for (const [name, shape] of Object.entries(shapes)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new ExprError(`'${name}' cannot be a name: use a letter followed by letters, digits or _`, 0, 0)
    if (isMatrixFn(name)) throw new ExprError(`'${name}' is a function; give the variable another name`, 0, 0)
    try {
      declared.set(name, checkDeclaredShape(name, shape))
    } catch (e) {
      throw new ExprError((e as Error).message, 0, 0)
    }
  }
  const tokens = tokenizeMatrix(text)
  let pos = 0
  let depth = 0
  const peek = (): MatrixToken => tokens[pos]!
  const next = (): MatrixToken => tokens[pos++]!
  const isOp = (t: MatrixToken, ...ops: string[]): boolean => t.type === 'op' && ops.includes(t.op)
  const spanOf = (e: MatrixExpr): Span => e.span ?? { start: 0, end: text.length }
  const label = (e: MatrixExpr) => () => text.slice(spanOf(e).start, spanOf(e).end).trim()
  const join = (a: MatrixExpr, b: MatrixExpr): Span => ({ start: spanOf(a).start, end: spanOf(b).end })

  /** Runs a checked constructor; a shape error becomes an ExprError over `span`. */
  const checked = (span: Span, make: () => MatrixExpr): MatrixExpr => {
    try {
      return make()
    } catch (e) {
      if (e instanceof ShapeError) throw new ExprError(e.message, span.start, span.end)
      throw e
    }
  }
  const makeBinary = (kind: BinaryKind, a: MatrixExpr, b: MatrixExpr): MatrixExpr => {
    const span = join(a, b)
    return checked(span, () => binary(kind, a, b, span, label(a), label(b)))
  }

  const describe = (t: MatrixToken): string =>
    t.type === 'eof' ? 'the end' : `'${text.slice(t.start, t.end)}'`

  function expectOperand(): void {
    const t = peek()
    if (t.type === 'eof') throw new ExprError('the expression ends too early: something is missing here', t.start, t.end)
    if (t.type === ')' || t.type === ',' || (t.type === 'op' && !isOp(t, '-', '+'))) {
      throw new ExprError(`expected a number, a name or '(' before ${describe(t)}`, t.start, t.end)
    }
  }

  function sum(): MatrixExpr {
    let left = term()
    while (isOp(peek(), '+', '-')) {
      const op = next() as { op: string }
      expectOperand()
      left = makeBinary(op.op === '+' ? 'add' : 'sub', left, term())
    }
    return left
  }

  function term(): MatrixExpr {
    let left = unary()
    while (isOp(peek(), '*', '.*', '/')) {
      const op = (next() as { op: string }).op
      expectOperand()
      left = makeBinary(op === '*' ? 'mul' : op === '.*' ? 'emul' : 'div', left, unary())
    }
    return left
  }

  function unary(): MatrixExpr {
    const t = peek()
    if (isOp(t, '-', '+')) {
      next()
      if (++depth > MAX_NESTING) throw new ExprError('the expression is nested too deeply', t.start, t.end)
      expectOperand()
      const arg = unary()
      depth--
      const span = { start: t.start, end: spanOf(arg).end }
      if (isOp(t, '+')) return { ...arg, span }
      if (arg.kind === 'num' && arg.span?.start === t.end) return { ...num(-arg.value), span }
      return neg(arg, span)
    }
    return power()
  }

  function power(): MatrixExpr {
    const base = postfix()
    if (!isOp(peek(), '^', '.^')) return base
    const op = (next() as { op: string }).op
    expectOperand()
    return makeBinary(op === '^' ? 'pow' : 'epow', base, unary())
  }

  function postfix(): MatrixExpr {
    let e = primary()
    while (isOp(peek(), "'")) {
      const t = next()
      e = transpose(e, { start: spanOf(e).start, end: t.end })
    }
    return e
  }

  function primary(): MatrixExpr {
    const t = next()
    if (t.type === 'num') return { ...num(t.value), span: { start: t.start, end: t.end } }
    if (t.type === '(') {
      if (++depth > MAX_NESTING) throw new ExprError('the expression is nested too deeply', t.start, t.end)
      expectOperand()
      const inner = sum()
      depth--
      const close = next()
      if (close.type !== ')') throw new ExprError(`expected ')' to close the '(' here, found ${describe(close)}`, t.start, close.end)
      return { ...inner, span: { start: t.start, end: close.end } }
    }
    if (t.type === 'name') return named(t)
    if (t.type === 'eof') throw new ExprError('the expression ends too early: something is missing here', t.start, t.end)
    throw new ExprError(`expected a number, a name or '(' at ${describe(t)}`, t.start, t.end)
  }

  function named(t: Extract<MatrixToken, { type: 'name' }>): MatrixExpr {
    const span = { start: t.start, end: t.end }
    const shape = declared.get(t.name)
    if (shape !== undefined) return { ...mvar(t.name, shape), span }
    const isCall = peek().type === '('
    if (!isMatrixFn(t.name)) {
      if (isCall) {
        const distance = (f: string) => editDistance(t.name.toLowerCase(), f)
        const best = Math.min(...MATRIX_FNS.map(distance))
        const near = best <= (t.name.length <= 3 ? 1 : 2) ? MATRIX_FNS.filter((f) => distance(f) === best) : []
        const hint = near.length > 0 ? `; did you mean ${near.join(' or ')}?` : `; the functions are ${MATRIX_FNS.slice(0, -4).join(', ')}`
        throw new ExprError(`unknown function '${t.name}'${hint}`, t.start, t.end)
      }
      throw new ExprError(`unknown name '${t.name}': declare its shape ([] scalar, [n] vector or [m, n] matrix)`, t.start, t.end)
    }
    if (!isCall) throw new ExprError(`${t.name} is a function: write ${t.name}(…)`, t.start, t.end)
    const open = next()
    if (++depth > MAX_NESTING) throw new ExprError('the expression is nested too deeply', open.start, open.end)
    const args: MatrixExpr[] = []
    for (;;) {
      expectOperand()
      args.push(sum())
      const sep = next()
      if (sep.type === ')') {
        depth--
        const whole = { start: t.start, end: sep.end }
        return checked(whole, () => call(t.name as never, args, whole, args.map(label)))
      }
      if (sep.type !== ',') throw new ExprError(`expected ',' or ')' in the arguments of ${t.name}, found ${describe(sep)}`, sep.start, sep.end)
    }
  }

  expectOperand()
  const root = sum()
  const rest = peek()
  if (rest.type !== 'eof') {
    const hint = rest.type === 'name' || rest.type === 'num' || rest.type === '('
      ? `: an operator is missing before ${describe(rest)} (write * for a product)`
      : ''
    throw new ExprError(`unexpected ${describe(rest)}${hint}`, rest.start, rest.end)
  }
  return rememberShapes(root, declared)
}
