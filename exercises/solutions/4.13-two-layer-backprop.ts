// Reference solution of exercise 4.13 (worked in scenes/04-matrix-calculus/solutions.md).

export interface MlpParams {
  readonly W1: number[][]
  readonly b1: number[]
  readonly W2: number[][]
  readonly b2: number[]
}

export interface MlpGradients {
  readonly loss: number
  readonly dW1: number[][]
  readonly db1: number[]
  readonly dW2: number[][]
  readonly db2: number[]
}

const matVec = (A: number[][], v: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0))
/** Aᵀ v without forming Aᵀ: the vector–Jacobian product of a linear layer. */
const matTVec = (A: number[][], v: number[]) => A[0]!.map((_, j) => A.reduce((s, row, i) => s + row[j]! * v[i]!, 0))
const outer = (u: number[], v: number[]) => u.map((ui) => v.map((vj) => ui * vj))

export function mlpLossAndGradients({ W1, b1, W2, b2 }: MlpParams, x: number[], y: number[]): MlpGradients {
  // Forward, keeping h for the backward pass.
  const h = matVec(W1, x).map((z, i) => Math.tanh(z + b1[i]!))
  const yHat = matVec(W2, h).map((v, i) => v + b2[i]!)
  const r = yHat.map((v, i) => v - y[i]!)
  const loss = 0.5 * r.reduce((s, v) => s + v * v, 0)
  // Backward, from the loss to the first layer.
  const gY = r // ∂L/∂ŷ = ŷ − y
  const dW2 = outer(gY, h) // g hᵀ
  const db2 = [...gY]
  const gH = matTVec(W2, gY) // W2ᵀ g
  const gZ = gH.map((g, i) => g * (1 - h[i]! * h[i]!)) // tanh′(z) = 1 − tanh²(z) = 1 − h²
  const dW1 = outer(gZ, x)
  const db1 = gZ
  return { loss, dW1, db1, dW2, db2 }
}
