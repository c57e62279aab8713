// What the Jacobian scene computes from its state, shared by its View (in the canvas) and its Panel (side panel):
// the map F = (u, v) with its exact Jacobian, the domain, the picked point p with J(p) and det J(p), and the ε-square
// with its true image and its linear image. The map is rebuilt only when the expression TEXT or a parameter value
// changes (the expression objects are re-parsed on every state change, a moved point included).
import { useMemo } from 'react'
import type { Expr } from '../../math/expr/index.ts'
import type { Domain } from '../../math/plot/index.ts'
import { createJacobianMap, squareImage, type JacobianAtPoint, type JacobianMap, type SquareImage } from '../../math/jacobian/index.ts'
import type { ParamValue } from '../../state/paramSpec.ts'

export interface JacobianScene {
  /** Null when a partial derivative could not be taken; `error` says why. */
  readonly map: JacobianMap | null
  readonly error: string | null
  readonly domain: Domain
  readonly epsilon: number
  readonly point: JacobianAtPoint
  readonly square: SquareImage | null
}

interface SceneStateLike {
  readonly values: Readonly<Record<string, ParamValue>>
  readonly dynamic: Readonly<Record<string, number>>
}

export function useJacobianScene(state: SceneStateLike, expressions: Readonly<Record<string, Expr>>): JacobianScene {
  const uText = String(state.values.u)
  const vText = String(state.values.v)
  const paramsKey = JSON.stringify(state.dynamic)
  const built = useMemo((): { map: JacobianMap | null; error: string | null } => {
    try {
      return { map: createJacobianMap(expressions.u!, expressions.v!, state.dynamic), error: null }
    } catch (error) {
      return { map: null, error: error instanceof Error ? error.message : String(error) }
    }
  }, [uText, vText, paramsKey]) // eslint-disable-line react-hooks/exhaustive-deps

  const [xMin, xMax] = state.values.xr as readonly [number, number]
  const [yMin, yMax] = state.values.yr as readonly [number, number]
  const domain = useMemo(() => ({ xMin, xMax, yMin, yMax }), [xMin, xMax, yMin, yMax])
  const px = state.values.px as number
  const py = state.values.py as number
  const epsilon = state.values.eps as number
  const point = useMemo(
    (): JacobianAtPoint =>
      built.map?.at(px, py) ?? { x: px, y: py, u: NaN, v: NaN, matrix: [NaN, NaN, NaN, NaN], det: NaN, defined: false },
    [built, px, py],
  )
  const square = useMemo(() => (built.map ? squareImage(built.map, point, epsilon, 64) : null), [built, point, epsilon])
  return { map: built.map, error: built.error, domain, epsilon, point, square }
}
