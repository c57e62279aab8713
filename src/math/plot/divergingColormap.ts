// A diverging colour map for signed matrix entries (gradients, Jacobians): blue for negative, near-white for 0, red
// for positive, symmetric in |v|/scale so equal magnitudes look equally strong. Undefined entries (NaN, ±∞) are grey.

/** RGB bytes of v on the scale [-scale, scale], written at out[offset..offset+3] (alpha 255). */
export function divergingRgba(v: number, scale: number, out: Uint8Array, offset: number): void {
  if (!Number.isFinite(v)) {
    out.set([90, 90, 90, 255], offset)
    return
  }
  const t = Math.max(-1, Math.min(1, scale > 0 ? v / scale : 0))
  const a = Math.abs(t) ** 0.8 // a little more contrast for small entries
  // from near-white (238, 238, 238) towards red (214, 40, 40) or blue (33, 102, 172)
  const [r, g, b] = t >= 0 ? [214, 40, 40] : [33, 102, 172]
  out[offset] = Math.round(238 + (r - 238) * a)
  out[offset + 1] = Math.round(238 + (g - 238) * a)
  out[offset + 2] = Math.round(238 + (b - 238) * a)
  out[offset + 3] = 255
}

/** The largest finite |v| (at least tiny), so a heat map of zeros is white, not undefined. */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) m = Math.max(m, Math.abs(values[i]!))
  return Math.max(m, 1e-300)
}
