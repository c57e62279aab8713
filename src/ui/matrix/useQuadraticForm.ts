// The scalar-by-vector scene's model: f(x) = xᵀAx + bᵀx on R², as the surface (an expr AST with A's and b's entries as
// parameters, so the surface, its symbolic gradient field and picking are the chapter-2 instruments), and as the
// matrix core sees it: ∇f = (A + Aᵀ)x + b, evaluated at the picked point and compared with the surface's partials.
// The symmetric part S = (A + Aᵀ)/2 gives the same f and the same gradient: xᵀAx = xᵀSx for every x.
import { useMemo } from 'react'
import { parse } from '../../math/expr/index.ts'
import { surfaceCalculus, type PointCalculus, type SurfaceCalculus } from '../../math/instruments/surfaceCalculus.ts'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr, type MatrixDerivative } from '../../math/matrix/index.ts'
import type { Domain } from '../../math/plot/index.ts'

/** f written out entry by entry: xᵀAx = a₁₁x² + (a₁₂ + a₂₁)xy + a₂₂y². */
const SURFACE = surfaceCalculus(parse('a11*x^2 + (a12 + a21)*x*y + a22*y^2 + b1*x + b2*y'))
const SHAPES = { x: [2], A: [2, 2], b: [2] }
const F = parseMatrixExpr("x'*A*x + b'*x", SHAPES)
const GRADIENT = matrixDerivative(F, 'x')
const HESSIAN = matrixDerivative(parseMatrixExpr("(A + A')*x + b", SHAPES), 'x')

export interface QuadraticInput {
  readonly A: readonly [number, number, number, number]
  readonly b: readonly [number, number]
  readonly point: readonly [number, number]
  readonly xRange: readonly [number, number]
  readonly yRange: readonly [number, number]
}

export interface QuadraticModel {
  readonly f: SurfaceCalculus['f']
  readonly calculus: SurfaceCalculus
  readonly params: Readonly<Record<string, number>>
  readonly domain: Domain
  readonly value: (x: number, y: number) => number
  readonly point: PointCalculus
  readonly gradient: MatrixDerivative
  readonly hessian: MatrixDerivative
  /** ∇f at p from the matrix formula, and from the symmetric part alone. */
  readonly formulaGradient: Float64Array
  readonly symmetricGradient: Float64Array
  readonly symmetric: readonly [number, number, number, number]
  readonly antisymmetric: readonly [number, number, number, number]
  /** f(p) with A and with its symmetric part S. */
  readonly fWithA: number
  readonly fWithS: number
}

export function useQuadraticForm({ A, b, point: [px, py], xRange: [xMin, xMax], yRange: [yMin, yMax] }: QuadraticInput): QuadraticModel {
  const [a11, a12, a21, a22] = A
  const [b1, b2] = b
  const params = useMemo(() => ({ a11, a12, a21, a22, b1, b2 }), [a11, a12, a21, a22, b1, b2])
  const domain = useMemo(() => ({ xMin, xMax, yMin, yMax }), [xMin, xMax, yMin, yMax])
  const value = useMemo(() => (x: number, y: number) => SURFACE.value(x, y, params), [params])
  const point = useMemo(() => SURFACE.at(px, py, params), [px, py, params])
  const matrices = useMemo(() => {
    const s = (a12 + a21) / 2
    const d = (a12 - a21) / 2
    return { symmetric: [a11, s, s, a22] as const, antisymmetric: [0, d, -d, 0] as const }
  }, [a11, a12, a21, a22])
  const atPoint = useMemo(() => {
    const x = Float64Array.of(px, py)
    const withA = { x, A: Float64Array.of(a11, a12, a21, a22), b: Float64Array.of(b1, b2) }
    const withS = { ...withA, A: Float64Array.from(matrices.symmetric) }
    return {
      formulaGradient: evaluateMatrixExpr(GRADIENT.expr, withA).data,
      symmetricGradient: evaluateMatrixExpr(GRADIENT.expr, withS).data,
      fWithA: evaluateMatrixExpr(F, withA).data[0]!,
      fWithS: evaluateMatrixExpr(F, withS).data[0]!,
    }
  }, [px, py, a11, a12, a21, a22, b1, b2, matrices])
  return useMemo(
    () => ({ f: SURFACE.f, calculus: SURFACE, params, domain, value, point, gradient: GRADIENT, hessian: HESSIAN, ...matrices, ...atPoint }),
    [params, domain, value, point, matrices, atPoint],
  )
}
