// The gradient field ∇f on an n×n grid of cell centres, computed batched: the symbolic ∂f/∂x and ∂f/∂y are compiled
// once per expression (compileBatch), and a parameter change re-evaluates them over all n² points in one pass per AST
// node. Nothing is allocated per arrow. bench/gradientField.node.bench.ts compares this with a per-arrow loop.
import { compileBatch, gradient, type BatchFn, type Expr } from '../expr/index.ts'
import type { Domain } from '../plot/domain.ts'

export interface GradientFieldSamples {
  readonly n: number
  /** Cell centres, row-major (index = row·n + column, row along y). */
  readonly xs: Float64Array
  readonly ys: Float64Array
  readonly values: Float64Array
  readonly gx: Float64Array
  readonly gy: Float64Array
  /** |∇f| per point (NaN where undefined). */
  readonly norms: Float64Array
  /**
   * The |∇f| an arrow of full length stands for: the 95th percentile of the finite norms, so that one huge value near a
   * pole does not shrink every other arrow to a dot (the few above it are drawn at full length). 0 when all are 0/NaN.
   */
  referenceNorm: number
}

export interface GradientFieldSampler {
  /** Fills `into` (or new arrays) with the field on the domain for these parameter values. */
  sample(params: Readonly<Record<string, number>>, domain: Domain, n: number, into?: GradientFieldSamples): GradientFieldSamples
}

export function createGradientFieldSampler(f: Expr): GradientFieldSampler {
  const [fx, fy] = gradient(f, ['x', 'y']) as [Expr, Expr]
  const evalF: BatchFn = compileBatch(f)
  const evalFx: BatchFn = compileBatch(fx)
  const evalFy: BatchFn = compileBatch(fy)
  let sorted = new Float64Array(0)
  return {
    sample(params, domain, n, into) {
      const count = n * n
      const field = into && into.n === n ? into : allocateField(n)
      const { xs, ys, values, gx, gy, norms } = field
      const cellX = (domain.xMax - domain.xMin) / n
      const cellY = (domain.yMax - domain.yMin) / n
      for (let row = 0; row < n; row++) {
        for (let col = 0; col < n; col++) {
          xs[row * n + col] = domain.xMin + (col + 0.5) * cellX
          ys[row * n + col] = domain.yMin + (row + 0.5) * cellY
        }
      }
      const inputs = { ...params, x: xs, y: ys }
      evalF(inputs, count, values)
      evalFx(inputs, count, gx)
      evalFy(inputs, count, gy)
      if (sorted.length !== count) sorted = new Float64Array(count)
      let finite = 0
      for (let i = 0; i < count; i++) {
        // The symbolic derivative can outlive f's domain (d/dx log x = 1/x is finite at x < 0): where f is undefined,
        // so is its gradient.
        if (!Number.isFinite(values[i]!)) {
          gx[i] = NaN
          gy[i] = NaN
        }
        const norm = Math.hypot(gx[i]!, gy[i]!)
        norms[i] = norm
        if (Number.isFinite(norm)) sorted[finite++] = norm
      }
      const finiteNorms = sorted.subarray(0, finite).sort()
      field.referenceNorm = finite === 0 ? 0 : finiteNorms[Math.min(finite - 1, Math.floor(0.95 * (finite - 1)))]!
      return field
    },
  }
}

function allocateField(n: number): GradientFieldSamples {
  const count = n * n
  const make = () => new Float64Array(count)
  return { n, xs: make(), ys: make(), values: make(), gx: make(), gy: make(), norms: make(), referenceNorm: 0 }
}
