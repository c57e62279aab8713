// Exercise 1.13 — Log-sum-exp that never overflows (scenes/01-single-variable/exercises.md).
// Run `npm run exercise -- 1.13` to test your code.

/** ln(Σ e^{z_j}), without overflow for large logits; −∞ for an empty array. */
export function logSumExp(z: readonly number[]): number {
  throw new Error('Exercise 1.13 is not written yet: implement logSumExp in exercises/1.13-log-sum-exp.ts')
}

/** e^{z_i} / Σ e^{z_j}, without overflow or NaN for large logits. */
export function softmax(z: readonly number[]): number[] {
  throw new Error('Exercise 1.13 is not written yet: implement softmax in exercises/1.13-log-sum-exp.ts')
}
