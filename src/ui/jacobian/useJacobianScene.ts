// What the Jacobian scene computes from its state, once per render (the host hands it to the View in the canvas and
// the Panel in the side panel): the map F = (u, v) with its exact Jacobian, the domain, the picked point p with J(p)
// and det J(p), and the ε-square with its true image and its linear image. The map is rebuilt only when an expression
// or the parameter values change (the state keeps both by identity until then).
import { useMemo } from 'react'
import type { Expr } from '../../math/expr/index.ts'
import type { Domain } from '../../math/plot/index.ts'
import { createJacobianMap, squareImage, type JacobianAtPoint, type JacobianMap, type SquareImage } from '../../math/jacobian/index.ts'

export interface JacobianScene {
  /** Null when a partial derivative could not be taken; `error` says why. */
  readonly map: JacobianMap | null
  readonly error: string | null
  readonly domain: Domain
  readonly epsilon: number
  readonly point: JacobianAtPoint
  readonly square: SquareImage | null
}

export interface JacobianSceneInput {
  readonly u: Expr
  readonly v: Expr
  readonly params: Readonly<Record<string, number>>
  readonly xRange: readonly [number, number]
  readonly yRange: readonly [number, number]
  readonly point: readonly [number, number]
  readonly epsilon: number
}

export function useJacobianScene({ u, v, params, xRange, yRange, point: [px, py], epsilon }: JacobianSceneInput): JacobianScene {
  const built = useMemo((): { map: JacobianMap | null; error: string | null } => {
    try {
      return { map: createJacobianMap(u, v, params), error: null }
    } catch (error) {
      return { map: null, error: error instanceof Error ? error.message : String(error) }
    }
  }, [u, v, params])

  const [xMin, xMax] = xRange
  const [yMin, yMax] = yRange
  const domain = useMemo(() => ({ xMin, xMax, yMin, yMax }), [xMin, xMax, yMin, yMax])
  const point = useMemo(
    (): JacobianAtPoint =>
      built.map?.at(px, py) ?? { x: px, y: py, u: NaN, v: NaN, matrix: [NaN, NaN, NaN, NaN], det: NaN, defined: false },
    [built, px, py],
  )
  const square = useMemo(() => (built.map ? squareImage(built.map, point, epsilon, 64) : null), [built, point, epsilon])
  return useMemo(
    () => ({ map: built.map, error: built.error, domain, epsilon, point, square }),
    [built, domain, epsilon, point, square],
  )
}
