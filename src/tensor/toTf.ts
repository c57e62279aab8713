// PLACEHOLDER: replaced by the implementation (contract only).
import type * as tf from '@tensorflow/tfjs'
import type { Expr } from '../math/expr/index.ts'
/** Evaluates expr with TF.js ops. Scope values (tensors of any shape, or numbers) broadcast together. Call inside tf.tidy. */
export function toTf(expr: Expr, scope: Readonly<Record<string, tf.Tensor | number>>): tf.Tensor {
  throw new Error('toTf: not implemented ' + expr.kind + Object.keys(scope).length)
}
