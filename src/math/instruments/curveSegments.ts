// A curve on the surface, (x(t), y(t), f(x(t), y(t))) for t in [t0, t1], as world-space line segments ready for a
// GPU buffer. The curve is broken wherever f is undefined (NaN) or leaves the plot's z range, so no segment ever
// bridges a pole or a hole ("undefined here" is a gap, not a line to nowhere).
import type { PlotTransform } from '../plot/plotTransform.ts'

/**
 * Samples `samples` + 1 points and returns pairs of world points (6 floats per segment), keeping a segment only when
 * both ends are defined and inside the z range. `point(t, out)` writes the math (x, y) of the curve at t.
 */
export function curveSegments(
  point: (t: number) => readonly [number, number],
  f: (x: number, y: number) => number,
  t0: number,
  t1: number,
  samples: number,
  transform: PlotTransform,
): Float32Array {
  const { min, max } = transform.zRange
  const out = new Float32Array(samples * 6)
  const world = { x: 0, y: 0, z: 0 }
  let count = 0
  let prevOk = false
  let px = 0
  let py = 0
  let pz = 0
  for (let i = 0; i <= samples; i++) {
    const [x, y] = point(t0 + ((t1 - t0) * i) / samples)
    const z = f(x, y)
    const ok = Number.isFinite(z) && z >= min && z <= max
    transform.toWorld(x, y, z, world)
    if (ok && prevOk) {
      out.set([px, py, pz, world.x, world.y, world.z], count * 6)
      count++
    }
    prevOk = ok
    px = world.x
    py = world.y
    pz = world.z
  }
  return out.slice(0, count * 6)
}

/**
 * The part of the line through (x₀, y₀) along (dx, dy) that lies inside the domain, as a parameter interval [t0, t1]
 * of x = x₀ + t·dx, y = y₀ + t·dy; null when the line misses the domain.
 */
export function lineThroughDomain(
  x0: number,
  y0: number,
  dx: number,
  dy: number,
  domain: { xMin: number; xMax: number; yMin: number; yMax: number },
): [number, number] | null {
  let t0 = -Infinity
  let t1 = Infinity
  const axes: [number, number, number, number][] = [
    [x0, dx, domain.xMin, domain.xMax],
    [y0, dy, domain.yMin, domain.yMax],
  ]
  for (const [o, d, lo, hi] of axes) {
    if (d === 0) {
      if (o < lo || o > hi) return null
      continue
    }
    let a = (lo - o) / d
    let b = (hi - o) / d
    if (a > b) [a, b] = [b, a]
    t0 = Math.max(t0, a)
    t1 = Math.min(t1, b)
  }
  return t0 <= t1 ? [t0, t1] : null
}
