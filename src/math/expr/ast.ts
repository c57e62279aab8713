// The expression AST: an immutable, typed union. Every emitter (text, LaTeX, closure, GLSL, tfjs) and the
// symbolic differentiator walk this one tree, so they agree by construction on what an expression means.
//
// Binary operators stay binary (no n-ary flattening) so that `toText` → `parse` reproduces the exact tree.
// Numbers are finite doubles and may be negative (the parser folds `-2` into one literal; see parse.ts).
import type { FnName } from './functions.ts'

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

// Constructors freeze their nodes: an AST can be shared between the store, the emitters and derivatives safely.
export const num = (value: number): Expr => Object.freeze({ kind: 'num', value })
export const constant = (name: 'pi' | 'e'): Expr => Object.freeze({ kind: 'const', name })
export const variable = (name: string): Expr => Object.freeze({ kind: 'var', name })
export const neg = (arg: Expr): Expr => Object.freeze({ kind: 'neg', arg })
export const binary = (op: BinaryOp, left: Expr, right: Expr): Expr => Object.freeze({ kind: 'binary', op, left, right })
export const add = (l: Expr, r: Expr): Expr => binary('+', l, r)
export const sub = (l: Expr, r: Expr): Expr => binary('-', l, r)
export const mul = (l: Expr, r: Expr): Expr => binary('*', l, r)
export const div = (l: Expr, r: Expr): Expr => binary('/', l, r)
export const pow = (l: Expr, r: Expr): Expr => binary('^', l, r)
export const call = (fn: FnName, ...args: Expr[]): Expr => Object.freeze({ kind: 'call', fn, args: Object.freeze(args) })

/** Structural equality. Iterative on the left spine is unnecessary: depth is bounded by the parser's nesting limit. */
export function equals(a: Expr, b: Expr): boolean {
  if (a === b) return true
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'num':
      return Object.is(a.value, (b as NumNode).value) || a.value === (b as NumNode).value
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
  const names = new Set<string>()
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case 'var':
        names.add(e.name)
        return
      case 'neg':
        visit(e.arg)
        return
      case 'binary':
        visit(e.left)
        visit(e.right)
        return
      case 'call':
        e.args.forEach(visit)
        return
      default:
        return
    }
  }
  visit(expr)
  return [...names].sort()
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
