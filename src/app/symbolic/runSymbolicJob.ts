// The work the symbolic worker does for one request, as a plain function (so it is tested in Node without a worker):
// parse the text, build the Hessian in the scene's coordinates under the budget (its first pass is the gradient, and
// the memo it fills holds every node's derivative, which is all the derivation steps read), and export that memo as
// a DAG. Errors come back as data: the page shows the message at the input.
import { DerivativeBudgetError, exportDerivatives, hessian, parse } from '../../math/expr/index.ts'
import type { SymbolicRequest, SymbolicResponse } from './symbolicProtocol.ts'

export function runSymbolicJob({ id, text, variables, budget }: SymbolicRequest): SymbolicResponse {
  const t0 = performance.now()
  try {
    const f = parse(text)
    hessian(f, variables, budget)
    return { id, ok: true, dag: exportDerivatives(f, variables), ms: performance.now() - t0 }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { id, ok: false, message, budgetExceeded: error instanceof DerivativeBudgetError }
  }
}
