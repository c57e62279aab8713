// The picked square S = [x₀, x₀+ε] × [y₀, y₀+ε] and what F makes of it, next to what J makes of it.
//
// F(S) is a curved quadrilateral; its boundary is F of the square's boundary, sampled finely along each edge.
// The linear approximation F(p + h) ≈ F(p) + J·h sends S to the parallelogram P with corners
//   F(p),  F(p) + ε·J e₁,  F(p) + ε·(J e₁ + J e₂),  F(p) + ε·J e₂,
// whose area is |det J|·ε². As ε → 0, F(S) hugs P ever more closely (the error is O(ε²) against a size of O(ε)), so
//   signed area(F(S)) / area(S)  →  det J,
// and the two numbers shown side by side converge: that is what "J is the best linear map" means for areas.
// Both boundaries run in the order p → p+εe₁ → p+εe₁+εe₂ → p+εe₂ (counter-clockwise around S); an image running
// clockwise has negative signed area: F flips orientation there.
import type { JacobianAtPoint, JacobianMap } from './jacobianMap.ts'
import { signedPolygonArea } from './signedArea.ts'

export interface SquareImage {
  /** The square's corners in traversal order, 8 numbers (x, y)×4. */
  readonly square: Float64Array
  /** F of the square's boundary: 4·samplesPerEdge points (u, v), in traversal order, closed implicitly. */
  readonly imageBoundary: Float64Array
  /** The parallelogram F(p) + J·(S − p): 4 corners (u, v) in traversal order. */
  readonly parallelogram: Float64Array
  /** Signed area of F(S) (shoelace over the sampled boundary), NaN when a boundary sample is undefined. */
  readonly imageArea: number
  /** signed area(F(S)) / ε². */
  readonly areaRatio: number
  /** det J, the limit of areaRatio as ε → 0. */
  readonly det: number
}

/** The unit square's corners in traversal order: (0,0) → (1,0) → (1,1) → (0,1). */
const CORNERS: readonly (readonly [number, number])[] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
]

export function squareImage(map: JacobianMap, point: JacobianAtPoint, epsilon: number, samplesPerEdge = 48): SquareImage {
  const { x: x0, y: y0, matrix: J } = point
  const square = new Float64Array(8)
  const parallelogram = new Float64Array(8)
  CORNERS.forEach(([s, t], i) => {
    square[2 * i] = x0 + epsilon * s
    square[2 * i + 1] = y0 + epsilon * t
    parallelogram[2 * i] = point.u + epsilon * (J[0] * s + J[1] * t)
    parallelogram[2 * i + 1] = point.v + epsilon * (J[2] * s + J[3] * t)
  })

  const n = Math.max(1, Math.floor(samplesPerEdge))
  const imageBoundary = new Float64Array(8 * n)
  let defined = true
  for (let edge = 0; edge < 4; edge++) {
    const [sa, ta] = CORNERS[edge]!
    const [sb, tb] = CORNERS[(edge + 1) % 4]!
    for (let k = 0; k < n; k++) {
      const f = k / n
      const index = 2 * (edge * n + k)
      map.mapInto(x0 + epsilon * (sa + f * (sb - sa)), y0 + epsilon * (ta + f * (tb - ta)), imageBoundary, index)
      if (!Number.isFinite(imageBoundary[index]!) || !Number.isFinite(imageBoundary[index + 1]!)) defined = false
    }
  }
  // Relative to F(p), the first vertex, so the shoelace sums stay of size ε² (see signedArea.ts).
  const imageArea = defined ? signedPolygonArea(imageBoundary, 4 * n, point.u, point.v) : Number.NaN
  return { square, imageBoundary, parallelogram, imageArea, areaRatio: imageArea / (epsilon * epsilon), det: point.det }
}
