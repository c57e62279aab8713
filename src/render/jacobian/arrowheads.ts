// Arrowheads at the middle of each edge of a closed polygon, pointing the way the boundary is traversed. The square
// is traversed counter-clockwise (p → p+εe₁ → p+εe₁+εe₂ → p+εe₂); its images are traversed in the same order, so
// arrows circling clockwise on an image show at a glance that F (or J) flips orientation there.

/** World (x, y) corners → triangles (xyz × 3 per arrowhead) of the given length; degenerate edges get none. */
export function arrowheadTriangles(corners: ArrayLike<number>, length: number): Float32Array {
  const count = corners.length / 2
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    const j = (i + 1) % count
    const ax = corners[2 * i]!
    const ay = corners[2 * i + 1]!
    const dx = corners[2 * j]! - ax
    const dy = corners[2 * j + 1]! - ay
    const edge = Math.hypot(dx, dy)
    if (!(edge > 2 * length)) continue // too short (or undefined) to carry an arrow that reads as one
    const tx = dx / edge
    const ty = dy / edge
    // Tip a little past the midpoint, base half a length behind it, half-width 0.45·length.
    const mx = ax + dx / 2 + (tx * length) / 2
    const my = ay + dy / 2 + (ty * length) / 2
    const bx = mx - tx * length
    const by = my - ty * length
    const w = 0.45 * length
    out.push(mx, my, 0, bx - ty * w, by + tx * w, 0, bx + ty * w, by - tx * w, 0)
  }
  return Float32Array.from(out)
}
