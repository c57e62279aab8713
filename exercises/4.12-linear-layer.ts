// Exercise 4.12 — Backpropagation through a linear layer (scenes/04-matrix-calculus/exercises.md).
// Run `npm run exercise -- 4.12` to test your code. Matrices are arrays of rows; examples are the columns of X.

export type Matrix = number[][]

/** Y = W X + b 1ᵀ: W is m×n, b has m entries, X is n×B (one example per column); Y is m×B. */
export function linearForward(W: Matrix, b: number[], X: Matrix): Matrix {
  throw new Error('Exercise 4.12 is not written yet: implement linearForward in exercises/4.12-linear-layer.ts')
}

/** Given G = ∂L/∂Y (m×B): dW = G Xᵀ (m×n), db = G 1 (m), dX = Wᵀ G (n×B). */
export function linearBackward(W: Matrix, X: Matrix, G: Matrix): { dW: Matrix; db: number[]; dX: Matrix } {
  throw new Error('Exercise 4.12 is not written yet: implement linearBackward in exercises/4.12-linear-layer.ts')
}
