// The signed area of a closed polygon by the shoelace formula,
//
//   A = ½ Σ (xᵢ − cx)(yᵢ₊₁ − cy) − (xᵢ₊₁ − cx)(yᵢ − cy),
//
// positive when the vertices run counter-clockwise, negative when clockwise. The vertices are taken relative to a
// reference point c near the polygon: for a tiny polygon far from the origin (an ε-square at (100, 100)) the products
// of raw coordinates would be huge and cancel, losing the area in rounding; relative to c they stay of size ε².

/** Signed area of the polygon whose vertices are (points[2i], points[2i+1]), i < count; closed implicitly. */
export function signedPolygonArea(points: ArrayLike<number>, count = points.length / 2, cx = points[0] ?? 0, cy = points[1] ?? 0): number {
  let twice = 0
  for (let i = 0; i < count; i++) {
    const j = (i + 1) % count
    const xi = points[2 * i]! - cx
    const yi = points[2 * i + 1]! - cy
    const xj = points[2 * j]! - cx
    const yj = points[2 * j + 1]! - cy
    twice += xi * yj - xj * yi
  }
  return twice / 2
}
