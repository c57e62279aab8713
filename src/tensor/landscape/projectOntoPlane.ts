// Coordinates of parameter vectors in the plane θ* + α·d1 + β·d2: the least-squares (α, β) of θ − θ*, from the 2×2
// normal equations. For orthonormal directions (PCA) this is the pair of dot products; for two random
// filter-normalized directions, which are neither unit nor exactly orthogonal, it is the true orthogonal projection.
// Pure float64; no tfjs.

export function projectOntoPlane(points: readonly ArrayLike<number>[], center: ArrayLike<number>, d1: ArrayLike<number>, d2: ArrayLike<number>): [number, number][] {
  const p = center.length
  if (d1.length !== p || d2.length !== p) throw new RangeError(`directions have ${d1.length} and ${d2.length} entries, the center ${p}`)
  let g11 = 0, g12 = 0, g22 = 0
  for (let k = 0; k < p; k++) {
    g11 += d1[k]! * d1[k]!
    g12 += d1[k]! * d2[k]!
    g22 += d2[k]! * d2[k]!
  }
  const det = g11 * g22 - g12 * g12
  if (!(det > 1e-12 * g11 * g22)) throw new RangeError('the two directions are parallel (or zero): they do not span a plane')
  return points.map((theta, i) => {
    if (theta.length !== p) throw new RangeError(`point ${i} has ${theta.length} entries, the center ${p}`)
    let b1 = 0, b2 = 0
    for (let k = 0; k < p; k++) {
      const r = theta[k]! - center[k]!
      b1 += r * d1[k]!
      b2 += r * d2[k]!
    }
    return [(g22 * b1 - g12 * b2) / det, (g11 * b2 - g12 * b1) / det]
  })
}
