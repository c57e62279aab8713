// Reference solution of exercise 3.12 (worked in scenes/03-directional/solutions.md).

export function solve(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length
  if (A.length !== n || A.some((row) => row.length !== n)) throw new Error(`solve: A must be ${n}×${n} to match b`)
  const M = A.map((row, i) => [...row, b[i]!]) // augmented matrix [A | b]
  const scale = Math.max(...A.flat().map(Math.abs))
  for (let col = 0; col < n; col++) {
    // Partial pivoting: the largest entry of the column becomes the pivot, so every multiplier is at most 1.
    let pivot = col
    for (let r = col + 1; r < n; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[pivot]![col]!)) pivot = r
    if (!(Math.abs(M[pivot]![col]!) > 1e-12 * scale)) throw new Error('the Hessian is singular (or nearly): the Newton step does not exist')
    ;[M[col], M[pivot]] = [M[pivot]!, M[col]!]
    for (let r = col + 1; r < n; r++) {
      const factor = M[r]![col]! / M[col]![col]!
      for (let c = col; c <= n; c++) M[r]![c]! -= factor * M[col]![c]!
    }
  }
  const x = new Array<number>(n).fill(0)
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!
    for (let c = r + 1; c < n; c++) s -= M[r]![c]! * x[c]!
    x[r] = s / M[r]![r]!
  }
  return x
}

export function newtonMinimize(
  grad: (x: readonly number[]) => number[],
  hessian: (x: readonly number[]) => number[][],
  x0: readonly number[],
  { tolerance = 1e-10, maxIterations = 50 }: { tolerance?: number; maxIterations?: number } = {},
): { x: number[]; iterations: number } {
  let x = [...x0]
  for (let iterations = 0; iterations <= maxIterations; iterations++) {
    const g = grad(x)
    if (Math.hypot(...g) < tolerance) return { x, iterations }
    const step = solve(hessian(x), g.map((v) => -v)) // H·h = −∇f
    x = x.map((xi, i) => xi + step[i]!)
  }
  throw new Error(`Newton's method did not converge in ${maxIterations} iterations`)
}
