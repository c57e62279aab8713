// Reference solution of exercise 2.13 (worked in scenes/02-multivariable/solutions.md).

export function jacobianFD(F: (x: readonly number[]) => number[], x: readonly number[]): number[][] {
  const m = F(x).length
  const J = Array.from({ length: m }, () => new Array<number>(x.length).fill(0))
  const point = [...x]
  x.forEach((xj, j) => {
    // One pair of evaluations gives column j: how every output moves when x_j moves.
    const h = Math.cbrt(Number.EPSILON) * Math.max(1, Math.abs(xj))
    point[j] = xj + h
    const up = F(point)
    point[j] = xj - h
    const down = F(point)
    point[j] = xj
    for (let i = 0; i < m; i++) J[i]![j] = (up[i]! - down[i]!) / (2 * h)
  })
  return J
}
