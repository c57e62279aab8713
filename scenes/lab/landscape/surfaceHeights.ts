// What the surface draws from a loss grid: the loss itself or its log₁₀ (losses near zero and near the top of a
// blow-up span orders of magnitude), and the bilinear height at any (α, β) for the paths drawn on it, matching the
// bilinear interpolation the surface shader does between texels.

/** log₁₀ of a loss, with a floor so a zero loss stays finite (1e-8 is far below float32 cross-entropy noise). */
export const LOG_FLOOR = 1e-8

export function displayHeights(values: Float32Array, log: boolean, out: Float32Array = new Float32Array(values.length)): Float32Array {
  for (let k = 0; k < values.length; k++) {
    const v = values[k]!
    out[k] = log ? Math.log10(Math.max(v, LOG_FLOOR)) : v
  }
  return out
}

export function heightRange(heights: Float32Array): { min: number; max: number } {
  let min = Infinity, max = -Infinity
  for (const v of heights) {
    if (!Number.isFinite(v)) continue
    if (v < min) min = v
    if (v > max) max = v
  }
  if (!(max > min)) return Number.isFinite(min) ? { min: min - 0.5, max: min + 0.5 } : { min: 0, max: 1 }
  return { min, max }
}

/** Bilinear height at (α, β) of an n×n grid over the α and β ranges (row j = β). */
export function bilinearHeight(heights: Float32Array, n: number, alpha: readonly [number, number], beta: readonly [number, number], a: number, b: number): number {
  const u = Math.min(1, Math.max(0, (a - alpha[0]) / (alpha[1] - alpha[0]))) * (n - 1)
  const v = Math.min(1, Math.max(0, (b - beta[0]) / (beta[1] - beta[0]))) * (n - 1)
  const i = Math.min(n - 2, Math.floor(u))
  const j = Math.min(n - 2, Math.floor(v))
  const s = u - i, t = v - j
  const h = (ii: number, jj: number) => heights[jj * n + ii]!
  return (1 - t) * ((1 - s) * h(i, j) + s * h(i + 1, j)) + t * ((1 - s) * h(i, j + 1) + s * h(i + 1, j + 1))
}
