// The height colormap: viridis (van der Walt & Smith, matplotlib 2015), a perceptually uniform map whose lightness
// rises monotonically, so heights read correctly in greyscale and by readers with colour-vision deficiencies.
//
// Nine stops at t = 0, 1/8, …, 1 in sRGB, linearly interpolated in between. The same nine numbers appear in
// shaders/colormap.glsl (a unit test checks the two agree) and in the legend's CSS gradient.

export const VIRIDIS_STOPS_HEX = [
  '#440154', '#472d7b', '#3b528b', '#2c728e', '#21918c', '#28ae80', '#5ec962', '#addc30', '#fde725',
] as const

/** The stops as sRGB triples in [0, 1]. */
export const VIRIDIS_STOPS: readonly (readonly [number, number, number])[] = VIRIDIS_STOPS_HEX.map((hex) => [
  parseInt(hex.slice(1, 3), 16) / 255,
  parseInt(hex.slice(3, 5), 16) / 255,
  parseInt(hex.slice(5, 7), 16) / 255,
])

/** sRGB colour in [0, 1]³ at t ∈ [0, 1] (clamped; NaN gives the lowest colour). */
export function viridis(t: number): [number, number, number] {
  const clamped = Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, t))
  const position = clamped * (VIRIDIS_STOPS.length - 1)
  const index = Math.min(VIRIDIS_STOPS.length - 2, Math.floor(position))
  const s = position - index
  const a = VIRIDIS_STOPS[index]!
  const b = VIRIDIS_STOPS[index + 1]!
  return [a[0] + (b[0] - a[0]) * s, a[1] + (b[1] - a[1]) * s, a[2] + (b[2] - a[2]) * s]
}

/** A CSS linear-gradient running from the lowest colour at `from` to the highest (e.g. 'to top' for a vertical legend). */
export function viridisCssGradient(direction = 'to top'): string {
  const stops = VIRIDIS_STOPS_HEX.map((hex, i) => `${hex} ${((100 * i) / (VIRIDIS_STOPS_HEX.length - 1)).toFixed(1)}%`)
  return `linear-gradient(${direction}, ${stops.join(', ')})`
}
