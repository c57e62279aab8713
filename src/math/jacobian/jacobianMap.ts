// A map F(x, y) = (u(x, y), v(x, y)) of the plane and its Jacobian
//
//   J = [[∂u/∂x, ∂u/∂y],
//        [∂v/∂x, ∂v/∂y]],
//
// the best linear approximation F(p + h) ≈ F(p) + J·h. Every entry is an exact symbolic derivative (differentiate),
// kept with its rule steps for the derivation view, and compiled once to a float64 closure; nothing here uses finite
// differences. det J = ∂u/∂x·∂v/∂y − ∂u/∂y·∂v/∂x is the factor by which F scales small areas near p, and its sign says
// whether F keeps (det > 0) or flips (det < 0) the orientation of the plane.
import { compile, differentiate, type CompiledFn, type Derivative, type Expr } from '../expr/index.ts'
import { det2, type Matrix2 } from '../linalg/index.ts'

export interface JacobianMap {
  readonly u: Expr
  readonly v: Expr
  /** The four partials, row by row: ∂u/∂x, ∂u/∂y, ∂v/∂x, ∂v/∂y, each with the steps that produced it. */
  readonly partials: readonly [Derivative, Derivative, Derivative, Derivative]
  /** F at (x, y) with the parameters in `params`, into `out` (no allocation). Undefined points give NaN. */
  mapInto(x: number, y: number, out: Float64Array | number[], offset?: number): void
  /** The value, the Jacobian and its determinant at (x, y). */
  at(x: number, y: number): JacobianAtPoint
}

export interface JacobianAtPoint {
  readonly x: number
  readonly y: number
  /** F(x, y) = (u, v). */
  readonly u: number
  readonly v: number
  /** J row by row (∂u/∂x, ∂u/∂y, ∂v/∂x, ∂v/∂y). */
  readonly matrix: Matrix2
  readonly det: number
  /** False when F or any partial is NaN or infinite here: the instrument then says "undefined here" and draws nothing. */
  readonly defined: boolean
}

/**
 * Builds F and J from the two coordinate expressions. `params` binds every free name other than the coordinates
 * (sliders); `coordinates` names the domain's variables (default x, y). Throws ExprError if a derivative cannot be taken.
 */
export function createJacobianMap(
  u: Expr,
  v: Expr,
  params: Readonly<Record<string, number>> = {},
  coordinates: readonly [string, string] = ['x', 'y'],
): JacobianMap {
  const [cx, cy] = coordinates
  const partials = [differentiate(u, cx), differentiate(u, cy), differentiate(v, cx), differentiate(v, cy)] as const
  const [uFn, vFn] = [compile(u), compile(v)]
  const partialFns = partials.map((p) => compile(p.result)) as [CompiledFn, CompiledFn, CompiledFn, CompiledFn]
  // One scope object, reused for every sample: the coordinates are written into it, the parameters stay.
  const scope: Record<string, number> = { ...params }

  const mapInto = (x: number, y: number, out: Float64Array | number[], offset = 0) => {
    scope[cx] = x
    scope[cy] = y
    out[offset] = uFn(scope)
    out[offset + 1] = vFn(scope)
  }

  const at = (x: number, y: number): JacobianAtPoint => {
    scope[cx] = x
    scope[cy] = y
    const value = [uFn(scope), vFn(scope)] as const
    const matrix: Matrix2 = [partialFns[0](scope), partialFns[1](scope), partialFns[2](scope), partialFns[3](scope)]
    const det = det2(matrix)
    const defined = Number.isFinite(value[0]) && Number.isFinite(value[1]) && matrix.every(Number.isFinite) && Number.isFinite(det)
    return { x, y, u: value[0], v: value[1], matrix, det, defined }
  }

  return { u, v, partials, mapInto, at }
}
