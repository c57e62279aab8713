// The matrix expression tree. Every node carries its shape, computed (and checked) when the node is built, so a tree
// that exists is well-shaped. Parsed nodes also carry their character range in the source text (`span`) for errors.
import type { Shape } from './shape.ts'

export const ELEMENTWISE_FNS = [
  'exp', 'log', 'sin', 'cos', 'tanh', 'sigmoid', 'relu', 'softplus', 'sqrt', 'abs',
  // produced by derivatives (relu′ = step, |x|′ = sign), so that d.text reads back
  'step', 'sign',
] as const
/** Functions of a whole vector or matrix that return a scalar. */
export const REDUCTIONS = ['sum', 'norm2', 'tr', 'det', 'logdet', 'logsumexp'] as const
/** Everything else: inv(X), dot(a, b), softmax(v), and diag(v), eye(n), ones(…), zeros(…) which derivatives produce. */
export const OTHER_FNS = ['inv', 'dot', 'softmax', 'diag', 'eye', 'ones', 'zeros'] as const

export type ElementwiseFn = (typeof ELEMENTWISE_FNS)[number]
export type Reduction = (typeof REDUCTIONS)[number]
export type MatrixFn = ElementwiseFn | Reduction | (typeof OTHER_FNS)[number]

export const MATRIX_FNS: readonly MatrixFn[] = [...ELEMENTWISE_FNS, ...REDUCTIONS, ...OTHER_FNS]
export const isMatrixFn = (name: string): name is MatrixFn => (MATRIX_FNS as readonly string[]).includes(name)
export const isElementwiseFn = (name: string): name is ElementwiseFn =>
  (ELEMENTWISE_FNS as readonly string[]).includes(name)

export interface Span {
  readonly start: number
  readonly end: number
}

interface Base {
  readonly shape: Shape
  readonly span?: Span
}

export type BinaryKind = 'add' | 'sub' | 'mul' | 'emul' | 'div' | 'pow' | 'epow'

/**
 * - `mul`: matrix product, or scaling when either side is a scalar;
 * - `emul`: elementwise product (Hadamard, ⊙); `div`: division by a scalar; `pow`: scalar power; `epow`: elementwise
 *   power by a scalar exponent.
 */
export type MatrixExpr =
  | (Base & { readonly kind: 'num'; readonly value: number })
  | (Base & { readonly kind: 'var'; readonly name: string })
  | (Base & { readonly kind: 'neg'; readonly arg: MatrixExpr })
  | (Base & { readonly kind: 'transpose'; readonly arg: MatrixExpr })
  | (Base & { readonly kind: BinaryKind; readonly a: MatrixExpr; readonly b: MatrixExpr })
  | (Base & { readonly kind: 'call'; readonly fn: MatrixFn; readonly args: readonly MatrixExpr[] })

export type BinaryNode = Extract<MatrixExpr, { kind: BinaryKind }>
export type CallNode = Extract<MatrixExpr, { kind: 'call' }>

export const isBinary = (e: MatrixExpr): e is BinaryNode =>
  e.kind === 'add' || e.kind === 'sub' || e.kind === 'mul' || e.kind === 'emul' || e.kind === 'div' ||
  e.kind === 'pow' || e.kind === 'epow'

/** The direct operands of a node. */
export function children(e: MatrixExpr): readonly MatrixExpr[] {
  if (e.kind === 'num' || e.kind === 'var') return []
  if (e.kind === 'neg' || e.kind === 'transpose') return [e.arg]
  if (e.kind === 'call') return e.args
  return [e.a, e.b]
}

/** Whether `name` occurs in e. */
export function dependsOn(e: MatrixExpr, name: string): boolean {
  if (e.kind === 'var') return e.name === name
  return children(e).some((c) => dependsOn(c, name))
}

/** Names that occur in e, in first-seen order. */
export function freeNames(e: MatrixExpr, out: string[] = []): string[] {
  if (e.kind === 'var' && !out.includes(e.name)) out.push(e.name)
  for (const c of children(e)) freeNames(c, out)
  return out
}

/** Structural equality (shapes follow from structure; spans are ignored). */
export function exprEquals(a: MatrixExpr, b: MatrixExpr): boolean {
  if (a === b) return true
  if (a.kind !== b.kind) return false
  if (a.kind === 'num') return a.value === (b as typeof a).value || (Number.isNaN(a.value) && Number.isNaN((b as typeof a).value))
  if (a.kind === 'var') return a.name === (b as typeof a).name
  if (a.kind === 'call' && a.fn !== (b as CallNode).fn) return false
  const ca = children(a)
  const cb = children(b)
  return ca.length === cb.length && ca.every((c, i) => exprEquals(c, cb[i]!))
}

export function nodeCount(e: MatrixExpr): number {
  return 1 + children(e).reduce((s, c) => s + nodeCount(c), 0)
}
