// matrixDerivative: the derivative of a matrix expression by one of its variables, in the layout of the issue:
// - a scalar by a scalar, vector or matrix: the variable's shape (the gradient), by backpropagation (backprop.ts);
// - a vector (m) by a vector (n): the m×n Jacobian; anything by a scalar: its own shape (forward mode, forward.ts);
// - a matrix by a vector or matrix, a vector by a matrix: 3- and 4-tensors, refused with a message saying so.
import { ExprError } from '../expr/index.ts'
import type { MatrixExpr } from './ast.ts'
import { filled } from './build.ts'
import { backprop } from './backprop.ts'
import { declaredShapes } from './declarations.ts'
import { forwardDerivative } from './forward.ts'
import { dims, dimsText, fromDims, isMatrix, isRow, isScalar, shapeLabel, sizeOf, type Shape } from './shape.ts'
import { simplifyMatrix, sT } from './simplify.ts'
import { makeStep, type MatrixStep } from './steps.ts'
import { toMatrixLatex } from './toLatex.ts'
import { toMatrixText } from './toText.ts'

export interface MatrixDerivative {
  readonly expr: MatrixExpr
  readonly text: string
  readonly latex: string
  readonly shape: Shape
  /** steps[0] is the whole result; then the rule chain (backprop order for gradients, inside-out for Jacobians). */
  readonly steps: readonly MatrixStep[]
  /** 'gradient' (scalar by anything), 'jacobian' (vector by vector) or 'tangent' (by a scalar). */
  readonly layout: 'gradient' | 'jacobian' | 'tangent'
}

function findShape(e: MatrixExpr, name: string): Shape | undefined {
  if (e.kind === 'var' && e.name === name) return e.shape
  if (e.kind === 'num' || e.kind === 'var') return undefined
  const kids = e.kind === 'call' ? e.args : 'a' in e ? [e.a, e.b] : [e.arg]
  for (const k of kids) {
    const s = findShape(k, name)
    if (s !== undefined) return s
  }
  return undefined
}

const kindText = (s: Shape): string => (isScalar(s) ? 'a scalar' : isMatrix(s) ? `a ${dimsText(s)} matrix` : `a ${shapeLabel(s)}-vector`)

export function matrixDerivative(expr: MatrixExpr, wrt: string): MatrixDerivative {
  const whole = expr.span ?? { start: 0, end: 0 }
  const wrtShape = declaredShapes(expr)?.get(wrt) ?? findShape(expr, wrt)
  if (wrtShape === undefined) throw new ExprError(`'${wrt}' is not declared, so there is nothing to differentiate by`, whole.start, whole.end)
  const f = expr.shape
  // refused: a matrix by a vector or matrix, a vector by a matrix (3- and 4-tensors)
  if ((isMatrix(f) && !isScalar(wrtShape)) || (!isScalar(f) && isMatrix(wrtShape))) {
    const order = isMatrix(f) && isMatrix(wrtShape) ? '4-tensor' : '3-tensor'
    throw new ExprError(
      `the derivative of ${kindText(f)} by ${kindText(wrtShape)} is a ${order}, which has no matrix layout: ` +
        `differentiate a scalar of it instead, e.g. sum(…), tr(…) or norm2(…)^2`,
      whole.start, whole.end,
    )
  }
  const steps: MatrixStep[] = []
  let result: MatrixExpr | null
  let shape: Shape
  let layout: MatrixDerivative['layout']
  if (isScalar(f)) {
    result = backprop(expr, wrt, steps)
    shape = wrtShape
    layout = 'gradient'
  } else {
    result = forwardDerivative(expr, wrt, wrtShape, steps)
    if (isScalar(wrtShape)) {
      shape = f
      layout = 'tangent'
      if (result !== null && isRow(f)) result = sT(result) // J of a row is kept as a column; give it back its shape
    } else {
      shape = fromDims(sizeOf(f), dims(wrtShape)[0] * dims(wrtShape)[1])
      layout = 'jacobian'
    }
  }
  const out = simplifyMatrix(result ?? filled('zeros', shape))
  const summary = makeStep(layout === 'gradient' ? 'gradient (backpropagation)' : layout === 'jacobian' ? 'Jacobian (forward)' : 'derivative by a scalar', expr, out, (at) => `∂(${at})/∂${wrt}`)
  return { expr: out, text: toMatrixText(out), latex: toMatrixLatex(out), shape: out.shape, steps: [summary, ...steps], layout }
}
