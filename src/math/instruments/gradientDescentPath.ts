// Plain gradient descent from a start point, x_{k+1} = x_k − η ∇f(x_k), with the exact symbolic gradient: the path
// the ball of the "gradient-descent intuition" scene follows. The path is a pure function of (f, parameters, start,
// η, step count), so the scene keeps only the step count in its state and a link replays the same path.
import type { SurfaceCalculus } from './surfaceCalculus.ts'

export type DescentStatus = 'running' | 'converged' | 'diverged' | 'undefined' | 'left the domain'

export interface DescentPath {
  /** Iterates x_0 … x_k (k = the number of steps actually taken), with f at each. */
  readonly xs: Float64Array
  readonly ys: Float64Array
  readonly fs: Float64Array
  /** Steps taken (may stop early: converged, diverged, undefined or out of the domain). */
  readonly steps: number
  readonly status: DescentStatus
}

/** A step shorter than this fraction of the domain counts as converged (∇f ≈ 0 for this η). */
export const CONVERGED_STEP_FRACTION = 1e-9
/** |f| beyond this, or a step that crosses the domain 10 times over, counts as diverged. */
export const DIVERGED_VALUE = 1e12

export function gradientDescentPath(
  calculus: SurfaceCalculus,
  params: Readonly<Record<string, number>>,
  start: { readonly x: number; readonly y: number },
  learningRate: number,
  maxSteps: number,
  domain: { readonly xMin: number; readonly xMax: number; readonly yMin: number; readonly yMax: number },
): DescentPath {
  const xs = new Float64Array(maxSteps + 1)
  const ys = new Float64Array(maxSteps + 1)
  const fs = new Float64Array(maxSteps + 1)
  const span = Math.max(domain.xMax - domain.xMin, domain.yMax - domain.yMin)
  let x = start.x
  let y = start.y
  let status: DescentStatus = 'running'
  let hugeStep = false
  let k = 0
  for (; ; k++) {
    const p = calculus.at(x, y, params)
    xs[k] = x
    ys[k] = y
    fs[k] = p.f
    // A step across the domain ten times over was taken so the reader sees where it went; it ends the path, and its
    // name is "diverged" whatever the point it reached (nearly always outside the domain, maybe undefined) looks like.
    if (hugeStep) {
      status = 'diverged'
      break
    }
    if (!Number.isFinite(p.f) || !Number.isFinite(p.fx) || !Number.isFinite(p.fy)) {
      status = 'undefined'
      break
    }
    if (Math.abs(p.f) > DIVERGED_VALUE) {
      status = 'diverged'
      break
    }
    if (x < domain.xMin || x > domain.xMax || y < domain.yMin || y > domain.yMax) {
      status = 'left the domain'
      break
    }
    if (k === maxSteps) break
    const dx = -learningRate * p.fx
    const dy = -learningRate * p.fy
    const length = Math.hypot(dx, dy)
    hugeStep = length > 10 * span
    if (length < CONVERGED_STEP_FRACTION * span) {
      status = 'converged'
      break
    }
    x += dx
    y += dy
  }
  return { xs: xs.subarray(0, k + 1), ys: ys.subarray(0, k + 1), fs: fs.subarray(0, k + 1), steps: k, status }
}
