// Eigen-decomposition of a symmetric 2×2 matrix [[a, b], [b, d]] (a Hessian), in closed form.
//
// A symmetric matrix has real eigenvalues and orthogonal eigenvectors. With the mean m = (a + d)/2 and the radius
// r = √(((a − d)/2)² + b²) (Mohr's circle), the eigenvalues are m ± r. The eigenvector of m + r makes the angle
// θ = ½·atan2(2b, a − d) with the x axis (the rotation that diagonalises the matrix); the other is perpendicular.
// Written this way there is no cancellation in the discriminant and no division by b, so diagonal matrices
// (b = 0) and repeated eigenvalues (r = 0, any direction is an eigenvector) need no special case.

export interface SymmetricEigen2 {
  /** Eigenvalues in increasing order: values[0] ≤ values[1]. NaN when any entry is NaN. */
  readonly values: readonly [number, number]
  /** Unit eigenvectors, vectors[i] belonging to values[i]; they are orthogonal. */
  readonly vectors: readonly [readonly [number, number], readonly [number, number]]
}

export function symmetricEigen2(a: number, b: number, d: number): SymmetricEigen2 {
  const mean = (a + d) / 2
  const radius = Math.hypot((a - d) / 2, b)
  const theta = 0.5 * Math.atan2(2 * b, a - d)
  const c = Math.cos(theta)
  const s = Math.sin(theta)
  return {
    values: [mean - radius, mean + radius],
    vectors: [
      [-s, c],
      [c, s],
    ],
  }
}
