// Level curves for the lab's top view. The classic test functions span many decades (Rosenbrock runs from 0 in its
// valley to 2500 in the corners), so evenly spaced levels would put every curve in the corners. Levels are taken at
// quantiles of the sampled values instead: each band between two curves covers about the same area of the domain,
// which is what makes a valley (or a basin) visible at any scale.

/** `count` distinct levels at evenly spaced quantiles of the finite samples (NaN samples are ignored). */
export function quantileLevels(samples: ArrayLike<number>, count: number): number[] {
  const finite: number[] = []
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i]!
    if (Number.isFinite(v)) finite.push(v)
  }
  if (finite.length === 0 || count <= 0) return []
  finite.sort((a, b) => a - b)
  const levels: number[] = []
  for (let k = 1; k <= count; k++) {
    const q = k / (count + 1)
    const v = finite[Math.min(finite.length - 1, Math.floor(q * finite.length))]!
    if (levels.length === 0 || v > levels[levels.length - 1]!) levels.push(v)
  }
  return levels
}

/**
 * Marching squares on an nx × ny grid of samples (row-major, values[j * nx + i] at column i, row j) for one level.
 * Returns segments as grid coordinates [i0, j0, i1, j1, ...] (fractional: points are interpolated along cell edges).
 * A cell with a NaN corner is skipped, so undefined regions get no curves rather than wrong ones. The two ambiguous
 * saddle cases are resolved by the cell's centre value (the average of its corners).
 */
export function marchingSquares(values: ArrayLike<number>, nx: number, ny: number, level: number, out: number[] = []): number[] {
  for (let j = 0; j + 1 < ny; j++) {
    for (let i = 0; i + 1 < nx; i++) {
      const v00 = values[j * nx + i]!
      const v10 = values[j * nx + i + 1]!
      const v11 = values[(j + 1) * nx + i + 1]!
      const v01 = values[(j + 1) * nx + i]!
      if (!(Number.isFinite(v00) && Number.isFinite(v10) && Number.isFinite(v11) && Number.isFinite(v01))) continue
      const code = (v00 > level ? 1 : 0) | (v10 > level ? 2 : 0) | (v11 > level ? 4 : 0) | (v01 > level ? 8 : 0)
      if (code === 0 || code === 15) continue
      // Crossing points on the four edges: bottom (00-10), right (10-11), top (01-11), left (00-01).
      const t = (a: number, b: number) => (level - a) / (b - a)
      const bottom = () => [i + t(v00, v10), j] as const
      const right = () => [i + 1, j + t(v10, v11)] as const
      const top = () => [i + t(v01, v11), j + 1] as const
      const left = () => [i, j + t(v00, v01)] as const
      const push = (a: readonly [number, number], b: readonly [number, number]) => out.push(a[0], a[1], b[0], b[1])
      const centreAbove = (v00 + v10 + v11 + v01) / 4 > level
      switch (code) {
        case 1: case 14: push(left(), bottom()); break
        case 2: case 13: push(bottom(), right()); break
        case 3: case 12: push(left(), right()); break
        case 4: case 11: push(right(), top()); break
        case 6: case 9: push(bottom(), top()); break
        case 7: case 8: push(left(), top()); break
        case 5: // corners 00 and 11 above
          if (centreAbove) { push(left(), top()); push(bottom(), right()) } else { push(left(), bottom()); push(right(), top()) }
          break
        case 10: // corners 10 and 01 above
          if (centreAbove) { push(left(), bottom()); push(right(), top()) } else { push(left(), top()); push(bottom(), right()) }
          break
      }
    }
  }
  return out
}
