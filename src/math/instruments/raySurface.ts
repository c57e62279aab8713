// Picking against the true function, not the mesh: where does a ray first meet the graph z = f(x, y)?
// The plot transform is affine per axis, so a world ray is still a straight line in math coordinates; we march
// g(t) = z(t) − f(x(t), y(t)) along the part of the ray inside the plot box, find the first sign change, and
// refine it by bisection. The answer is exact to the bisection tolerance at any mesh resolution (a coarse mesh
// would put the picked point off the surface). Points where f is undefined (NaN) break a bracket instead of
// creating a false crossing.

export interface Ray3 {
  readonly origin: readonly [number, number, number]
  readonly direction: readonly [number, number, number]
}

export interface Box3 {
  readonly xMin: number
  readonly xMax: number
  readonly yMin: number
  readonly yMax: number
  readonly zMin: number
  readonly zMax: number
}

export interface RayHit {
  readonly x: number
  readonly y: number
  readonly z: number
  readonly t: number
}

/** Parameter interval [t0, t1] of the ray inside the box (slab method), or null when it misses. */
export function clipRayToBox(ray: Ray3, box: Box3): [number, number] | null {
  let t0 = 0
  let t1 = Infinity
  const lo = [box.xMin, box.yMin, box.zMin]
  const hi = [box.xMax, box.yMax, box.zMax]
  for (let i = 0; i < 3; i++) {
    const o = ray.origin[i]!
    const d = ray.direction[i]!
    if (d === 0) {
      if (o < lo[i]! || o > hi[i]!) return null
      continue
    }
    let a = (lo[i]! - o) / d
    let b = (hi[i]! - o) / d
    if (a > b) [a, b] = [b, a]
    t0 = Math.max(t0, a)
    t1 = Math.min(t1, b)
    if (t0 > t1) return null
  }
  return [t0, t1]
}

/**
 * First intersection of the ray with the graph of f inside the box, in math coordinates.
 * `samples` marching steps (the feature size the march can resolve is the box diagonal / samples), then 60 bisections.
 */
export function intersectRayWithGraph(
  ray: Ray3,
  f: (x: number, y: number) => number,
  box: Box3,
  samples = 512,
): RayHit | null {
  const span = clipRayToBox(ray, box)
  if (!span) return null
  const [t0, t1] = span
  const [ox, oy, oz] = ray.origin
  const [dx, dy, dz] = ray.direction
  const g = (t: number) => oz + dz * t - f(ox + dx * t, oy + dy * t)
  let prevT = t0
  let prevG = g(t0)
  for (let i = 1; i <= samples; i++) {
    const t = t0 + ((t1 - t0) * i) / samples
    const gt = g(t)
    if (Number.isFinite(prevG) && Number.isFinite(gt) && (prevG === 0 || Math.sign(gt) !== Math.sign(prevG))) {
      let a = prevT
      let b = t
      let ga = prevG
      for (let k = 0; k < 60 && ga !== 0; k++) {
        const m = (a + b) / 2
        const gm = g(m)
        if (!Number.isFinite(gm)) break
        if (Math.sign(gm) === Math.sign(ga)) {
          a = m
          ga = gm
        } else b = m
      }
      const tHit = ga === 0 ? a : (a + b) / 2
      const x = ox + dx * tHit
      const y = oy + dy * tHit
      return { x, y, z: f(x, y), t: tHit }
    }
    prevT = t
    prevG = gt
  }
  return null
}
