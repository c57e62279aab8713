// What the Hessian says about the shape of the surface at a point (the second-derivative test).
//
// With eigenvalues λ₁ ≤ λ₂ of H: both > 0, the surface curves up in every direction (a bowl); both < 0, down in every
// direction (a cap); opposite signs, up along one principal direction and down along the other (a saddle); a zero
// eigenvalue, the second-order test is silent (degenerate). At a critical point (∇f = 0) these are a local minimum,
// maximum, saddle point, or "the test cannot decide" (e.g. x⁴ + y⁴ at the origin is a minimum, x³ − 3xy² is not).
import { symmetricEigen2, type SymmetricEigen2 } from '../linalg/symmetricEigen2.ts'
import type { PointCalculus } from './surfaceCalculus.ts'

export type CurvatureShape = 'bowl' | 'cap' | 'saddle' | 'degenerate' | 'undefined'
export type CriticalKind = 'minimum' | 'maximum' | 'saddle' | 'degenerate'

export interface HessianClassification {
  readonly eigen: SymmetricEigen2
  readonly shape: CurvatureShape
  /** Set only at a critical point (|∇f| within tolerance of 0). */
  readonly critical: CriticalKind | null
  readonly gradientNorm: number
  /** One sentence for the readouts, e.g. "saddle point: ∇f = 0, eigenvalues of opposite sign". */
  readonly summary: string
}

/**
 * Relative tolerances: an eigenvalue counts as zero when it is below 1e-9 of the largest |eigenvalue| (or of 1), and the
 * gradient as zero below 1e-7 of (1 + |f|). Both are well above float64 rounding of the compiled derivatives and well
 * below anything a reader would call non-zero on the plot.
 */
export const EIGEN_ZERO_TOLERANCE = 1e-9
export const GRADIENT_ZERO_TOLERANCE = 1e-7

export function classifyHessian(p: PointCalculus): HessianClassification {
  const eigen = symmetricEigen2(p.fxx, p.fxy, p.fyy)
  const gradientNorm = Math.hypot(p.fx, p.fy)
  const [l1, l2] = eigen.values
  if (![l1, l2, gradientNorm, p.f].every(Number.isFinite)) {
    return { eigen, shape: 'undefined', critical: null, gradientNorm, summary: 'undefined here: f or its derivatives are not defined at this point' }
  }
  const zero = EIGEN_ZERO_TOLERANCE * Math.max(1, Math.abs(l1), Math.abs(l2))
  const sign = (l: number) => (Math.abs(l) <= zero ? 0 : Math.sign(l))
  const s1 = sign(l1)
  const s2 = sign(l2)
  const shape: CurvatureShape =
    s1 > 0 && s2 > 0 ? 'bowl' : s1 < 0 && s2 < 0 ? 'cap' : s1 * s2 < 0 ? 'saddle' : 'degenerate'
  const isCritical = gradientNorm <= GRADIENT_ZERO_TOLERANCE * (1 + Math.abs(p.f))
  const critical: CriticalKind | null = !isCritical
    ? null
    : shape === 'bowl' ? 'minimum' : shape === 'cap' ? 'maximum' : shape === 'saddle' ? 'saddle' : 'degenerate'
  return { eigen, shape, critical, gradientNorm, summary: summarize(shape, critical) }
}

function summarize(shape: CurvatureShape, critical: CriticalKind | null): string {
  if (critical === 'minimum') return 'local minimum: ∇f = 0 and both eigenvalues > 0'
  if (critical === 'maximum') return 'local maximum: ∇f = 0 and both eigenvalues < 0'
  if (critical === 'saddle') return 'saddle point: ∇f = 0 and eigenvalues of opposite sign'
  if (critical === 'degenerate') return 'degenerate critical point: ∇f = 0 and an eigenvalue is 0, the second-order test cannot decide'
  const curving =
    shape === 'bowl' ? 'curves up in every direction' : shape === 'cap' ? 'curves down in every direction' : shape === 'saddle' ? 'curves up one way and down the other' : 'is flat along one principal direction'
  return `not a critical point (∇f ≠ 0); the surface ${curving}`
}
