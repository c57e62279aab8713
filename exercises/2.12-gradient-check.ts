// Exercise 2.12 — A gradient checker (scenes/02-multivariable/exercises.md).
// Run `npm run exercise -- 2.12` to test your code.

export type ScalarField = (x: readonly number[]) => number
export type GradientFn = (x: readonly number[]) => number[]

/** ∇f(x) by central differences, one coordinate at a time, with a step scaled to each coordinate (theory 1.7, 2.2). */
export function numericGradient(f: ScalarField, x: readonly number[]): number[] {
  throw new Error('Exercise 2.12 is not written yet: implement numericGradient in exercises/2.12-gradient-check.ts')
}

/**
 * Compares a claimed gradient with numericGradient: the largest relative error |a − b| / max(1e-8, |a| + |b|) over the
 * coordinates, and the index where it occurs (−1 when every error is 0).
 */
export function gradientCheck(f: ScalarField, grad: GradientFn, x: readonly number[]): { maxRelativeError: number; worstIndex: number } {
  throw new Error('Exercise 2.12 is not written yet: implement gradientCheck in exercises/2.12-gradient-check.ts')
}
