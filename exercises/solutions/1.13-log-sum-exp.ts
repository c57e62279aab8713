// Reference solution of exercise 1.13 (worked in scenes/01-single-variable/solutions.md).

export function logSumExp(z: readonly number[]): number {
  if (z.length === 0) return -Infinity // the log of an empty sum, ln 0
  const m = Math.max(...z)
  if (m === -Infinity) return -Infinity // every term is e^(−∞) = 0
  let sum = 0
  for (const v of z) sum += Math.exp(v - m) // each term ≤ 1, and the largest is exactly 1
  return m + Math.log(sum)
}

export function softmax(z: readonly number[]): number[] {
  const lse = logSumExp(z)
  return z.map((v) => Math.exp(v - lse))
}
