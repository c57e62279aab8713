// The backprop scene's network written once more, as TF.js ops, so that tf.grads gives its gradients by autodiff:
// the check of the hand-written backward pass (src/math/network) in float32. Mean softmax cross-entropy over the batch.
import * as tf from '@tensorflow/tfjs'
import type { Activation, DataSet, NetworkGradients, NetworkParams } from '../math/network/index.ts'

export function autodiffNetworkGradients(net: NetworkParams, activation: Activation, data: DataSet): { loss: number; grads: NetworkGradients } {
  let result: { loss: number; grads: NetworkGradients } | undefined
  tf.tidy(() => {
    const H = net.hidden
    const x = tf.tensor2d(Array.from(data.x), [data.size, 2])
    const y = tf.oneHot(tf.tensor1d(Array.from(data.label), 'int32'), 2)
    const params = [tf.tensor2d(Array.from(net.W1), [H, 2]), tf.tensor1d(Array.from(net.b1)), tf.tensor2d(Array.from(net.W2), [2, H]), tf.tensor1d(Array.from(net.b2))]
    const lossOf = (W1: tf.Tensor, b1: tf.Tensor, W2: tf.Tensor, b2: tf.Tensor): tf.Scalar => {
      // rows are examples: Z₁ = X W₁ᵀ + b₁ is the batch of z₁ = W₁x + b₁
      const z1 = tf.add(tf.matMul(x, W1 as tf.Tensor2D, false, true), b1)
      const a1 = activation === 'tanh' ? tf.tanh(z1) : tf.relu(z1)
      const z2 = tf.add(tf.matMul(a1, W2 as tf.Tensor2D, false, true), b2)
      // −log softmax(z₂)_y = logsumexp(z₂) − z₂·y, averaged (written out: tf.losses.softmaxCrossEntropy trips the cpu
      // backend's leak check in IS_TEST mode)
      return tf.mean(tf.sub(tf.logSumExp(z2, 1), tf.sum(tf.mul(z2, y), 1))) as tf.Scalar
    }
    const { value, grads } = tf.valueAndGrads((...p: tf.Tensor[]) => lossOf(p[0]!, p[1]!, p[2]!, p[3]!))(params)
    const f64 = (t: tf.Tensor) => Float64Array.from(t.dataSync())
    result = { loss: value.dataSync()[0]!, grads: { W1: f64(grads[0]!), b1: f64(grads[1]!), W2: f64(grads[2]!), b2: f64(grads[3]!) } }
  })
  return result!
}
