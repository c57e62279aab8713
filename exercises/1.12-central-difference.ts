// Exercise 1.12 — A numeric derivative with the right step (scenes/01-single-variable/exercises.md).
// Run `npm run exercise -- 1.12` to test your code.

/**
 * The derivative of f at x by a central difference, (f(x + h) − f(x − h)) / 2h, with the step h that minimises
 * truncation plus round-off error (theory section 1.7).
 */
export function centralDifference(f: (x: number) => number, x: number): number {
  throw new Error('Exercise 1.12 is not written yet: implement centralDifference in exercises/1.12-central-difference.ts')
}
