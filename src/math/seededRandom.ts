// A seeded pseudo-random source (mulberry32: 32-bit state, full period 2^32, passes SmallCrush) so that data sets,
// initial weights and random directions are the same on every run, every machine and every backend.

export interface SeededRandom {
  /** Uniform in [0, 1). */
  uniform(): number
  /** Standard normal N(0, 1), by Box–Muller. */
  normal(): number
}

/** The bare mulberry32 generator: uniform numbers in [0, 1) from a 32-bit seed (the project's one random source). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 15), z | 1)
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61)
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296
  }
}

export function seededRandom(seed: number): SeededRandom {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  const uniform = mulberry32(seed)
  const normal = (): number => {
    // 1 − u is in (0, 1], so the log is finite.
    const u = 1 - uniform()
    const v = uniform()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  return { uniform, normal }
}
