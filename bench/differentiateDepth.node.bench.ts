// Differentiation cost against nesting depth (Node). Prints, for each family of expressions and each depth, the time
// of differentiate(f, 'x') and of hessian(f, ['x', 'y']), the number of distinct nodes of the answer, and the time per
// input level, so that linear growth reads as a flat column, and the number of AST nodes each call created (a measure of
// work that does not depend on the machine or its load). Asserts nothing about time.
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
import { distinctNodes } from '../src/math/expr/ast.ts'
import { createdNodes } from '../src/math/expr/intern.ts'
import { freshNames, NEST_FAMILIES } from '../tests/support/nestFamilies.ts'

const DEPTHS = [10, 20, 40, 80, 160, 199]
const BUDGET_MS = 4000

// A fresh variable name per measurement (see tests/support/nestFamilies.ts).
const freshName = freshNames('x')

/** Wall time, and the number of AST nodes created (work that does not depend on the machine or its load). */
function time<T>(f: () => T): { ms: number; value: T; created: number } {
  const c0 = createdNodes()
  const t0 = performance.now()
  const value = f()
  return { ms: performance.now() - t0, value, created: createdNodes() - c0 }
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0)).padStart(7)

it('differentiate and Hessian time against nesting depth', () => {
  console.log(`\ndifferentiate(f, x) and hessian(f, [x, y]) against depth (ms; one cold run each after a warm-up at depth 10;` +
    ` budget ${BUDGET_MS} ms per case)`)
  console.log('  family   depth   d/dx ms  µs/level  nodes(d/dx)  created   hessian ms  µs/level  nodes(H)  created')
  for (const [family, text] of Object.entries(NEST_FAMILIES)) {
    for (let i = 0; i < 3; i++) { // warm-up (JIT)
      const v = freshName()
      differentiate(parse(text(10, v)), v)
      hessian(parse(text(10, v)), [v, 'y'])
    }
    let over = false
    for (const depth of DEPTHS) {
      if (over) {
        console.log(`  ${family.padEnd(8)} ${String(depth).padStart(5)}   skipped (a smaller depth exceeded the budget)`)
        continue
      }
      const v = freshName()
      const f = parse(text(depth, v))
      const d = time(() => differentiate(f, v).result)
      const w = freshName() // the Hessian in a fresh name too, so that it does not start from d/dx's memo
      const g = parse(text(depth, w))
      const h = d.ms > BUDGET_MS ? undefined : time(() => hessian(g, [w, 'y']))
      const perLevel = (ms: number): string => ((ms * 1000) / depth).toFixed(0).padStart(8)
      const hText = h === undefined
        ? '   skipped'
        : `${fmt(h.ms)}  ${perLevel(h.ms)}  ${String(distinctNodes(h.value.flat())).padStart(8)}  ${String(h.created).padStart(7)}`
      console.log(`  ${family.padEnd(8)} ${String(depth).padStart(5)}  ${fmt(d.ms)}  ${perLevel(d.ms)}  ${String(distinctNodes([d.value])).padStart(11)}` +
        `  ${String(d.created).padStart(7)}    ${hText}`)
      if (d.ms > BUDGET_MS || (h !== undefined && h.ms > BUDGET_MS)) over = true
    }
  }
})
