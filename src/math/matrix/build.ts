// Checked constructors: every node of the matrix core is made here, and its shape is computed and checked here.
// A mismatch throws ShapeError with a sentence naming both operands (the parser turns it into an ExprError at the
// operator's position). Labels are thunks so that derivative code, which builds many nodes, pays nothing for them.
import { isElementwiseFn, type BinaryKind, type MatrixExpr, type MatrixFn, type Span } from './ast.ts'
import {
  describeShape, dims, dimsText, fromDims, isColumn, isRow, isScalar, isSquare, sameShape, SCALAR, transposeShape,
  type Shape,
} from './shape.ts'
import { toMatrixText, precedence } from './toText.ts'

export class ShapeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ShapeError'
  }
}

type Label = () => string
const textOf = (e: MatrixExpr): Label => () => toMatrixText(e)
/** The operand as it would be written inside a suggestion such as `(x + y)'*z`. */
function atomText(e: MatrixExpr, label: Label): string {
  const t = label()
  return precedence(e) >= 5 || wrappedInParens(t) ? t : `(${t})`
}

/** Whether the text is one parenthesised group, "(x + y)" but not "(a) + (b)". */
function wrappedInParens(t: string): boolean {
  if (!t.startsWith('(') || !t.endsWith(')')) return false
  let depth = 0
  for (let i = 0; i < t.length; i++) {
    depth += t[i] === '(' ? 1 : t[i] === ')' ? -1 : 0
    if (depth === 0 && i < t.length - 1) return false
  }
  return true
}

export const num = (value: number): MatrixExpr => ({ kind: 'num', value, shape: SCALAR })
export const mvar = (name: string, shape: Shape): MatrixExpr => ({ kind: 'var', name, shape })

export function neg(arg: MatrixExpr, span?: Span): MatrixExpr {
  return { kind: 'neg', arg, shape: arg.shape, span }
}

export function transpose(arg: MatrixExpr, span?: Span): MatrixExpr {
  return { kind: 'transpose', arg, shape: transposeShape(arg.shape), span }
}

function productShape(a: MatrixExpr, b: MatrixExpr, la: Label, lb: Label): Shape {
  if (isScalar(a.shape)) return b.shape
  if (isScalar(b.shape)) return a.shape
  if (isColumn(a.shape) && isColumn(b.shape)) {
    const [n, k] = [a.shape[0]!, b.shape[0]!]
    const l = atomText(a, la)
    const r = atomText(b, lb)
    if (n === k) {
      throw new ShapeError(`${la()}*${lb()} multiplies two ${n}-vectors: did you mean ${l}'*${r} (inner) or ${l}.*${r} (elementwise)?`)
    }
    throw new ShapeError(`${la()}*${lb()} multiplies a ${n}-vector by a ${k}-vector: did you mean ${l}*${r}' (outer product)?`)
  }
  const [m, inner] = dims(a.shape)
  const [rows, n] = dims(b.shape)
  if (inner !== rows) throw new ShapeError(`${la()} is ${dimsText(a.shape)} but ${lb()} has ${rows} row${rows === 1 ? '' : 's'}`)
  return fromDims(m, n)
}

function binaryShape(kind: BinaryKind, a: MatrixExpr, b: MatrixExpr, la: Label, lb: Label): Shape {
  switch (kind) {
    case 'add': case 'sub': {
      if (sameShape(a.shape, b.shape)) return a.shape
      const op = kind === 'add' ? '+' : '-'
      throw new ShapeError(`${la()} ${op} ${lb()}: ${la()} is ${describeShape(a.shape)} but ${lb()} is ${describeShape(b.shape)}; both sides of ${op} need the same shape`)
    }
    case 'mul': return productShape(a, b, la, lb)
    case 'emul': {
      if (sameShape(a.shape, b.shape)) return a.shape
      if (isScalar(a.shape)) return b.shape
      if (isScalar(b.shape)) return a.shape
      throw new ShapeError(`.* needs two operands of the same shape; ${la()} is ${describeShape(a.shape)} but ${lb()} is ${describeShape(b.shape)}`)
    }
    case 'div':
      if (isScalar(b.shape)) return a.shape
      throw new ShapeError(`'/' divides by a scalar only; ${lb()} is ${describeShape(b.shape)}${isSquare(b.shape) ? `: multiply by inv(${lb()}) instead` : ''}`)
    case 'pow': {
      const bad = !isScalar(a.shape) ? [a, la] as const : !isScalar(b.shape) ? [b, lb] as const : null
      if (bad === null) return SCALAR
      throw new ShapeError(`'^' raises a scalar to a scalar power; ${bad[1]()} is ${describeShape(bad[0].shape)}: use .^ for an elementwise power${isSquare(a.shape) ? ` or ${atomText(a, la)}*${atomText(a, la)} for the matrix product` : ''}`)
    }
    case 'epow':
      if (isScalar(b.shape)) return a.shape
      throw new ShapeError(`the exponent of .^ must be a scalar; ${lb()} is ${describeShape(b.shape)}`)
  }
}

