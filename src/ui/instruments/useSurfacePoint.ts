// What every instrument scene computes from its state: f (kept stable while only the point moves), its exact
// calculus, the parameter values, the domain, and the analysis at the picked point. Shared by a scene's View (inside
// the canvas) and its Panel (the side panel), which receive the same props.
import { useMemo } from 'react'
import type { Expr } from '../../math/expr/index.ts'
import type { Domain } from '../../math/plot/index.ts'
import { surfaceCalculus, type PointCalculus, type SurfaceCalculus } from '../../math/instruments/surfaceCalculus.ts'
import type { ParamValue } from '../../state/paramSpec.ts'

export interface SurfacePointKeys {
  readonly f: string
  readonly x: string
  readonly y: string
  readonly xRange: string
  readonly yRange: string
}

export const DEFAULT_POINT_KEYS: SurfacePointKeys = { f: 'f', x: 'px', y: 'py', xRange: 'xr', yRange: 'yr' }

export interface SurfacePoint {
  readonly f: Expr
  readonly calculus: SurfaceCalculus
  readonly params: Readonly<Record<string, number>>
  readonly domain: Domain
  /** f(x, y) with the parameters bound, for picking and sampling. */
  readonly value: (x: number, y: number) => number
  readonly point: PointCalculus
}

// Symbolic gradient and Hessian per expression text: the expression objects are re-parsed on every state change (a
// moved point included), but the text only changes when the user edits it.
const calculusByText = new Map<string, SurfaceCalculus>()
function calculusFor(text: string, expr: Expr): SurfaceCalculus {
  let calc = calculusByText.get(text)
  if (!calc) {
    if (calculusByText.size > 32) calculusByText.clear()
    calc = surfaceCalculus(expr)
    calculusByText.set(text, calc)
  }
  return calc
}

export function useSurfacePoint(
  state: { readonly values: Readonly<Record<string, ParamValue>>; readonly dynamic: Readonly<Record<string, number>> },
  expressions: Readonly<Record<string, Expr>>,
  keys: SurfacePointKeys = DEFAULT_POINT_KEYS,
): SurfacePoint {
  const text = String(state.values[keys.f])
  const calculus = calculusFor(text, expressions[keys.f]!)
  // The state's dynamic record is a new object on every change; keep one object while the values are equal, so the
  // surface does not refit its z range and the instruments do not resample when only the point moves.
  const paramsKey = JSON.stringify(state.dynamic)
  const params = useMemo(() => state.dynamic, [paramsKey]) // eslint-disable-line react-hooks/exhaustive-deps
  const [xMin, xMax] = state.values[keys.xRange] as readonly [number, number]
  const [yMin, yMax] = state.values[keys.yRange] as readonly [number, number]
  const domain = useMemo(() => ({ xMin, xMax, yMin, yMax }), [xMin, xMax, yMin, yMax])
  const value = useMemo(() => (x: number, y: number) => calculus.value(x, y, params), [calculus, params])
  const px = state.values[keys.x] as number
  const py = state.values[keys.y] as number
  const point = useMemo(() => calculus.at(px, py, params), [calculus, px, py, params])
  return { f: calculus.f, calculus, params, domain, value, point }
}
