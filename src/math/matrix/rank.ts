// Numerical rank of a small dense matrix, by Gaussian elimination with full pivoting: the number of pivots larger than
// tol·(largest entry). Enough to tell a single example's gradient δxᵀ (rank one) from a batch sum (rank > 1).
export function numericalRank(a: ArrayLike<number>, rows: number, cols: number, tol = 1e-10): number {
  const m = Float64Array.from(a)
  let scale = 0
  for (const v of m) scale = Math.max(scale, Math.abs(v))
  if (scale === 0 || !Number.isFinite(scale)) return 0
  const usedRow = new Uint8Array(rows)
  const usedCol = new Uint8Array(cols)
  let rank = 0
  for (;;) {
    let best = 0
    let bi = -1
    let bj = -1
    for (let i = 0; i < rows; i++) {
      if (usedRow[i]) continue
      for (let j = 0; j < cols; j++) {
        if (!usedCol[j] && Math.abs(m[i * cols + j]!) > best) [best, bi, bj] = [Math.abs(m[i * cols + j]!), i, j]
      }
    }
    if (bi < 0 || best <= tol * scale) return rank
    rank++
    usedRow[bi] = 1
    usedCol[bj] = 1
    for (let i = 0; i < rows; i++) {
      if (usedRow[i]) continue
      const f = m[i * cols + bj]! / m[bi * cols + bj]!
      for (let j = 0; j < cols; j++) m[i * cols + j]! -= f * m[bi * cols + j]!
    }
  }
}
