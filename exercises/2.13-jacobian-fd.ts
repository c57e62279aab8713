// Exercise 2.13 — A Jacobian by finite differences (scenes/02-multivariable/exercises.md).
// Run `npm run exercise -- 2.13` to test your code.

/** The m×n Jacobian of F: ℝⁿ → ℝᵐ at x by central differences, as m rows of n entries: J[i][j] = ∂F_i/∂x_j. */
export function jacobianFD(F: (x: readonly number[]) => number[], x: readonly number[]): number[][] {
  throw new Error('Exercise 2.13 is not written yet: implement jacobianFD in exercises/2.13-jacobian-fd.ts')
}
