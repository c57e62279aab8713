// Exercise 4.13 — Backpropagation through a two-layer network (scenes/04-matrix-calculus/exercises.md).
// Run `npm run exercise -- 4.13` to test your code. Matrices are arrays of rows.

export interface MlpParams {
  /** hidden × input */
  readonly W1: number[][]
  readonly b1: number[]
  /** output × hidden */
  readonly W2: number[][]
  readonly b2: number[]
}

export interface MlpGradients {
  readonly loss: number
  readonly dW1: number[][]
  readonly db1: number[]
  readonly dW2: number[][]
  readonly db2: number[]
}

/** h = tanh(W1 x + b1), ŷ = W2 h + b2, L = ½‖ŷ − y‖²; the loss and its gradients by a backward pass (theory 4.6). */
export function mlpLossAndGradients(params: MlpParams, x: number[], y: number[]): MlpGradients {
  throw new Error('Exercise 4.13 is not written yet: implement mlpLossAndGradients in exercises/4.13-two-layer-backprop.ts')
}
