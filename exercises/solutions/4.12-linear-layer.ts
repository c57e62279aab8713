// Reference solution of exercise 4.12 (worked in scenes/04-matrix-calculus/solutions.md).

export type Matrix = number[][]

export function linearForward(W: Matrix, b: number[], X: Matrix): Matrix {
  const batch = X[0]?.length ?? 0
  // Y[i][k] = Σ_j W[i][j] X[j][k] + b[i]: the bias is added to every example (column).
  return W.map((row, i) => Array.from({ length: batch }, (_, k) => row.reduce((s, w, j) => s + w * X[j]![k]!, b[i]!)))
}

export function linearBackward(W: Matrix, X: Matrix, G: Matrix): { dW: Matrix; db: number[]; dX: Matrix } {
  const batch = G[0]?.length ?? 0
  const dW = G.map((g) => X.map((x) => g.reduce((s, gk, k) => s + gk * x[k]!, 0))) // G Xᵀ
  const db = G.map((g) => g.reduce((s, v) => s + v, 0)) // G 1: the shared bias sums over the batch
  const dX = X.map((_, j) => Array.from({ length: batch }, (_, k) => W.reduce((s, w, i) => s + w[j]! * G[i]![k]!, 0))) // Wᵀ G
  return { dW, db, dX }
}
