// Shared by the node benches: time several variants side by side so machine noise hits them alike.

/** The middle value (the upper one of the two for an even count). */
export const median = (v: number[]): number => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)]!

/** Median milliseconds of each variant over `reps` interleaved repetitions, after `warmup` untimed rounds. */
export function timeInterleaved(variants: Record<string, () => unknown>, reps = 15, warmup = 3): Record<string, number> {
  const names = Object.keys(variants)
  for (let i = 0; i < warmup; i++) for (const n of names) variants[n]!()
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
  for (let r = 0; r < reps; r++) {
    for (const n of names) {
      const t0 = performance.now()
      variants[n]!()
      samples[n]!.push(performance.now() - t0)
    }
  }
  return Object.fromEntries(names.map((n) => [n, median(samples[n]!)]))
}
