// The vector-by-vector scene's model: the plane warped by x ↦ Ax or by a layer x ↦ tanh(Wx + c), drawn by the
// chapter-2 Jacobian machinery (useJacobianScene: the map's entries as expr ASTs, with the matrix entries as
// parameters), and the same map as the matrix core writes it, whose Jacobian by the matrix rules (A, then
// diag(1 − tanh²(Wx + c))W) is evaluated at the picked point and compared with the entrywise partials.
import { useMemo } from 'react'
import { parse } from '../../math/expr/index.ts'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr, relativeDifference, type MatrixDerivative } from '../../math/matrix/index.ts'
import { useJacobianScene, type JacobianScene } from '../jacobian/useJacobianScene.ts'

export type LayerMap = 'linear' | 'layer'

const SHAPES = { p: [2], W: [2, 2], c: [2] }
const MAPS = {
  linear: { u: parse('a11*x + a12*y'), v: parse('a21*x + a22*y'), text: 'W*p' },
  layer: { u: parse('tanh(a11*x + a12*y + c1)'), v: parse('tanh(a21*x + a22*y + c2)'), text: 'tanh(W*p + c)' },
} as const
const MATRIX_FORM = {
  linear: matrixDerivative(parseMatrixExpr(MAPS.linear.text, SHAPES), 'p'),
  layer: matrixDerivative(parseMatrixExpr(MAPS.layer.text, SHAPES), 'p'),
}

export interface LayerJacobianInput {
  readonly map: LayerMap
  readonly W: readonly [number, number, number, number]
  readonly c: readonly [number, number]
  readonly point: readonly [number, number]
  readonly epsilon: number
  readonly xRange: readonly [number, number]
  readonly yRange: readonly [number, number]
}

export interface LayerJacobianModel {
  readonly scene: JacobianScene
  readonly mapText: string
  readonly jacobian: MatrixDerivative
  /** J(p) by the matrix rule, row-major. */
  readonly matrixJ: Float64Array
  /** relative difference to the entrywise partials of the Jacobian scene. */
  readonly agreement: number
}

export function useLayerJacobian({ map, W, c, point, epsilon, xRange, yRange }: LayerJacobianInput): LayerJacobianModel {
  const [a11, a12, a21, a22] = W
  const [c1, c2] = c
  const params = useMemo(() => ({ a11, a12, a21, a22, c1, c2 }), [a11, a12, a21, a22, c1, c2])
  const scene = useJacobianScene({ u: MAPS[map].u, v: MAPS[map].v, params, xRange, yRange, point, epsilon })
  const [px, py] = point
  return useMemo(() => {
    const jacobian = MATRIX_FORM[map]
    const matrixJ = evaluateMatrixExpr(jacobian.expr, { p: [px, py], W: [a11, a12, a21, a22], c: [c1, c2] }).data
    return { scene, mapText: MAPS[map].text, jacobian, matrixJ, agreement: relativeDifference(matrixJ, scene.point.matrix) }
  }, [scene, map, px, py, a11, a12, a21, a22, c1, c2])
}
