// The surface the optimizers race on, from the typed expression: f and its EXACT gradient (symbolic ∂f/∂x, ∂f/∂y
// from the math core, compiled to float64 closures). No finite differences: the arrows and steps the lab draws are
// those of the true gradient.
import { gradient, surfaceFunction, type Expr } from '../../../src/math/expr/index.ts'
import type { RaceSurface } from '../../../src/math/optim/index.ts'
import type { Domain } from '../../../src/math/plot/index.ts'

export interface LabSurface extends RaceSurface {
  /** ∂f/∂x and ∂f/∂y as ASTs (swarm mode compiles them to tfjs ops). */
  readonly gradientExprs: readonly [Expr, Expr]
  readonly params: Readonly<Record<string, number>>
}

export function buildRaceSurface(
  f: Expr,
  params: Readonly<Record<string, number>>,
  domain: Domain,
  minima: readonly (readonly [number, number])[],
): LabSurface {
  const [dfdx, dfdy] = gradient(f, ['x', 'y'])
  // Plain functions of (x, y) with the parameters fixed: the race calls these thousands of times per second.
  const fAt = surfaceFunction(f, params)
  const fxAt = surfaceFunction(dfdx, params)
  const fyAt = surfaceFunction(dfdy, params)
  return {
    gradientExprs: [dfdx, dfdy],
    params,
    domain,
    minima,
    f: fAt,
    grad(x, y, out) {
      out[0] = fxAt(x, y)
      out[1] = fyAt(x, y)
    },
  }
}

/**
 * Where the listed minima really are for the current parameter values. Rosenbrock's valley floor ends at (a, a²), so
 * its listed (1, 1) holds only for a = 1; the other test functions' minima do not move with their parameters.
 */
export function minimaForParams(
  fnId: string,
  listed: readonly (readonly [number, number])[],
  params: Readonly<Record<string, number>>,
): readonly (readonly [number, number])[] {
  if (fnId === 'rosenbrock' && params.a !== undefined) return [[params.a, params.a * params.a]]
  return listed
}
