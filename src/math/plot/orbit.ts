// A camera orbit for recordings: the camera turns about the vertical axis (z is up) through the point it looks at,
// keeping its height and its distance from that axis. Frame k of n of an orbit of D degrees is at angle D·k/n, so
// the last frame stops one step short of D and a 360° orbit loops without a repeated frame.

export type Vec3 = readonly [number, number, number]

/** The position `start` turned by `angleRadians` (counter-clockwise seen from above) about the vertical line through `target`. */
export function orbitPosition(start: Vec3, target: Vec3, angleRadians: number): Vec3 {
  const dx = start[0] - target[0]
  const dy = start[1] - target[1]
  const c = Math.cos(angleRadians)
  const s = Math.sin(angleRadians)
  return [target[0] + c * dx - s * dy, target[1] + s * dx + c * dy, start[2]]
}

/** The orbit angle of frame `index` of `frameCount`, for a whole orbit of `degrees`. */
export function orbitAngle(degrees: number, index: number, frameCount: number): number {
  if (frameCount <= 0) return 0
  return ((degrees * Math.PI) / 180) * (index / frameCount)
}
