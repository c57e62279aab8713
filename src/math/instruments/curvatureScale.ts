// The reference curvature for the curvature colouring: the median of √|det H| over a grid of the domain, so the
// colours saturate at the curvature typical of this surface, whatever its units. (√ because det H has the units of
// curvature squared.) 1 when no finite curvature is found, e.g. for a plane.
import type { Domain } from '../plot/domain.ts'
import type { SurfaceCalculus } from './surfaceCalculus.ts'

export function curvatureScale(calculus: SurfaceCalculus, params: Readonly<Record<string, number>>, domain: Domain, n = 48): number {
  const values: number[] = []
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const x = domain.xMin + ((i + 0.5) * (domain.xMax - domain.xMin)) / n
      const y = domain.yMin + ((j + 0.5) * (domain.yMax - domain.yMin)) / n
      const p = calculus.at(x, y, params)
      const root = Math.sqrt(Math.abs(p.fxx * p.fyy - p.fxy * p.fxy))
      if (Number.isFinite(root)) values.push(root)
    }
  }
  if (values.length === 0) return 1
  values.sort((a, b) => a - b)
  const median = values[Math.floor(values.length / 2)]!
  return median > 0 ? median : 1
}
