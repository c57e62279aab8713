// Everything the instruments read at one point of z = f(x, y): the value, the exact gradient and the exact Hessian.
// The derivatives are symbolic (differentiate → simplify → compile), built once per expression; evaluating at a new
// point or with new parameter values only calls the compiled closures. Nothing here is a finite difference.
import { compile, gradient, hessian, type CompiledFn, type Expr } from '../expr/index.ts'

/** f and its first and second partial derivatives at (x, y). Any of them may be NaN where f is not defined. */
export interface PointCalculus {
  readonly x: number
  readonly y: number
  readonly f: number
  readonly fx: number
  readonly fy: number
  readonly fxx: number
  readonly fxy: number
  readonly fyy: number
}

export interface SurfaceCalculus {
  readonly f: Expr
  /** [∂f/∂x, ∂f/∂y] as simplified ASTs. */
  readonly gradient: readonly [Expr, Expr]
  /** [[f_xx, f_xy], [f_xy, f_yy]] as simplified ASTs (one shared AST for the mixed partial). */
  readonly hessian: readonly [readonly [Expr, Expr], readonly [Expr, Expr]]
  /** f(x, y) alone, for picking and for sampling curves. */
  value(x: number, y: number, params: Readonly<Record<string, number>>): number
  at(x: number, y: number, params: Readonly<Record<string, number>>): PointCalculus
}

export function surfaceCalculus(f: Expr): SurfaceCalculus {
  const [fx, fy] = gradient(f, ['x', 'y']) as [Expr, Expr]
  const h = hessian(f, ['x', 'y'])
  const fxx = h[0]![0]!
  const fxy = h[0]![1]!
  const fyy = h[1]![1]!
  const compiled: CompiledFn[] = [f, fx, fy, fxx, fxy, fyy].map(compile)
  const [cf, cfx, cfy, cfxx, cfxy, cfyy] = compiled as [CompiledFn, CompiledFn, CompiledFn, CompiledFn, CompiledFn, CompiledFn]
  // One scope object reused for every call: parameters first, then the coordinates on top of them (a parameter can
  // never be named x or y: those are the scene's coordinates).
  let scope: Record<string, number> = { x: 0, y: 0 }
  let lastParams: Readonly<Record<string, number>> | null = null
  const scopeFor = (x: number, y: number, params: Readonly<Record<string, number>>) => {
    if (params !== lastParams) {
      scope = { ...params, x: 0, y: 0 }
      lastParams = params
    }
    scope.x = x
    scope.y = y
    return scope
  }
  return {
    f,
    gradient: [fx, fy],
    hessian: [
      [fxx, fxy],
      [fxy, fyy],
    ],
    value: (x, y, params) => cf(scopeFor(x, y, params)),
    at(x, y, params) {
      const s = scopeFor(x, y, params)
      const value = cf(s)
      // A derivative formula can outlive f's domain (d/dx log x = 1/x is finite at x < 0); where f is undefined, so
      // are its derivatives.
      if (!Number.isFinite(value)) return { x, y, f: value, fx: NaN, fy: NaN, fxx: NaN, fxy: NaN, fyy: NaN }
      return { x, y, f: value, fx: cfx(s), fy: cfy(s), fxx: cfxx(s), fxy: cfxy(s), fyy: cfyy(s) }
    },
  }
}

/** True when the value and the gradient are finite numbers: the first-order instruments can be drawn. */
export function isFirstOrderDefined(p: PointCalculus): boolean {
  return Number.isFinite(p.f) && Number.isFinite(p.fx) && Number.isFinite(p.fy)
}

/** True when the Hessian is finite as well: the second-order instruments can be drawn. */
export function isSecondOrderDefined(p: PointCalculus): boolean {
  return isFirstOrderDefined(p) && Number.isFinite(p.fxx) && Number.isFinite(p.fxy) && Number.isFinite(p.fyy)
}