export function binary(kind: BinaryKind, a: MatrixExpr, b: MatrixExpr, span?: Span, la = textOf(a), lb = textOf(b)): MatrixExpr {
  return { kind, a, b, shape: binaryShape(kind, a, b, la, lb), span }
}

const ARITY: Partial<Record<MatrixFn, [number, number]>> = { dot: [2, 2], ones: [1, 2], zeros: [1, 2] }

/** A size argument of eye/ones/zeros: a positive integer literal. */
function sizeArg(fn: string, e: MatrixExpr, l: Label): number {
  if (e.kind === 'num' && Number.isInteger(e.value) && e.value >= 1 && e.value <= 4096) return e.value
  throw new ShapeError(`${fn} takes sizes as whole numbers from 1 to 4096; ${l()} is not one`)
}

function callShape(fn: MatrixFn, args: readonly MatrixExpr[], labels: readonly Label[]): Shape {
  const [lo, hi] = ARITY[fn] ?? [1, 1]
  if (args.length < lo || args.length > hi) {
    const n = lo === hi ? `${lo} argument${lo === 1 ? '' : 's'}` : `${lo} or ${hi} arguments`
    throw new ShapeError(`${fn} takes ${n}, not ${args.length}`)
  }
  const [x] = args as [MatrixExpr]
  const l = labels[0]!
  if (isElementwiseFn(fn)) return x.shape
  switch (fn) {
    case 'sum': case 'norm2': return SCALAR
    case 'tr': case 'det': case 'logdet': case 'inv':
      if (isSquare(x.shape) || (fn === 'tr' && isScalar(x.shape))) return fn === 'inv' ? x.shape : SCALAR
      if (isScalar(x.shape) && fn !== 'tr') return SCALAR
      throw new ShapeError(`${fn} needs a square matrix; ${l()} is ${isColumn(x.shape) || isRow(x.shape) ? describeShape(x.shape) : dimsText(x.shape)}`)
    case 'softmax': case 'logsumexp':
      if (isColumn(x.shape)) return fn === 'softmax' ? x.shape : SCALAR
      throw new ShapeError(`${fn} needs a column vector; ${l()} is ${describeShape(x.shape)}`)
    case 'diag':
      if (isColumn(x.shape)) return [x.shape[0]!, x.shape[0]!]
      throw new ShapeError(`diag makes a diagonal matrix from a column vector; ${l()} is ${describeShape(x.shape)}`)
    case 'dot': {
      const y = args[1]!
      if (isColumn(x.shape) && sameShape(x.shape, y.shape)) return SCALAR
      throw new ShapeError(`dot needs two column vectors of the same length; ${l()} is ${describeShape(x.shape)} and ${labels[1]!()} is ${describeShape(y.shape)}`)
    }
    case 'eye': {
      const n = sizeArg(fn, x, l)
      return fromDims(n, n)
    }
    case 'ones': case 'zeros':
      return fromDims(sizeArg(fn, x, l), args.length === 2 ? sizeArg(fn, args[1]!, labels[1]!) : 1)
  }
  throw new ShapeError(`unknown function ${fn}`)
}

export function call(fn: MatrixFn, args: readonly MatrixExpr[], span?: Span, labels = args.map(textOf)): MatrixExpr {
  return { kind: 'call', fn, args, shape: callShape(fn, args, labels), span }
}

/** eye(n), ones(…) or zeros(…) for a shape. */
export function eye(n: number): MatrixExpr {
  return call('eye', [num(n)])
}
export function filled(fn: 'ones' | 'zeros', shape: Shape): MatrixExpr {
  if (shape.length === 0) return num(fn === 'ones' ? 1 : 0)
  return call(fn, shape.map(num))
}
