// Matrix differentiator bench (Node): a 3-layer tanh network's squared loss,
//   L = 0.5*norm2(W3*tanh(W2*tanh(W1*x + b1) + b2) + b3 - y)^2,   x: 16, hidden 32 and 32, output 4,
// parsed, differentiated by all six parameters (symbolic backprop + simplification), and evaluated in float64.
// Printed side by side in one run (medians of interleaved repetitions; nothing asserted about time):
// - parse, differentiate (×6), evaluate L, evaluate the six gradients (ms);
// - the gradients' cost relative to L's (backprop's textbook promise is a small constant);
// - TF.js autodiff (tf.grads, cpu and wasm backends, float32) on the same network for the same six gradients.
import { it } from 'vitest'
import * as tf from '@tensorflow/tfjs'
import { evaluateMatrixExpr, matrixDerivative, parseMatrixExpr, type MatrixExpr } from '../src/math/matrix/index.ts'
import { randomEnv } from '../src/math/matrix/random.ts'
import { matrixToTf } from '../src/tensor/matrixToTf.ts'
import { useBackend } from '../src/tensor/backend.ts'
import { timeInterleaved } from './timing.ts'

const TEXT = '0.5*norm2(W3*tanh(W2*tanh(W1*x + b1) + b2) + b3 - y)^2'
const SHAPES = { x: [16], W1: [32, 16], b1: [32], W2: [32, 32], b2: [32], W3: [4, 32], b3: [4], y: [4] }
const PARAMS = ['W1', 'b1', 'W2', 'b2', 'W3', 'b3'] as const
const ms = (t: number): string => `${t.toFixed(3)} ms`

it('matrix differentiator: 3-layer network (parse + differentiate + evaluate)', async () => {
  const env = randomEnv(SHAPES, 11)
  const f = parseMatrixExpr(TEXT, SHAPES)
  let grads: MatrixExpr[] = PARAMS.map((p) => matrixDerivative(f, p).expr)
  const times = timeInterleaved({
    parse: () => parseMatrixExpr(TEXT, SHAPES),
    differentiate: () => { grads = PARAMS.map((p) => matrixDerivative(f, p).expr) },
    evaluateLoss: () => evaluateMatrixExpr(f, env),
    evaluateGradients: () => grads.map((g) => evaluateMatrixExpr(g, env)),
  }, 30, 5)
  const total = times.parse! + times.differentiate! + times.evaluateGradients!
  console.log(`\n[matrix] ${TEXT}   (x 16 → 32 → 32 → 4; six gradients)`)
  console.log(`[matrix] parse ${ms(times.parse!)}, differentiate ×6 ${ms(times.differentiate!)}, evaluate L ${ms(times.evaluateLoss!)}, evaluate the 6 gradients ${ms(times.evaluateGradients!)}`)
  console.log(`[matrix] parse + differentiate + evaluate: ${ms(total)}; gradients / loss evaluation: ${(times.evaluateGradients! / times.evaluateLoss!).toFixed(1)}×`)

  tf.env().set('IS_TEST', true)
  for (const backend of ['cpu', 'wasm'] as const) {
    await useBackend(backend)
    const tensors = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, tf.tensor(Array.from(v))]))
    const autodiff = () => tf.tidy(() => {
      const g = tf.grads((...ps: tf.Tensor[]) => {
        const scope = { ...tensors, ...Object.fromEntries(PARAMS.map((p, i) => [p, ps[i]!])) }
        return matrixToTf(f, scope).sum() as tf.Scalar
      })(PARAMS.map((p) => tensors[p]!))
      for (const t of g) t.dataSync()
    })
    const t = timeInterleaved({ autodiff, symbolic: () => grads.map((g) => evaluateMatrixExpr(g, env)) }, 30, 5)
    console.log(`[matrix] tf.grads (${backend}, float32) ${ms(t.autodiff!)} vs symbolic gradients (float64) ${ms(t.symbolic!)}: autodiff/symbolic ${(t.autodiff! / t.symbolic!).toFixed(2)}×`)
    Object.values(tensors).forEach((x) => x.dispose())
  }
})
