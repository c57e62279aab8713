// A typed f(x) made ready for one-variable instruments: f, its exact derivative f′ (from the symbolic engine, never
// from finite differences) and f″, each as a float64 closure of x, undefined (NaN) wherever f is. Parameters (the
// free names other than x) are read from one scope object that the closures share, so evaluating at a new x
// allocates nothing.
import { compile, differentiate, type Derivative, type Expr } from '../expr/index.ts'

export type RealFn = (x: number) => number

export interface Function1d {
  readonly expr: Expr
  readonly variable: string
  /** f′ as an expression, with the rule steps that built it. */
  readonly derivative: Derivative
  readonly f: RealFn
  readonly df: RealFn
  readonly d2f: RealFn
}

/**
 * Compiles f, f′ and f″ of `expr` in `variable`, with the parameters' values taken from `params`
 * (copied once; build a new Function1d when a parameter changes, which is cheap).
 */
export function function1d(expr: Expr, variable: string, params: Readonly<Record<string, number>> = {}): Function1d {
  const derivative = differentiate(expr, variable)
  const second = differentiate(derivative.result, variable)
  const scope: Record<string, number> = { ...params, [variable]: 0 }
  const at = (compiled: (s: Readonly<Record<string, number>>) => number): RealFn => (x) => {
    scope[variable] = x
    return compiled(scope)
  }
  const f = at(compile(expr))
  // A derivative formula can have values where f has none: (ln x)′ = 1/x is a number at x = −1, where ln is not
  // defined. A derivative only exists where f does, so f′ and f″ are NaN wherever f is undefined.
  const whereDefined = (raw: RealFn): RealFn => (x) => (Number.isFinite(f(x)) ? raw(x) : NaN)
  return {
    expr,
    variable,
    derivative,
    f,
    df: whereDefined(at(compile(derivative.result))),
    d2f: whereDefined(at(compile(second.result))),
  }
}
