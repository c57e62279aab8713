// The shapes a tree was parsed with, remembered per root, so that matrixDerivative(expr, 'x') knows x's shape even
// when x does not occur (its derivative is then zeros of x's shape).
import type { MatrixExpr } from './ast.ts'
import type { Shape } from './shape.ts'

const DECLARED = new WeakMap<MatrixExpr, ReadonlyMap<string, Shape>>()

export function rememberShapes(root: MatrixExpr, shapes: ReadonlyMap<string, Shape>): MatrixExpr {
  DECLARED.set(root, shapes)
  return root
}

export const declaredShapes = (root: MatrixExpr): ReadonlyMap<string, Shape> | undefined => DECLARED.get(root)
