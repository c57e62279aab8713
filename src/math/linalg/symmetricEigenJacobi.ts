// Eigen-decomposition of a small dense symmetric matrix by cyclic Jacobi rotations (Golub & Van Loan §8.5): each rotation
// zeroes one off-diagonal pair, the off-diagonal mass falls quadratically once small, and the accumulated rotations
// are orthonormal eigenvectors to working precision. O(n³) per sweep; meant for n up to a few hundred (PCA of a path).

export interface SymmetricEigen {
  /** Eigenvalues in descending order. */
  readonly values: Float64Array
  /** Column k of this row-major n×n matrix is the unit eigenvector of values[k]. */
  readonly vectors: Float64Array
}

export function symmetricEigenJacobi(matrix: ArrayLike<number>, n: number, maxSweeps = 60): SymmetricEigen {
  if (matrix.length !== n * n) throw new RangeError(`expected ${n}×${n} = ${n * n} entries, got ${matrix.length}`)
  const a = Float64Array.from(matrix)
  const v = new Float64Array(n * n)
  for (let i = 0; i < n; i++) v[i * n + i] = 1
  let scale = 0
  for (let i = 0; i < n * n; i++) scale += a[i]! * a[i]!
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let off = 0
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2
    if (off <= 1e-30 * scale || off === 0) break
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!
        if (apq === 0) continue
        // Rotation angle that zeroes a_pq: tan(2φ) = 2a_pq / (a_qq − a_pp), with the smaller root for stability.
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq)
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
        const c = 1 / Math.sqrt(t * t + 1)
        const s = t * c
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!
          const akq = a[k * n + q]!
          a[k * n + p] = c * akp - s * akq
          a[k * n + q] = s * akp + c * akq
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!
          const aqk = a[q * n + k]!
          a[p * n + k] = c * apk - s * aqk
          a[q * n + k] = s * apk + c * aqk
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!
          const vkq = v[k * n + q]!
          v[k * n + p] = c * vkp - s * vkq
          v[k * n + q] = s * vkp + c * vkq
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j]! - a[i * n + i]!)
  const values = Float64Array.from(order, (i) => a[i * n + i]!)
  const vectors = new Float64Array(n * n)
  order.forEach((src, dst) => {
    for (let k = 0; k < n; k++) vectors[k * n + dst] = v[k * n + src]!
  })
  return { values, vectors }
}
