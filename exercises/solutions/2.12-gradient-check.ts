// Reference solution of exercise 2.12 (worked in scenes/02-multivariable/solutions.md).

export type ScalarField = (x: readonly number[]) => number
export type GradientFn = (x: readonly number[]) => number[]

export function numericGradient(f: ScalarField, x: readonly number[]): number[] {
  const point = [...x]
  return x.map((xi, i) => {
    const h = Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(xi))
    point[i] = xi + h
    const up = f(point)
    point[i] = xi - h
    const down = f(point)
    point[i] = xi // restore, so the next partial is taken at x itself
    return (up - down) / (2 * h)
  })
}

export function gradientCheck(f: ScalarField, grad: GradientFn, x: readonly number[]): { maxRelativeError: number; worstIndex: number } {
  const numeric = numericGradient(f, x)
  const claimed = grad(x)
  if (claimed.length !== numeric.length) throw new Error(`the gradient has ${claimed.length} entries for ${numeric.length} variables`)
  let maxRelativeError = 0
  let worstIndex = -1
  numeric.forEach((n, i) => {
    const c = claimed[i]!
    const error = Math.abs(c - n) / Math.max(1e-8, Math.abs(c) + Math.abs(n))
    if (error > maxRelativeError) {
      maxRelativeError = error
      worstIndex = i
    }
  })
  return { maxRelativeError, worstIndex }
}
