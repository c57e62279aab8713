// The messages between the page and the symbolic worker (symbolic.worker.ts). Everything in them is plain data, so
// postMessage's structured clone carries it: the expression travels as the text the user typed, the answer as a
// DerivativeDag (src/math/expr/derivativeTransfer.ts), which the page files in its own derivative memo.
import type { DerivativeDag } from '../../math/expr/index.ts'

export interface SymbolicRequest {
  /** Names the job, so the page can drop the answer to a job it no longer wants. */
  readonly id: number
  /** Expression text that parsed on the page (the worker parses it again, to the same structure). */
  readonly text: string
  /** The scene's coordinates: the work is the Hessian in them, which includes the gradient. */
  readonly variables: readonly string[]
  /** Most new nodes the work may create (DERIVATIVE_BUDGET in the app). */
  readonly budget: number
}

export type SymbolicOutcome =
  | { readonly ok: true; readonly dag: DerivativeDag; readonly ms: number }
  | { readonly ok: false; readonly message: string; readonly budgetExceeded: boolean }

export type SymbolicResponse = SymbolicOutcome & { readonly id: number }
