// Moving finished derivative work from one JavaScript realm to another (a Web Worker to the page), so the receiver
// does not redo it. The sender exports an expression together with the memoised derivatives of every node reachable
// from it (the rule, its nested parts and the simplified result: what gradient, hessian and the derivation steps
// read); the receiver rebuilds the nodes through the hash-consing constructors and files each entry in its own memo.
// After that, gradient/hessian/differentiate of the expression are memo lookups on the receiving side.
//
// Why a DAG and not text: derivatives share sub-expressions heavily, so their printed text is far larger than their
// distinct nodes (the Hessian of 60 nested sin(x·y) prints to ~580,000 characters but has a few thousand distinct
// nodes), and re-parsing that text costs more than computing it (bench/symbolicWorker.node.bench.ts measures both).
// Here every distinct node travels once, as a small tuple that names its children by index (children first), so the
// export and the import are linear in the number of distinct nodes. The tuples are plain arrays of numbers and
// strings, so structured clone (postMessage) copies them cheaply; −0, NaN and ±∞ survive structured clone.
import { binary, call, childrenOf, constant, neg, num, variable, type BinaryOp, type Expr } from './ast.ts'
import type { RuleName } from './derivation.ts'
import type { DerivativeEntry } from './derivativeMemo.ts'
import type { FnName } from './functions.ts'
import { metaOf } from './intern.ts'

/** One node; children are indices of earlier nodes. */
export type DagNode =
  | readonly ['n', number]
  | readonly ['k', 'pi' | 'e']
  | readonly ['v', string]
  | readonly ['-', number]
  | readonly ['b', BinaryOp, number, number]
  | readonly ['c', FnName, ...number[]]

/** One memo entry: d(node)/d(variable) = result, by `rule`, which differentiated `parts`. */
export type DagDerivative = readonly [node: number, variable: string, result: number, rule: RuleName, ruleLatex: string, parts: readonly number[]]

export interface DerivativeDag {
  readonly nodes: readonly DagNode[]
  readonly root: number
  readonly derivatives: readonly DagDerivative[]
  /** Nodes known to be their own simplified form (derivative results), so simplify need not check them again. */
  readonly settled: readonly number[]
}

/**
 * `root` with the memoised derivatives (in `variables`) of each of its nodes and the second derivatives of the root
 * (what gradient, hessian and the derivation steps read), as a transferable DAG.
 */
export function exportDerivatives(root: Expr, variables: readonly string[]): DerivativeDag {
  const index = new Map<Expr, number>()
  const nodes: DagNode[] = []
  const order: Expr[] = []
  // Post-order without recursion: derivative DAGs can be deeper than the call stack allows.
  const add = (top: Expr): number => {
    const stack: Expr[] = [top]
    while (stack.length > 0) {
      const e = stack[stack.length - 1]!
      if (index.has(e)) {
        stack.pop()
        continue
      }
      const kids = childrenOf(e)
      const missing = kids.filter((c) => !index.has(c))
      if (missing.length > 0) {
        stack.push(...missing)
        continue
      }
      stack.pop()
      index.set(e, nodes.length)
      nodes.push(encode(e, kids.map((c) => index.get(c)!)))
      order.push(e)
    }
    return index.get(top)!
  }
  const rootIndex = add(root)
  const derivatives: DagDerivative[] = []
  const filed = new Set<Expr>()
  const fileEntries = (e: Expr): Expr[] => {
    const memo = metaOf(e).derivatives
    const results: Expr[] = []
    if (filed.has(e)) return results
    filed.add(e)
    for (const v of variables) {
      const entry = memo?.get(v) as DerivativeEntry | undefined
      if (entry === undefined) continue
      derivatives.push([index.get(e)!, v, add(entry.result), entry.rule, entry.ruleLatex, entry.parts.map(add)])
      results.push(entry.result)
    }
    return results
  }
  // Every node of f (the derivation steps read them all, and gradient reads the root's) …
  const nodesOfF = order.slice()
  const gradient = fileEntries(root)
  for (const e of nodesOfF) fileEntries(e)
  // … and the gradient's roots, differentiated again: the Hessian. Deeper entries (the gradient's own sub-expressions)
  // stay behind: nothing on the receiving side reads them, and they would double what travels.
  for (const g of gradient) fileEntries(g)
  const settled: number[] = []
  order.forEach((e, i) => metaOf(e).simplified === e && settled.push(i))
  return { nodes, root: rootIndex, derivatives, settled }
}

/** Rebuilds the DAG here, files its derivatives in this realm's memo (keeping any entry already there), returns the root. */
export function importDerivatives(dag: DerivativeDag): Expr {
  const steps = importDerivativesInSlices(dag, Infinity)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The same import in slices of about `slice` nodes or entries: a generator that pauses between slices, so the page
 * can spread a large import over several short tasks and stay responsive (src/app/symbolic/symbolicGate.ts).
 */
export function* importDerivativesInSlices(dag: DerivativeDag, slice: number): Generator<void, Expr> {
  const built: Expr[] = []
  for (const n of dag.nodes) {
    built.push(decode(n, built))
    if (built.length % slice === 0) yield
  }
  for (const i of dag.settled) metaOf(built[i]!).simplified ??= built[i]!
  let filed = 0
  for (const [node, v, result, rule, ruleLatex, parts] of dag.derivatives) {
    const meta = metaOf(built[node]!)
    const memo = (meta.derivatives ??= new Map())
    if (!memo.has(v)) {
      const entry: DerivativeEntry = { result: built[result]!, rule, ruleLatex, parts: parts.map((p) => built[p]!) }
      memo.set(v, entry)
    }
    if (++filed % slice === 0) yield
  }
  return built[dag.root]!
}

function encode(e: Expr, kids: readonly number[]): DagNode {
  switch (e.kind) {
    case 'num': return ['n', e.value]
    case 'const': return ['k', e.name]
    case 'var': return ['v', e.name]
    case 'neg': return ['-', kids[0]!]
    case 'binary': return ['b', e.op, kids[0]!, kids[1]!]
    case 'call': return ['c', e.fn, ...kids]
  }
}

function decode(n: DagNode, built: readonly Expr[]): Expr {
  switch (n[0]) {
    case 'n': return num(n[1])
    case 'k': return constant(n[1])
    case 'v': return variable(n[1])
    case '-': return neg(built[n[1]]!)
    case 'b': return binary(n[1], built[n[2]]!, built[n[3]]!)
    case 'c': {
      const [, fn, ...args] = n
      return call(fn, ...args.map((a) => built[a]!))
    }
  }
}
