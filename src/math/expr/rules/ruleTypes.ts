// The shape every derivative rule shares. A rule receives the node and a context whose `derive` differentiates a
// sub-expression (recording that as a nested step) and returns the derivative before simplification; the caller
// simplifies it and records the step. Rules never recurse on their own, so every nested step is recorded exactly once.
import type { Expr } from '../ast.ts'
import type { RuleName } from '../derivation.ts'

export interface RuleContext {
  /** The variable of differentiation; every other name is a constant (partial derivatives). */
  readonly variable: string
  /** Simplified derivative of a sub-expression, recorded as a nested step. */
  derive(expr: Expr): Expr
  /** Whether expr depends on the variable at all (if not, its derivative is 0 without any rule). */
  dependsOnVariable(expr: Expr): boolean
}

export interface RuleApplication {
  readonly rule: RuleName
  /** The derivative, before simplification. */
  readonly derivative: Expr
  /** The rule in LaTeX, written for generic u, v: "(u v)' = u' v + u v'". */
  readonly ruleLatex: string
}

/**
 * A one-argument function f as a table entry: f'(u) as an expression of u, and its rule in LaTeX.
 * The chain rule multiplies by u'; see calls.ts.
 */
export interface UnaryDerivative {
  readonly rule: RuleName
  readonly outer: (u: Expr) => Expr
  /** (f u)' = f'(u) u', in LaTeX. */
  readonly ruleLatex: string
  /**
   * True when f'(u) as written is defined beyond f's domain (ln′(u) = 1/u at u = −2): the chain rule then writes
   * defined(f(u), f'(u)) so that the derivative is undefined wherever f is.
   */
  readonly guarded?: boolean
}
