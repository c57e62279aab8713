// Families of expressions whose nesting depth grows, shared by the differentiation scaling test (which counts work in
// created nodes) and bench/differentiateDepth.node.bench.ts (which prints wall time). Each is written in a variable v,
// so a caller can use a fresh name per measurement: derivatives are memoised per node for as long as the node lives,
// and a repeat of the same expression would only measure the memo.
export const NEST_FAMILIES: Record<string, (depth: number, v: string) => string> = {
  /** sin(sin(…sin(v)…)): a nest of one-argument calls. */
  sin: (d, v) => 'sin('.repeat(d) + v + ')'.repeat(d),
  /** v^v^…^v (right-associative): the general power rule at every level. */
  tower: (d, v) => Array.from({ length: d }, () => v).join('^'),
  /** sigmoid(…sigmoid(v*y)…): σ' = σ(1 − σ) repeats each inner σ twice. */
  sigmoid: (d, v) => 'sigmoid('.repeat(d) + `${v}*y` + ')'.repeat(d),
  /** sin(v)*sin(2v)*…*sin(dv): a left-deep chain, the product rule at each link. */
  product: (d, v) => Array.from({ length: d }, (_, i) => `sin(${i + 1}${v})`).join('*'),
}

/** A generator of variable names no earlier call returned (prefix_1, prefix_2, …). */
export function freshNames(prefix: string): () => string {
  let n = 0
  return () => `${prefix}_${++n}`
}
