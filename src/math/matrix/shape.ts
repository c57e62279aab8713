// Shapes of the matrix core. `[]` is a scalar, `[n]` a column vector (n×1), `[m, n]` a matrix. A row vector is `[1, n]`
// (the transpose of a column). Shapes are normalised after every operation: n×1 becomes `[n]` and 1×1 becomes `[]`,
// so `x'*A*x` is a scalar and `A*x` a vector, as in the textbooks.

export type Shape = readonly number[]

export const SCALAR: Shape = []

/** Rows and columns, treating a scalar as 1×1 and a vector [n] as n×1. */
export function dims(shape: Shape): [number, number] {
  if (shape.length === 0) return [1, 1]
  if (shape.length === 1) return [shape[0]!, 1]
  return [shape[0]!, shape[1]!]
}

/** The normal form of an r×c result: 1×1 → [], n×1 → [n], anything else [r, c]. */
export function fromDims(rows: number, cols: number): Shape {
  if (cols === 1) return rows === 1 ? SCALAR : [rows]
  return [rows, cols]
}

export const normalizeShape = (shape: Shape): Shape => fromDims(...dims(shape))

export const isScalar = (s: Shape): boolean => s.length === 0
export const isColumn = (s: Shape): boolean => s.length === 1
export const isRow = (s: Shape): boolean => s.length === 2 && s[0] === 1
export const isMatrix = (s: Shape): boolean => s.length === 2 && s[0] !== 1
/** A column or a row vector. */
export const isVectorLike = (s: Shape): boolean => isColumn(s) || isRow(s)
export const isSquare = (s: Shape): boolean => s.length === 2 && s[0] === s[1]

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i])
}

export const sizeOf = (s: Shape): number => s.reduce((p, v) => p * v, 1)

export const transposeShape = (s: Shape): Shape => {
  const [r, c] = dims(s)
  return fromDims(c, r)
}

/** "3×3" for a matrix, "1×3" for a row, "3×1" for a column, "1×1" for a scalar: the size as rows×columns. */
export function dimsText(s: Shape): string {
  const [r, c] = dims(s)
  return `${r}×${c}`
}

/** "a scalar", "a 3-vector", "a 1×3 row vector", "2×3": how error messages name a shape. */
export function describeShape(s: Shape): string {
  if (isScalar(s)) return 'a scalar'
  if (isColumn(s)) return `a ${s[0]}-vector`
  if (isRow(s)) return `a 1×${s[1]} row vector`
  return dimsText(s)
}

/** How the UI writes a shape beside an expression: "scalar", "3", "1×3", "3×3". */
export function shapeLabel(s: Shape): string {
  if (isScalar(s)) return 'scalar'
  if (isColumn(s)) return `${s[0]}`
  return dimsText(s)
}

/** Validates a declared shape: [], [n] or [m, n] with positive integer sizes (m×1 is read as a vector). */
export function checkDeclaredShape(name: string, shape: unknown): Shape {
  const ok = Array.isArray(shape) && shape.length <= 2 && shape.every((v) => Number.isInteger(v) && v >= 1 && v <= 4096)
  if (!ok) throw new RangeError(`the shape of ${name} must be [] (scalar), [n] (vector) or [m, n] (matrix) with sizes 1–4096`)
  return normalizeShape(shape as number[])
}
