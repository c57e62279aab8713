// The model every instrument scene computes from its input: f with its exact calculus (gradient and Hessian, built
// once per expression), the parameter values, the domain, f with the parameters bound, and the analysis at the
// picked point. The host computes it once per render and hands it to the scene's View and Panel. Every memo is keyed
// on objects the state keeps by identity (sceneState.ts), so moving the point recomputes only the point.
import { useMemo } from 'react'
import type { Expr } from '../../src/math/expr/index.ts'
import type { Domain } from '../../src/math/plot/index.ts'
import { surfaceCalculus, type PointCalculus, type SurfaceCalculus } from '../../src/math/instruments/surfaceCalculus.ts'
import type { SceneInput } from '../sceneDefinition.ts'
import type { InstrumentParams } from './surfaceScene.ts'

export interface SurfaceModel {
  readonly f: Expr
  readonly calculus: SurfaceCalculus
  readonly params: Readonly<Record<string, number>>
  readonly domain: Domain
  /** f(x, y) with the parameters bound, for picking and sampling. */
  readonly value: (x: number, y: number) => number
  readonly point: PointCalculus
}

export function useSurfaceModel({ values, expressions, dynamic }: SceneInput<InstrumentParams>): SurfaceModel {
  const calculus = useMemo(() => surfaceCalculus(expressions.f), [expressions.f])
  const [xMin, xMax] = values.xr
  const [yMin, yMax] = values.yr
  const domain = useMemo(() => ({ xMin, xMax, yMin, yMax }), [xMin, xMax, yMin, yMax])
  const value = useMemo(() => (x: number, y: number) => calculus.value(x, y, dynamic), [calculus, dynamic])
  const { px, py } = values
  const point = useMemo(() => calculus.at(px, py, dynamic), [calculus, px, py, dynamic])
  return useMemo(() => ({ f: calculus.f, calculus, params: dynamic, domain, value, point }), [calculus, dynamic, domain, value, point])
}
