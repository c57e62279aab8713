// A two-layer network 2 → H → 2 for the backprop scene, in float64, written out the way chapter 4 writes it:
//   z₁ = W₁x + b₁ (H),  a₁ = σ(z₁) (H),  z₂ = W₂a₁ + b₂ (2),  p = softmax(z₂),  L = −log p_y  (cross-entropy)
// and backwards
//   δ₂ = ∂L/∂z₂ = p − y,  ∂L/∂W₂ = δ₂a₁ᵀ,  ∂L/∂b₂ = δ₂,  δ₁ = (W₂ᵀδ₂) ⊙ σ′(z₁),  ∂L/∂W₁ = δ₁xᵀ,  ∂L/∂b₁ = δ₁.
// Over a batch, L and the gradients are means. σ is tanh or relu (relu′(0) = 0, as PyTorch).
import { seededUniform } from '../matrix/random.ts'
import type { DataSet } from './dataSets.ts'

export type Activation = 'tanh' | 'relu'

export interface NetworkParams {
  readonly hidden: number
  /** H×2, row-major. */
  readonly W1: Float64Array
  readonly b1: Float64Array
  /** 2×H, row-major. */
  readonly W2: Float64Array
  readonly b2: Float64Array
}

export type NetworkGradients = Omit<NetworkParams, 'hidden'>

/** Glorot-uniform weights (limit √(6/(fan_in + fan_out))), zero biases, seeded. */
export function initNetwork(hidden: number, seed = 1): NetworkParams {
  const next = seededUniform(seed)
  const uniform = (n: number, limit: number) => Float64Array.from({ length: n }, () => (2 * next() - 1) * limit)
  const limit = Math.sqrt(6 / (2 + hidden))
  return { hidden, W1: uniform(hidden * 2, limit), b1: new Float64Array(hidden), W2: uniform(2 * hidden, limit), b2: new Float64Array(2) }
}

const act = (a: Activation, z: number) => (a === 'tanh' ? Math.tanh(z) : z > 0 ? z : 0)
/** σ′(z): 1 − tanh²(z), or step(z) for relu. */
const actPrime = (a: Activation, z: number) => (a === 'tanh' ? 1 - Math.tanh(z) ** 2 : z > 0 ? 1 : 0)

/** Everything one example computes, forward and backward, for the step-by-step view. */
export interface ExampleTrace {
  readonly x: Float64Array
  readonly y: Float64Array
  readonly z1: Float64Array
  readonly a1: Float64Array
  readonly z2: Float64Array
  readonly p: Float64Array
  readonly loss: number
  readonly delta2: Float64Array
  /** W₂ᵀδ₂ (H), before the elementwise product with σ′(z₁). */
  readonly backToHidden: Float64Array
  readonly actPrime: Float64Array
  readonly delta1: Float64Array
  readonly grads: NetworkGradients
}

export function traceExample(net: NetworkParams, activation: Activation, x: ArrayLike<number>, label: number): ExampleTrace {
  const H = net.hidden
  const xv = Float64Array.from(x)
  const y = Float64Array.of(label === 0 ? 1 : 0, label === 1 ? 1 : 0)
  const z1 = new Float64Array(H)
  for (let i = 0; i < H; i++) z1[i] = net.W1[2 * i]! * xv[0]! + net.W1[2 * i + 1]! * xv[1]! + net.b1[i]!
  const a1 = z1.map((z) => act(activation, z))
  const z2 = new Float64Array(2)
  for (let k = 0; k < 2; k++) {
    let s = net.b2[k]!
    for (let i = 0; i < H; i++) s += net.W2[k * H + i]! * a1[i]!
    z2[k] = s
  }
  // softmax and −log p_y through log-sum-exp, so large logits neither overflow nor give log 0
  const m = Math.max(z2[0]!, z2[1]!)
  const lse = m + Math.log(Math.exp(z2[0]! - m) + Math.exp(z2[1]! - m))
  const p = z2.map((z) => Math.exp(z - lse))
  const loss = lse - z2[label]!
  const delta2 = p.map((pk, k) => pk - y[k]!)
  const backToHidden = new Float64Array(H)
  for (let i = 0; i < H; i++) backToHidden[i] = net.W2[i]! * delta2[0]! + net.W2[H + i]! * delta2[1]!
  const prime = z1.map((z) => actPrime(activation, z))
  const delta1 = backToHidden.map((v, i) => v * prime[i]!)
  const W2 = new Float64Array(2 * H)
  for (let k = 0; k < 2; k++) for (let i = 0; i < H; i++) W2[k * H + i] = delta2[k]! * a1[i]!
  const W1 = new Float64Array(H * 2)
  for (let i = 0; i < H; i++) [W1[2 * i], W1[2 * i + 1]] = [delta1[i]! * xv[0]!, delta1[i]! * xv[1]!]
  return { x: xv, y, z1, a1, z2, p, loss, delta2, backToHidden, actPrime: prime, delta1, grads: { W1, b1: delta1, W2, b2: delta2 } }
}

/** Mean loss and mean gradients over the data set (or the first `count` examples). */
export function batchGradients(net: NetworkParams, activation: Activation, data: DataSet): { loss: number; grads: NetworkGradients; accuracy: number } {
  const H = net.hidden
  const sum = { W1: new Float64Array(H * 2), b1: new Float64Array(H), W2: new Float64Array(2 * H), b2: new Float64Array(2) }
  let loss = 0
  let correct = 0
  for (let n = 0; n < data.size; n++) {
    const t = traceExample(net, activation, data.x.subarray(2 * n, 2 * n + 2), data.label[n]!)
    loss += t.loss
    if ((t.p[1]! > t.p[0]! ? 1 : 0) === data.label[n]) correct++
    for (const k of ['W1', 'b1', 'W2', 'b2'] as const) t.grads[k].forEach((g, i) => { sum[k][i]! += g })
  }
  const scale = 1 / data.size
  for (const k of ['W1', 'b1', 'W2', 'b2'] as const) sum[k].forEach((_, i) => { sum[k][i]! *= scale })
  return { loss: loss * scale, grads: sum, accuracy: correct * scale }
}

/** One plain SGD step θ ← θ − lr·∇L (full batch), returning new parameters. */
export function sgdStep(net: NetworkParams, grads: NetworkGradients, lr: number): NetworkParams {
  const step = (p: Float64Array, g: Float64Array) => p.map((v, i) => v - lr * g[i]!)
  return { hidden: net.hidden, W1: step(net.W1, grads.W1), b1: step(net.b1, grads.b1), W2: step(net.W2, grads.W2), b2: step(net.b2, grads.b2) }
}

/** p(class 1 | x) on an n×n grid over [lo, hi]², row-major from the bottom row up: the decision picture. */
export function classOneProbabilityGrid(net: NetworkParams, activation: Activation, n: number, lo: number, hi: number): Float32Array {
  const out = new Float32Array(n * n)
  const pt = new Float64Array(2)
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      pt[0] = lo + ((hi - lo) * (c + 0.5)) / n
      pt[1] = lo + ((hi - lo) * (r + 0.5)) / n
      out[r * n + c] = traceExample(net, activation, pt, 1).p[1]!
    }
  }
  return out
}
