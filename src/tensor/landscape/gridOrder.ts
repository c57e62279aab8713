// The order in which a progressive grid is computed: a coarse lattice first (every s-th row and column, plus the last
// one, so the coarse picture spans the whole square), then the points each halving of s adds, down to s = 1. While a
// level is incomplete, fillProgressive shows every missing point with the value of the nearest point of the last
// complete level, so the picture sharpens in place rather than filling in row by row.

export interface GridOrder {
  /** Flat indices j·n + i, coarse levels first. */
  readonly order: Int32Array
  /** levelEnds[k] = number of points computed once level k is complete. */
  readonly levelEnds: number[]
  /** Strides of the levels, coarse to fine (the last is 1). */
  readonly strides: number[]
}

export function gridOrder(n: number, coarsest = 8): GridOrder {
  let s0 = 1
  while (s0 * 2 <= coarsest && (n - 1) / (s0 * 2) >= 4) s0 *= 2
  const seen = new Uint8Array(n * n)
  const order: number[] = []
  const levelEnds: number[] = []
  const strides: number[] = []
  for (let s = s0; s >= 1; s /= 2) {
    const on = (i: number) => i % s === 0 || i === n - 1
    for (let j = 0; j < n; j++) {
      if (!on(j)) continue
      for (let i = 0; i < n; i++) {
        if (!on(i) || seen[j * n + i]) continue
        seen[j * n + i] = 1
        order.push(j * n + i)
      }
    }
    levelEnds.push(order.length)
    strides.push(s)
  }
  return { order: Int32Array.from(order), levelEnds, strides }
}

/** Index of the lattice point of stride s nearest to i (the last index n − 1 belongs to every lattice). */
function snap(i: number, s: number, n: number): number {
  const down = Math.floor(i / s) * s
  const up = Math.min(down + s, n - 1)
  return i - down <= up - i ? down : up
}

/**
 * Values with every point not yet computed taken from the nearest point of the finest complete level.
 * `done` is how many entries of order have values.
 */
export function fillProgressive(values: Float32Array, n: number, grid: GridOrder, done: number, out: Float32Array = new Float32Array(n * n)): Float32Array {
  if (done >= n * n) {
    out.set(values)
    return out
  }
  let level = -1
  while (level + 1 < grid.levelEnds.length && grid.levelEnds[level + 1]! <= done) level++
  const computed = new Uint8Array(n * n)
  for (let k = 0; k < done; k++) computed[grid.order[k]!] = 1
  const s = level >= 0 ? grid.strides[level]! : 0
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const k = j * n + i
      if (computed[k]) out[k] = values[k]!
      else out[k] = s > 0 ? values[snap(j, s, n) * n + snap(i, s, n)]! : NaN
    }
  }
  return out
}
