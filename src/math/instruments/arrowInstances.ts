// Instance matrices and colours for a field of arrows (one InstancedMesh, one draw call), written straight into the
// GPU buffers' Float32Arrays in one loop: no Object3D, no Matrix4, no allocation per arrow.
//
// The arrow geometry points along +x from x = 0 to x = 1 and is 1 wide; an instance matrix (column-major, as three.js
// stores it) maps its x axis to the arrow's direction, y to the direction across it (in the plane it lies in) and z to the normal, all
// scaled uniformly to the arrow's length L, and moves it so the arrow is centred on its grid cell. Its length and colour both grow with |∇f| up to the reference norm.
import type { PlotTransform } from '../plot/plotTransform.ts'
import type { GradientFieldSamples } from './gradientField.ts'

export type ArrowPlacement = 'floor' | 'surface'

/** Scratch for the surface normal, so filling thousands of arrows allocates nothing. */
const planeNormal = { x: 0, y: 0, z: 0 }

/** Arrows are at most this fraction of a grid cell long, so neighbours never overlap. */
export const ARROW_CELL_FRACTION = 0.9

/**
 * Writes 16 floats per arrow into `matrices` and 3 (linear RGB) into `colors`. Arrows where ∇f (or, on the surface, f) is
 * undefined or outside the z range get a zero matrix, which draws nothing.
 */
export function writeArrowInstances(
  field: GradientFieldSamples,
  transform: PlotTransform,
  placement: ArrowPlacement,
  matrices: Float32Array,
  colors: Float32Array,
): void {
  const { n, xs, ys, values, gx, gy, norms, referenceNorm } = field
  const { scale, offset, halfExtent, zRange } = transform
  const cell = Math.min((2 * halfExtent.x) / n, (2 * halfExtent.y) / n)
  const floorZ = -halfExtent.z + 1e-3
  for (let i = 0; i < n * n; i++) {
    const base = i * 16
    const norm = norms[i]!
    const z = values[i]!
    const onSurfaceOk = placement === 'floor' || (Number.isFinite(z) && z >= zRange.min && z <= zRange.max)
    // World direction of ∇f: each math axis is stretched by its scale.
    const wx = scale.x * gx[i]!
    const wy = scale.y * gy[i]!
    if (!Number.isFinite(norm) || !onSurfaceOk || referenceNorm <= 0 || norm === 0) {
      matrices.fill(0, base, base + 16)
      writeColor(colors, i, 0)
      continue
    }
    const t = Math.min(1, norm / referenceNorm)
    const length = ARROW_CELL_FRACTION * cell * t
    const cx = scale.x * xs[i]! + offset.x
    const cy = scale.y * ys[i]! + offset.y
    // Along: on the floor, the world direction of ∇f. On the surface, the uphill direction IN the tangent plane,
    // (fx, fy, fx² + fy²) in math units (it climbs |∇f| per unit of |∇f| travelled), so the arrow lies on the surface
    // instead of cutting into it.
    const wz = placement === 'floor' ? 0 : scale.z * norm * norm
    const alongLength = Math.hypot(wx, wy, wz)
    const ax = wx / alongLength
    const ay = wy / alongLength
    const az = wz / alongLength
    // Across = n × along, with n the plane the arrow lies in (the floor's up, or the surface's unit normal): tangent to
    // that plane and at a right angle to the arrow in world space, so the arrow is never sheared. When the plot box
    // stretches x and y differently (domains wider than 4 : 1), the arrow still shows ∇f's true direction; it then
    // meets the equally stretched level curves at the angle the stretch gives, not 90°.
    let pnx = 0
    let pny = 0
    let pnz = 1
    if (placement === 'surface') {
      transform.normalFromGradient(gx[i]!, gy[i]!, planeNormal)
      pnx = planeNormal.x
      pny = planeNormal.y
      pnz = planeNormal.z
    }
    const qx = pny * az - pnz * ay
    const qy = pnz * ax - pnx * az
    const qz = pnx * ay - pny * ax
    const qLength = Math.hypot(qx, qy, qz)
    const bx = qx / qLength
    const by = qy / qLength
    const bz = qz / qLength
    // Normal = along × across (unit, as the two are orthogonal unit vectors).
    const nx = ay * bz - az * by
    const ny = az * bx - ax * bz
    const nz = ax * by - ay * bx
    // On the surface the arrow floats a hair above it (along the normal), so it is not buried where the surface curves.
    const lift = placement === 'floor' ? 0 : 0.004
    const cz = placement === 'floor' ? floorZ : scale.z * z + offset.z
    // Columns: along·L, across·L, normal·L, and the start point (the centre minus half the arrow).
    matrices[base] = ax * length
    matrices[base + 1] = ay * length
    matrices[base + 2] = az * length
    matrices[base + 3] = 0
    matrices[base + 4] = bx * length
    matrices[base + 5] = by * length
    matrices[base + 6] = bz * length
    matrices[base + 7] = 0
    matrices[base + 8] = nx * length
    matrices[base + 9] = ny * length
    matrices[base + 10] = nz * length
    matrices[base + 11] = 0
    matrices[base + 12] = cx - (ax * length) / 2 + lift * nx
    matrices[base + 13] = cy - (ay * length) / 2 + lift * ny
    matrices[base + 14] = cz - (az * length) / 2 + lift * nz
    matrices[base + 15] = 1
    writeColor(colors, i, t)
  }
}

/**
 * Arrow colour for t = |∇f| / reference in [0, 1]: pale yellow (gentle slope) through orange to deep red (steep), in
 * sRGB. A warm ramp, so the arrows stand apart from the surface's viridis blues and greens.
 */
export function arrowColor(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, t))
  // Two linear pieces between (1.0, 0.87, 0.45) → (0.96, 0.45, 0.10) → (0.62, 0.05, 0.10), in sRGB.
  const a = u < 0.5 ? [1.0, 0.87, 0.45] : [0.96, 0.45, 0.1]
  const b = u < 0.5 ? [0.96, 0.45, 0.1] : [0.62, 0.05, 0.1]
  const s = u < 0.5 ? u * 2 : (u - 0.5) * 2
  return [a[0]! + (b[0]! - a[0]!) * s, a[1]! + (b[1]! - a[1]!) * s, a[2]! + (b[2]! - a[2]!) * s]
}

/** sRGB component → linear, the space three.js expects in colour buffers (it encodes to sRGB on output). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
}

function writeColor(colors: Float32Array, i: number, t: number): void {
  const u = Math.min(1, Math.max(0, t))
  // Inlined arrowColor (no array per arrow); the unit test checks the two agree.
  const lower = u < 0.5
  const s = lower ? u * 2 : (u - 0.5) * 2
  colors[i * 3] = srgbToLinear(lower ? 1.0 + (0.96 - 1.0) * s : 0.96 + (0.62 - 0.96) * s)
  colors[i * 3 + 1] = srgbToLinear(lower ? 0.87 + (0.45 - 0.87) * s : 0.45 + (0.05 - 0.45) * s)
  colors[i * 3 + 2] = srgbToLinear(lower ? 0.45 + (0.1 - 0.45) * s : 0.1 + (0.1 - 0.1) * s)
}
