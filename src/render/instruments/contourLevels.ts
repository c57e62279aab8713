// Which levels the contour overlay draws: `count` evenly spaced levels strictly inside the z range (base = zMin,
// spacing = span/(count + 1), so neither the floor nor the lid of the box gets a line), or, when the user sets a
// step, a level at every multiple of it (base 0), whatever the z range.
export function contourLevels(zMin: number, zMax: number, count: number, step: number): { base: number; spacing: number } {
  if (step > 0) return { base: 0, spacing: step }
  return { base: zMin, spacing: (zMax - zMin) / (Math.max(1, count) + 1) }
}
