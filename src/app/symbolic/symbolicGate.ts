// Which expressions a scene may be handed now, and which wait for the worker. The decision, per parsed expression:
// - fast path: the Hessian in the scene's coordinates (which includes the gradient) is tried right here, with a small
//   budget of new nodes (FAST_PATH_BUDGET). Every ordinary expression fits, and its derivatives are then in the memo,
//   so the scene's own gradient/hessian/differentiate calls are lookups: no async UI at all.
// - worker path: past the small budget, the work goes to the symbolic worker with the full DERIVATIVE_BUDGET; the
//   expression is "computing" until the worker's DAG is filed in this thread's memo (then it is ready: the scene's
//   calls are lookups again), or it failed, e.g. past the full budget (then the message is shown at the input).
// Verdicts are kept per expression object (expressions are hash-consed, so typing the same text again is free).
import { DERIVATIVE_BUDGET, DerivativeBudgetError, hessian, importDerivativesInSlices, type Expr } from '../../math/expr/index.ts'
import type { SymbolicOutcome } from './symbolicProtocol.ts'

/**
 * New nodes the page may spend on an expression before handing it to the worker: a few tens of milliseconds at most
 * (about 10 µs per node here); the examples of every scene need a few hundred (tests/unit/app/symbolic/symbolicGate.test.ts).
 */
export const FAST_PATH_BUDGET = 2500

/**
 * Nodes (or memo entries) filed per task when the worker's answer is imported: a few milliseconds each, so a large
 * answer (tens of thousands of nodes) never blocks the page for long (bench/symbolicWorker.node.bench.ts).
 */
export const IMPORT_SLICE = 1000

/** Runs `task` later, in its own task (setTimeout in the app; tests pass their own). */
export type Scheduler = (task: () => void) => void

export type SymbolicStatus =
  | { readonly kind: 'ready'; readonly expr: Expr }
  | { readonly kind: 'computing' }
  | { readonly kind: 'error'; readonly message: string }

/** The part of SymbolicJobs the gate uses. */
export interface JobRunner {
  run(lane: string, text: string, variables: readonly string[], budget: number, done: (outcome: SymbolicOutcome) => void): void
  cancel(lane: string): void
}

export class SymbolicGate {
  private readonly verdicts = new WeakMap<Expr, SymbolicStatus>()
  /** The expression each lane's running job is for. */
  private readonly requested = new Map<string, Expr>()
  /** The expression each lane was last asked to follow. */
  private readonly following = new Map<string, Expr>()
  /**
   * Expressions whose job failed for a reason other than the budget (the worker crashed or could not load): their error
   * is shown while the lane stays on them, and forgotten when it moves on, so typing the text again retries. A budget
   * verdict is final (the same expression needs the same work).
   */
  private readonly retryable = new Set<Expr>()

  constructor(
    private readonly jobs: JobRunner,
    private readonly variables: readonly string[],
    private readonly onSettled: () => void,
    private readonly fastBudget = FAST_PATH_BUDGET,
    private readonly fullBudget = DERIVATIVE_BUDGET,
    private readonly schedule: Scheduler = (task) => void setTimeout(task, 0),
  ) {}

  /** The verdict for expr: tries the fast path the first time it is asked about expr. */
  status(expr: Expr): SymbolicStatus {
    const known = this.verdicts.get(expr)
    if (known) return known
    const verdict = this.tryHere(expr)
    this.verdicts.set(expr, verdict)
    return verdict
  }

  /**
   * Brings lane `lane` in line with its current expression: starts the worker on `text` when expr is computing and not
   * already being computed; otherwise abandons the lane's job (typing again supersedes a stale job).
   */
  follow(lane: string, expr: Expr, text: string): void {
    const before = this.following.get(lane)
    if (before !== undefined && before !== expr && this.retryable.delete(before)) this.verdicts.delete(before)
    this.following.set(lane, expr)
    const running = this.requested.get(lane)
    if (running === expr) return
    if (running !== undefined) {
      this.jobs.cancel(lane)
      this.requested.delete(lane)
    }
    if (this.status(expr).kind !== 'computing') return
    this.requested.set(lane, expr)
    const current = () => this.requested.get(lane) === expr // false once superseded
    const settle = (verdict: SymbolicStatus) => {
      this.requested.delete(lane)
      this.verdicts.set(expr, verdict)
      this.onSettled()
    }
    this.jobs.run(lane, text, this.variables, this.fullBudget, (outcome) => {
      if (!current()) return
      if (!outcome.ok) {
        if (!outcome.budgetExceeded) this.retryable.add(expr)
        return settle({ kind: 'error', message: outcome.message })
      }
      // The answer is filed in slices, one task each, so the page stays responsive; typing meanwhile abandons it. The
      // imported root is this realm's node for the same structure: normally the very object the state holds (after the
      // hash-consing table started a new generation, an equal one whose sub-expressions carry the derivatives).
      const slices = importDerivativesInSlices(outcome.dag, IMPORT_SLICE)
      const next = () => {
        if (!current()) return
        const step = slices.next()
        if (step.done) settle({ kind: 'ready', expr: step.value })
        else this.schedule(next)
      }
      next()
    })
  }

  /** Forgets the running jobs (they are cancelled by whoever disposes of the runner). */
  reset(): void {
    this.requested.clear()
  }

  private tryHere(expr: Expr): SymbolicStatus {
    try {
      hessian(expr, this.variables, this.fastBudget)
    } catch (error) {
      if (error instanceof DerivativeBudgetError) return { kind: 'computing' }
      // Any other problem is the scene's to report, as it always has (its own calls throw the same error).
    }
    return { kind: 'ready', expr }
  }
}
