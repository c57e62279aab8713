// Public API of the matrix-calculus core (DESIGN.md "Matrix calculus core"; tests and scenes import from here).
// Pure TypeScript like src/math/expr: no DOM, React, three or tfjs.
export type { MatrixExpr, MatrixFn, ElementwiseFn, Reduction, Span } from './ast.ts'
export { MATRIX_FNS, ELEMENTWISE_FNS, REDUCTIONS, children, dependsOn, exprEquals, freeNames, nodeCount } from './ast.ts'
export { parseMatrixExpr, type ShapeDeclarations } from './parse.ts'
export { matrixDerivative, type MatrixDerivative } from './derivative.ts'
export { evaluateMatrixExpr, evaluateScalar, type MatrixEnv, type MatrixValue } from './evaluate.ts'
export { toMatrixText } from './toText.ts'
export { toMatrixLatex } from './toLatex.ts'
export { simplifyMatrix } from './simplify.ts'
export type { MatrixStep } from './steps.ts'
export { describeShape, shapeLabel, dims, sizeOf, type Shape } from './shape.ts'
export { ExprError } from '../expr/index.ts'
