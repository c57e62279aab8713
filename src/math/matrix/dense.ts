// Small dense float64 linear algebra on row-major arrays, for evaluating matrix expressions. Sizes here are those a
// learner types (up to a few dozen), so plain O(n³) loops with partial pivoting are the right tool.

/** C (m×n) = A (m×k) · B (k×n). */
export function matmul(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Float64Array {
  const c = new Float64Array(m * n)
  for (let i = 0; i < m; i++) {
    for (let p = 0; p < k; p++) {
      const aip = a[i * k + p]!
      if (aip === 0) continue
      for (let j = 0; j < n; j++) c[i * n + j]! += aip * b[p * n + j]!
    }
  }
  return c
}

export function transposeData(a: Float64Array, rows: number, cols: number): Float64Array {
  const t = new Float64Array(a.length)
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j]!
  return t
}

/** LU with partial pivoting in place; returns the sign of the row permutation and the pivot order (null if singular). */
function luDecompose(lu: Float64Array, n: number): { sign: number; perm: Int32Array; singular: boolean } {
  const perm = Int32Array.from({ length: n }, (_, i) => i)
  let sign = 1
  let singular = false
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(lu[r * n + c]!) > Math.abs(lu[p * n + c]!)) p = r
    if (p !== c) {
      for (let j = 0; j < n; j++) [lu[c * n + j], lu[p * n + j]] = [lu[p * n + j]!, lu[c * n + j]!]
      ;[perm[c], perm[p]] = [perm[p]!, perm[c]!]
      sign = -sign
    }
    const pivot = lu[c * n + c]!
    if (pivot === 0) {
      singular = true
      continue
    }
    for (let r = c + 1; r < n; r++) {
      const f = (lu[r * n + c]! /= pivot)
      if (f !== 0) for (let j = c + 1; j < n; j++) lu[r * n + j]! -= f * lu[c * n + j]!
    }
  }
  return { sign, perm, singular }
}

/** log|det A| and the sign of det A, from the LU factors (no overflow for large n). */
export function logAbsDet(a: Float64Array, n: number): { logAbs: number; sign: number } {
  const lu = Float64Array.from(a)
  const { sign, singular } = luDecompose(lu, n)
  if (singular) return { logAbs: -Infinity, sign: 0 }
  let logAbs = 0
  let s = sign
  for (let i = 0; i < n; i++) {
    const d = lu[i * n + i]!
    logAbs += Math.log(Math.abs(d))
    if (d < 0) s = -s
  }
  return { logAbs, sign: s }
}

export function det(a: Float64Array, n: number): number {
  const lu = Float64Array.from(a)
  const { sign, singular } = luDecompose(lu, n)
  if (singular) return 0
  let d = sign
  for (let i = 0; i < n; i++) d *= lu[i * n + i]!
  return d
}

/** A⁻¹ by LU solves against the identity; a singular matrix gives all-NaN (the UI reports it as undefined). */
export function inverse(a: Float64Array, n: number): Float64Array {
  const lu = Float64Array.from(a)
  const { perm, singular } = luDecompose(lu, n)
  const inv = new Float64Array(n * n)
  if (singular) return inv.fill(NaN)
  const col = new Float64Array(n)
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) col[i] = perm[i] === j ? 1 : 0
    for (let i = 0; i < n; i++) for (let k = 0; k < i; k++) col[i]! -= lu[i * n + k]! * col[k]!
    for (let i = n - 1; i >= 0; i--) {
      for (let k = i + 1; k < n; k++) col[i]! -= lu[i * n + k]! * col[k]!
      col[i]! /= lu[i * n + i]!
    }
    for (let i = 0; i < n; i++) inv[i * n + j] = col[i]!
  }
  return inv
}
