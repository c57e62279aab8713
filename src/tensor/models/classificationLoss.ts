// Mean cross-entropy and accuracy from logits, for one parameter set ([N, K] logits → scalar) or for B stacked sets
// ([B, N, K] → [B]). Binary models have one logit and the sigmoid cross-entropy written in its stable form
// max(z, 0) − z·y + log(1 + e^−|z|); multi-class models use −Σ y·logsoftmax(z).
import * as tf from '@tensorflow/tfjs'

/** Targets matching a model's logits: [N, 1] of 0/1 for a binary model, one-hot [N, K] otherwise. */
export function targetsFor(labels: Int32Array, outputs: number): tf.Tensor2D {
  return tf.tidy(() => {
    const y = tf.tensor1d(labels, 'int32')
    return outputs === 1 ? y.toFloat().reshape([-1, 1]) : (tf.oneHot(y, outputs).toFloat() as tf.Tensor2D)
  })
}

/** Per-example loss summed over the last axis; logits [..., N, K], targets [N, K]. */
function perExample(logits: tf.Tensor, targets: tf.Tensor2D): tf.Tensor {
  if (targets.shape[1] === 1) {
    const stable = tf.relu(logits).sub(logits.mul(targets)).add(tf.log1p(tf.exp(tf.abs(logits).neg())))
    return stable.sum(-1)
  }
  // log softmax as z − logsumexp(z): tf.logSoftmax leaks a buffer on the wasm backend (tfjs 4.22, seen under IS_TEST).
  const logProbs = logits.sub(tf.logSumExp(logits, -1, true))
  return logProbs.mul(targets).sum(-1).neg()
}

/** Mean cross-entropy: logits [N, K] → scalar, or [B, N, K] → [B]. */
export function crossEntropy(logits: tf.Tensor, targets: tf.Tensor2D): tf.Tensor {
  return tf.tidy(() => perExample(logits, targets).mean(-1))
}

/** Fraction classified correctly: logits [N, K] → scalar, or [B, N, K] → [B]. */
export function accuracy(logits: tf.Tensor, targets: tf.Tensor2D): tf.Tensor {
  return tf.tidy(() => {
    const correct =
      targets.shape[1] === 1
        ? tf.equal(logits.greater(0).toFloat(), targets).toFloat().sum(-1)
        : tf.equal(logits.argMax(-1), targets.argMax(-1)).toFloat()
    return correct.mean(-1)
  })
}
