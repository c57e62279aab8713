// Basins of attraction: which known minimum each particle of a swarm ended up at.
// A particle counts as having reached minimum i when it lies within `radius` of it; otherwise it is unresolved (−1):
// still travelling, stuck at a saddle or a local minimum the surface does not list, or diverged (NaN).

export function classifyBasins(
  positions: ArrayLike<number>,
  minima: readonly (readonly [number, number])[],
  radius: number,
  out: Int32Array = new Int32Array(positions.length / 2),
): Int32Array {
  for (let k = 0; k < out.length; k++) {
    const x = positions[2 * k]!
    const y = positions[2 * k + 1]!
    let best = -1
    let bestDistance = radius
    for (let i = 0; i < minima.length; i++) {
      const d = Math.hypot(x - minima[i]![0], y - minima[i]![1])
      if (d <= bestDistance) {
        best = i
        bestDistance = d
      }
    }
    out[k] = best
  }
  return out
}

/** K starting points on a √K×√K grid covering the domain (cell centres), as [x0, y0, x1, y1, ...]. */
export function gridStarts(
  count: number,
  domain: { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number },
): Float64Array {
  const side = Math.max(1, Math.round(Math.sqrt(count)))
  const out = new Float64Array(2 * side * side)
  for (let j = 0; j < side; j++) {
    for (let i = 0; i < side; i++) {
      const k = j * side + i
      out[2 * k] = domain.xMin + ((i + 0.5) / side) * (domain.xMax - domain.xMin)
      out[2 * k + 1] = domain.yMin + ((j + 0.5) / side) * (domain.yMax - domain.yMin)
    }
  }
  return out
}
