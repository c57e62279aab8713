// Li et al. 2018's trajectory plane (their plot_trajectory): rows θ_i − center, mean-centred PCA as sklearn does it,
// the top two unit principal directions, their explained-variance ratios, and each θ_i's coordinates in that plane
// (the dot products of θ_i − center with d1 and d2). Float64 throughout; no tfjs.
// The decomposition goes through whichever of the two Gram matrices is smaller: XXᵀ (M×M, paths shorter than the
// parameter count) or XᵀX (P×P, e.g. logistic regression); both share the nonzero eigenvalues σ², and
// v = Xᵀu / σ turns one's eigenvectors into the other's. Signs follow sklearn's svd_flip on the components: the entry of
// largest magnitude of each direction is positive.
import { symmetricEigenJacobi } from '../../math/linalg/symmetricEigenJacobi.ts'

export interface PcaDirections {
  readonly directions: [Float64Array, Float64Array]
  readonly explained: [number, number]
  readonly coords: [number, number][]
  /** True when the path spans less than two dimensions; d2 is then an arbitrary unit vector ⟂ d1 (explained 0). */
  readonly degenerate: boolean
}

export function pcaDirections(path: readonly ArrayLike<number>[], center: ArrayLike<number>): PcaDirections {
  const m = path.length
  const p = center.length
  if (p < 2) throw new RangeError(`a plane needs at least 2 parameters, got ${p}`)
  if (m < 2) throw new RangeError(`PCA of a path needs at least 2 points, got ${m}`)
  for (const [i, row] of path.entries()) {
    if (row.length !== p) throw new RangeError(`path point ${i} has ${row.length} parameters, the center has ${p}`)
  }
  const rel = path.map((row) => Float64Array.from(row, (v, k) => v - center[k]!))
  const mean = new Float64Array(p)
  for (const row of rel) for (let k = 0; k < p; k++) mean[k]! += row[k]! / m
  const x = rel.map((row) => row.map((v, k) => v - mean[k]!))
  const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => {
    let s = 0
    for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!
    return s
  }

  const comps: Float64Array[] = []
  let values: Float64Array
  if (p <= m) {
    const cov = new Float64Array(p * p)
    for (const row of x) for (let i = 0; i < p; i++) for (let j = 0; j < p; j++) cov[i * p + j]! += row[i]! * row[j]!
    const eig = symmetricEigenJacobi(cov, p)
    values = eig.values
    for (let c = 0; c < Math.min(2, p); c++) comps.push(Float64Array.from({ length: p }, (_, k) => eig.vectors[k * p + c]!))
  } else {
    const gram = new Float64Array(m * m)
    for (let i = 0; i < m; i++) for (let j = i; j < m; j++) gram[i * m + j] = gram[j * m + i] = dot(x[i]!, x[j]!)
    const eig = symmetricEigenJacobi(gram, m)
    values = eig.values
    for (let c = 0; c < 2; c++) {
      const v = new Float64Array(p)
      for (let i = 0; i < m; i++) {
        const u = eig.vectors[i * m + c]!
        for (let k = 0; k < p; k++) v[k]! += u * x[i]![k]!
      }
      const norm = Math.sqrt(dot(v, v))
      if (norm > 0) for (let k = 0; k < p; k++) v[k]! /= norm
      comps.push(v)
    }
  }
  const total = values.reduce((s, v) => s + Math.max(0, v), 0)
  if (!(total > 0)) throw new RangeError('the path does not move: every point equals the mean, so it has no principal direction')
  const degenerate = comps.length < 2 || !(values[1]! > 1e-12 * values[0]!)
  if (degenerate) comps[1] = orthogonalUnit(comps[0]!)
  for (const d of comps) {
    let big = 0
    for (let k = 1; k < p; k++) if (Math.abs(d[k]!) > Math.abs(d[big]!)) big = k
    if (d[big]! < 0) for (let k = 0; k < p; k++) d[k] = -d[k]!
  }
  const [d1, d2] = comps as [Float64Array, Float64Array]
  return {
    directions: [d1, d2],
    explained: [Math.max(0, values[0]!) / total, degenerate ? 0 : Math.max(0, values[1]!) / total],
    coords: rel.map((row) => [dot(row, d1), dot(row, d2)]),
    degenerate,
  }
}

/** A unit vector orthogonal to the unit vector d (Gram–Schmidt on the coordinate axis where d is smallest). */
function orthogonalUnit(d: Float64Array): Float64Array {
  let small = 0
  for (let k = 1; k < d.length; k++) if (Math.abs(d[k]!) < Math.abs(d[small]!)) small = k
  const e = new Float64Array(d.length)
  e[small] = 1
  const proj = d[small]!
  for (let k = 0; k < d.length; k++) e[k]! -= proj * d[k]!
  const norm = Math.hypot(...e)
  for (let k = 0; k < d.length; k++) e[k]! /= norm
  return e
}
