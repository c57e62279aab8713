// Differentiation cost against nesting depth (Node). Prints, for each family of expressions and each depth, the time
// of differentiate(f, 'x') and of hessian(f, ['x', 'y']), the number of distinct nodes of the answer, and the time per
// input level, so that linear growth reads as a flat column. Asserts nothing about time.
//
// Families (each parsed from text, so depth is what the parser accepts; MAX_DEPTH = 200 allows 199 levels):
//   sin      sin(sin(…sin(x)…))                      a nest of one-argument calls
//   tower    x^x^…^x (right-associative)             the general power rule at every level
//   sigmoid  sigmoid(sigmoid(…sigmoid(x*y)…))         σ' = σ(1 − σ) repeats each inner σ twice
//   product  sin(x)*sin(2x)*…*sin(dx)                 a chain (left-deep), product rule at each link
// A case that takes longer than BUDGET_MS stops that family's larger depths (printed as "skipped"), so the bench also
// runs against a slow implementation (how the "before" figures in README.md were taken).
import { it } from 'vitest'
import { parse } from '../src/math/expr/parse.ts'
import { differentiate } from '../src/math/expr/differentiate.ts'
import { hessian } from '../src/math/expr/gradient.ts'
import type { Expr } from '../src/math/expr/ast.ts'

const DEPTHS = [10, 20, 40, 80, 160, 199]
const BUDGET_MS = 4000

const FAMILIES: Record<string, (d: number) => string> = {
  sin: (d) => 'sin('.repeat(d) + 'x' + ')'.repeat(d),
  tower: (d) => Array.from({ length: d }, () => 'x').join('^'),
  sigmoid: (d) => 'sigmoid('.repeat(d) + 'x*y' + ')'.repeat(d),
  product: (d) => Array.from({ length: d }, (_, i) => `sin(${i + 1}x)`).join('*'),
}

/** Distinct node objects reachable from e (a DAG's size, which is what every emitter's cost follows). */
function dagSize(roots: readonly Expr[]): number {
  const seen = new Set<Expr>()
  const stack = [...roots]
  while (stack.length) {
    const e = stack.pop()!
    if (seen.has(e)) continue
    seen.add(e)
    if (e.kind === 'neg') stack.push(e.arg)
    else if (e.kind === 'binary') stack.push(e.left, e.right)
    else if (e.kind === 'call') stack.push(...e.args)
  }
  return seen.size
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now()
  const value = f()
  return { ms: performance.now() - t0, value }
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(7)

it('differentiate and Hessian time against nesting depth', () => {
  console.log(`\ndifferentiate(f, x) and hessian(f, [x, y]) against depth (ms; one run each after a warm-up at depth 10;` +
    ` budget ${BUDGET_MS} ms per case)`)
  console.log('  family   depth   d/dx ms  nodes(d/dx)  µs/level   hessian ms  nodes(H)  µs/level')
  for (const [family, text] of Object.entries(FAMILIES)) {
    differentiate(parse(text(10)), 'x') // warm-up (JIT)
    hessian(parse(text(10)), ['x', 'y'])
    let over = false
    for (const depth of DEPTHS) {
      if (over) {
        console.log(`  ${family.padEnd(8)} ${String(depth).padStart(5)}   skipped (a smaller depth exceeded the budget)`)
        continue
      }
      const f = parse(text(depth))
      const d = time(() => differentiate(f, 'x').result)
      const h = d.ms > BUDGET_MS ? undefined : time(() => hessian(f, ['x', 'y']))
      const hText = h === undefined
        ? '   skipped'
        : `${fmt(h.ms)}     ${String(dagSize(h.value.flat())).padStart(8)}  ${((h.ms * 1000) / depth).toFixed(0).padStart(8)}`
      console.log(`  ${family.padEnd(8)} ${String(depth).padStart(5)}  ${fmt(d.ms)}  ${String(dagSize([d.value])).padStart(11)}` +
        `  ${((d.ms * 1000) / depth).toFixed(0).padStart(8)}    ${hText}`)
      if (d.ms > BUDGET_MS || (h !== undefined && h.ms > BUDGET_MS)) over = true
    }
  }
})
