// The first- and second-order Taylor models of f around a point p = (x₀, y₀), with d = (x − x₀, y − y₀):
//   tangent plane      T(x, y) = f(p) + ∇f(p)·d
//   quadratic model    Q(x, y) = f(p) + ∇f(p)·d + ½ dᵀ H(p) d
// The tangent plane touches the surface at p; Q also matches its curvature there, which is what Newton's method and
// the second-derivative test read.
import type { PointCalculus } from './surfaceCalculus.ts'

export function tangentPlaneAt(p: PointCalculus): (x: number, y: number) => number {
  const { x: x0, y: y0, f, fx, fy } = p
  return (x, y) => f + fx * (x - x0) + fy * (y - y0)
}

export function quadraticModelAt(p: PointCalculus): (x: number, y: number) => number {
  const { x: x0, y: y0, f, fx, fy, fxx, fxy, fyy } = p
  return (x, y) => {
    const dx = x - x0
    const dy = y - y0
    return f + fx * dx + fy * dy + 0.5 * (fxx * dx * dx + 2 * fxy * dx * dy + fyy * dy * dy)
  }
}
