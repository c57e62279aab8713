// How long an internals arrow is drawn. An arrow shows a step in math units (e.g. −γ∇f, what plain gradient descent
// would move), mapped to world units by the plot transform; a tiny step would vanish and a huge one would leave the
// box, so the drawn length is clamped into [min, max] while the direction stays exact.

/** World length of the math vector (vx, vy) under per-axis scales, clamped into [min, max]; NaN when it has no direction. */
export function clampedArrowLength(vx: number, vy: number, scaleX: number, scaleY: number, min: number, max: number): number {
  const length = Math.hypot(vx * scaleX, vy * scaleY)
  if (!(length > 0) || !Number.isFinite(length)) return NaN
  return Math.min(max, Math.max(min, length))
}
