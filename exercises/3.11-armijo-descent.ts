// Exercise 3.11 — Gradient descent with a line search (scenes/03-directional/exercises.md).
// Run `npm run exercise -- 3.11` to test your code.

export interface DescentResult {
  readonly x: number[]
  readonly value: number
  readonly steps: number
  readonly converged: boolean
}

/**
 * Gradient descent along d = −∇f with backtracking: start at t = 1 and halve t until
 * f(x + t·d) ≤ f(x) + 1e-4 · t · ∇f·d (Armijo). Stop when ‖∇f‖ < tolerance (converged) or after maxSteps steps.
 */
export function descend(
  f: (x: readonly number[]) => number,
  grad: (x: readonly number[]) => number[],
  x0: readonly number[],
  options: { tolerance?: number; maxSteps?: number } = {},
): DescentResult {
  throw new Error('Exercise 3.11 is not written yet: implement descend in exercises/3.11-armijo-descent.ts')
}
