// One line of a matrix derivation: which rule, what it was applied to, what it gave, and the shape of what it gave.
import type { MatrixExpr } from './ast.ts'
import { shapeLabel, type Shape } from './shape.ts'
import { toMatrixText } from './toText.ts'

export interface MatrixStep {
  /** The rule, e.g. "product rule (A*B)", "chain rule through tanh: tanh′ = 1 − tanh²". */
  readonly rule: string
  /** The subexpression the rule was applied at, in the grammar. */
  readonly at: string
  /** What the step computed: ∂f/∂(at) in backprop order, or ∂(at)/∂x in forward order. */
  readonly derivative: string
  readonly shape: Shape
  /** One line for the UI: "∂f/∂(A*x) = 2*(A*x - b)   [3]". */
  readonly text: string
}

export function makeStep(rule: string, at: MatrixExpr, derivative: MatrixExpr | null, label: (at: string) => string): MatrixStep {
  const d = derivative === null ? '0' : toMatrixText(derivative)
  const shape = derivative?.shape ?? []
  const atText = toMatrixText(at)
  return { rule, at: atText, derivative: d, shape, text: `${label(atText)} = ${d}   [${shapeLabel(shape)}]  (${rule})` }
}
