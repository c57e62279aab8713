// The 2×2 matrix helpers the instruments need: determinant, inverse, and applying a matrix to a vector.
// A matrix is [[a, b], [c, d]] written row by row as a tuple (a, b, c, d).

export type Matrix2 = readonly [number, number, number, number]

/** det [[a, b], [c, d]] = ad − bc: the signed area scale of the linear map (negative: orientation is flipped). */
export function det2(m: Matrix2): number {
  return m[0] * m[3] - m[1] * m[2]
}

/**
 * The inverse (1/det)·[[d, −b], [−c, a]], or null when the matrix is singular to working precision: |det| no more
 * than 1e-14 times the size of the entries squared, the point where the inverse's entries are mostly rounding error.
 */
export function inverse2(m: Matrix2): Matrix2 | null {
  const det = det2(m)
  const size = Math.max(Math.abs(m[0]), Math.abs(m[1]), Math.abs(m[2]), Math.abs(m[3]))
  if (!Number.isFinite(det) || Math.abs(det) <= 1e-14 * size * size) return null
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det]
}

/** M·v. */
export function apply2(m: Matrix2, v: readonly [number, number]): [number, number] {
  return [m[0] * v[0] + m[1] * v[1], m[2] * v[0] + m[3] * v[1]]
}
