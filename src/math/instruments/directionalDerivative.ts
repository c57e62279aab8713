// The directional derivative along the unit vector u = (cos θ, sin θ):  D_u f = ∇f·u = |∇f| cos(θ − θ_∇),
// where θ_∇ is the angle of the gradient. This one identity is the proof of steepest ascent: D_u f is largest
// (= |∇f|) when u points along ∇f, smallest (= −|∇f|) against it, and zero along the level curve (θ = θ_∇ ± 90°).

export function unitVector(angle: number): [number, number] {
  return [Math.cos(angle), Math.sin(angle)]
}

/** D_u f = fx·cos θ + fy·sin θ. NaN when the gradient is. */
export function directionalDerivative(fx: number, fy: number, angle: number): number {
  return fx * Math.cos(angle) + fy * Math.sin(angle)
}

/** The angle of steepest ascent, atan2(fy, fx), in (−π, π]; NaN when the gradient is zero (no direction is steepest). */
export function steepestAscentAngle(fx: number, fy: number): number {
  if (fx === 0 && fy === 0) return NaN
  return Math.atan2(fy, fx)
}

/** D_u f at `count` angles evenly spaced over [0, 2π) (angle_k = 2πk/count), for the "D_u f against θ" plot. */
export function directionalDerivativeOverAngles(fx: number, fy: number, count: number): { angles: Float64Array; values: Float64Array } {
  const angles = new Float64Array(count)
  const values = new Float64Array(count)
  for (let k = 0; k < count; k++) {
    angles[k] = (2 * Math.PI * k) / count
    values[k] = directionalDerivative(fx, fy, angles[k]!)
  }
  return { angles, values }
}

/** Normalises an angle to [0, 2π), e.g. for a slider or the x axis of the angle plot. */
export function wrapAngle(angle: number): number {
  const turn = 2 * Math.PI
  return ((angle % turn) + turn) % turn
}
