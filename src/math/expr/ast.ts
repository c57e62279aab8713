// The expression AST: an immutable, typed union. Every emitter (text, LaTeX, closure, GLSL, tfjs) and the
// symbolic differentiator walk this one tree, so they agree by construction on what an expression means.
//
// Binary operators stay binary (no n-ary flattening) so that `toText` → `parse` reproduces the exact tree.
// Numbers are finite doubles and may be negative (the parser folds `-2` into one literal; see parse.ts).
import type { FnName } from './functions.ts'
import { intern, isCanonical, metaOf } from './intern.ts'

export type BinaryOp = '+' | '-' | '*' | '/' | '^'

export type Expr =
  | { readonly kind: 'num'; readonly value: number }
  | { readonly kind: 'const'; readonly name: 'pi' | 'e' }
  | { readonly kind: 'var'; readonly name: string }
  | { readonly kind: 'neg'; readonly arg: Expr }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'call'; readonly fn: FnName; readonly args: readonly Expr[] }

export type NumNode = Extract<Expr, { kind: 'num' }>
export type BinaryNode = Extract<Expr, { kind: 'binary' }>
export type CallNode = Extract<Expr, { kind: 'call' }>

// Constructors hash-cons their nodes: building a node structurally equal to a live one returns that same object
// (frozen, so sharing is safe). Derivatives are DAGs in which the same sub-expression turns up again and again; with
// one object per structure, `equals` is a pointer comparison, and every memo keyed by node (derivatives, simplified
// forms, free variables, compiled closures) recognises a repeat however it was built. See intern.ts.
export const num = (value: number): Expr => intern(`n${Object.is(value, -0) ? '-0' : value}`, [], () => ({ kind: 'num', value }))
export const constant = (name: 'pi' | 'e'): Expr => intern(`k${name}`, [], () => ({ kind: 'const', name }))
export const variable = (name: string): Expr => intern(`v${name}`, [], () => ({ kind: 'var', name }))
export const neg = (arg: Expr): Expr => intern('-', [arg], () => ({ kind: 'neg', arg }))
export const binary = (op: BinaryOp, left: Expr, right: Expr): Expr =>
  intern(`b${op}`, [left, right], () => ({ kind: 'binary', op, left, right }))
export const add = (l: Expr, r: Expr): Expr => binary('+', l, r)
export const sub = (l: Expr, r: Expr): Expr => binary('-', l, r)
export const mul = (l: Expr, r: Expr): Expr => binary('*', l, r)
export const div = (l: Expr, r: Expr): Expr => binary('/', l, r)
export const pow = (l: Expr, r: Expr): Expr => binary('^', l, r)
export const call = (fn: FnName, ...args: Expr[]): Expr =>
  intern(`c${fn}`, args, () => ({ kind: 'call', fn, args: Object.freeze(args) }))

/** Structural equality: a pointer comparison for hash-consed nodes, a walk only for nodes built by hand. */
export function equals(a: Expr, b: Expr): boolean {
  if (a === b) return true
  if (isCanonical(a) && isCanonical(b)) return false // two distinct hash-consed nodes are structurally different
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'num':
      return Object.is(a.value, (b as NumNode).value) // 0 and -0 differ: atan2(-0, -1) = -pi, atan2(0, -1) = pi
    case 'const':
    case 'var':
      return a.name === (b as typeof a).name
    case 'neg':
      return equals(a.arg, (b as typeof a).arg)
    case 'binary': {
      const o = b as BinaryNode
      return a.op === o.op && equals(a.left, o.left) && equals(a.right, o.right)
    }
    case 'call': {
      const o = b as CallNode
      return a.fn === o.fn && a.args.length === o.args.length && a.args.every((x, i) => equals(x, o.args[i]!))
    }
  }
}

/** Names of the variables (and parameters) an expression depends on, sorted for stable output. */
export function freeVariables(expr: Expr): string[] {
  return [...freeVariableSet(expr)].sort()
}

const NO_NAMES: ReadonlySet<string> = new Set()

/**
 * The set of free names of expr, memoised per node (shared by every caller), so asking it of each node of a DAG,
 * as the differentiator does, costs one visit per distinct node rather than one walk per node.
 */
export function freeVariableSet(expr: Expr): ReadonlySet<string> {
  const meta = metaOf(expr)
  if (meta.free !== undefined) return meta.free
  let names: ReadonlySet<string>
  switch (expr.kind) {
    case 'var': names = new Set([expr.name]); break
    case 'neg': names = freeVariableSet(expr.arg); break
    case 'binary': names = union([freeVariableSet(expr.left), freeVariableSet(expr.right)]); break
    case 'call': names = union(expr.args.map(freeVariableSet)); break
    default: names = NO_NAMES
  }
  meta.free = names
  return names
}

/** Union that reuses an operand when it already holds every name (the common case: one or two coordinates). */
function union(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  let widest = sets[0] ?? NO_NAMES
  for (const s of sets) if (s.size > widest.size) widest = s
  if (sets.every((s) => s === widest || [...s].every((n) => widest.has(n)))) return widest
  const all = new Set<string>()
  for (const s of sets) for (const n of s) all.add(n)
  return all
}

/**
 * Distinct node objects reachable from the roots: the size of the DAG that hash-consing builds, which is what every
 * emitter's cost follows (size() counts a shared subtree once per use, so it grows exponentially on nests).
 */
export function distinctNodes(roots: readonly Expr[]): number {
  const seen = new Set<Expr>()
  const stack = [...roots]
  while (stack.length) {
    const e = stack.pop()!
    if (seen.has(e)) continue
    seen.add(e)
    stack.push(...childrenOf(e))
  }
  return seen.size
}

/** A node's operands, in order. */
export function childrenOf(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'neg':
      return [e.arg]
    case 'binary':
      return [e.left, e.right]
    case 'call':
      return e.args
    default:
      return []
  }
}

/** Number of nodes; used to bound work (and by tests to keep random ASTs small). */
export function size(expr: Expr): number {
  switch (expr.kind) {
    case 'neg':
      return 1 + size(expr.arg)
    case 'binary':
      return 1 + size(expr.left) + size(expr.right)
    case 'call':
      return expr.args.reduce((n, a) => n + size(a), 1)
    default:
      return 1
  }
}
