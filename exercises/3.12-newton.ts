// Exercise 3.12 — Newton's method with the Hessian (scenes/03-directional/exercises.md).
// Run `npm run exercise -- 3.12` to test your code.

/** Solves A·x = b by Gaussian elimination with partial pivoting; throws an Error mentioning 'singular' when A is. */
export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  throw new Error('Exercise 3.12 is not written yet: implement solve in exercises/3.12-newton.ts')
}

/**
 * Newton's method: x ← x − H(x)⁻¹ ∇f(x) (via solve), until ‖∇f(x)‖ < tolerance. Returns the point and the number of
 * Newton steps taken; throws when it does not converge within maxIterations.
 */
export function newtonMinimize(
  grad: (x: readonly number[]) => number[],
  hessian: (x: readonly number[]) => number[][],
  x0: readonly number[],
  options: { tolerance?: number; maxIterations?: number } = {},
): { x: number[]; iterations: number } {
  throw new Error('Exercise 3.12 is not written yet: implement newtonMinimize in exercises/3.12-newton.ts')
}
