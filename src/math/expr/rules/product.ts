// Products. When one factor does not depend on the variable it is a constant multiple, (c u)' = c u', which reads
// better than the product rule with a 0 in it; otherwise the product rule (u v)' = u' v + u v'.
//
// A chain of three or more factors (a left-deep a * b * c * …, as the parser reads it) is differentiated at once by
// the general product rule (u₁ u₂ ⋯ uₙ)' = Σₖ u₁ ⋯ uₖ' ⋯ uₙ: a flat sum of n terms. Applying the binary rule link by
// link would nest n levels of parentheses ((a'b + ab')c + abc')d + …, whose printed form does not read back past the
// parser's nesting limit, and would re-simplify every prefix.
import { add, mul, type Expr } from '../ast.ts'
import type { RuleApplication, RuleContext } from './ruleTypes.ts'
import { simplify } from '../simplify.ts'
import { canonicalSum } from '../simplify/sum.ts'
import { recordSimplified } from '../simplify/memo.ts'

/** The factors of a left-deep chain of * (a * b * c → [a, b, c]). */
function chainFactors(e: Expr): Expr[] {
  const factors: Expr[] = []
  while (e.kind === 'binary' && e.op === '*') {
    factors.push(e.right)
    e = e.left
  }
  factors.push(e)
  return factors.reverse()
}

function generalProductRule(factors: readonly Expr[], ctx: RuleContext): RuleApplication {
  const terms: Expr[] = []
  const simplified = factors.map(simplify)
  factors.forEach((f, k) => {
    if (!ctx.dependsOnVariable(f)) return
    const df = ctx.derive(f)
    terms.push(simplified.map((g, j) => (j === k ? df : g)).reduce((acc, g) => mul(acc, g)))
  })
  // The n terms of n factors are canonicalised in one pass (O(n²)); left to simplify's bottom-up walk, every prefix of
  // every term would be re-flattened (O(n³)).
  const derivative = terms.reduce((acc, t) => add(acc, t))
  recordSimplified(derivative, simplify(canonicalSum(derivative)))
  return {
    rule: 'product',
    derivative,
    ruleLatex: "(u_1 u_2 \\cdots u_n)' = \\sum_k u_1 \\cdots u_k' \\cdots u_n",
  }
}

export function productRule(u: Expr, v: Expr, ctx: RuleContext): RuleApplication {
  const factors = chainFactors(u)
  if (factors.length >= 2 && factors.filter((f) => ctx.dependsOnVariable(f)).length + (ctx.dependsOnVariable(v) ? 1 : 0) >= 2) {
    return generalProductRule([...factors, v], ctx)
  }
  if (!ctx.dependsOnVariable(u)) {
    return { rule: 'constant-multiple', derivative: mul(u, ctx.derive(v)), ruleLatex: "(c\\,u)' = c\\,u'" }
  }
  if (!ctx.dependsOnVariable(v)) {
    return { rule: 'constant-multiple', derivative: mul(ctx.derive(u), v), ruleLatex: "(u\\,c)' = u'\\,c" }
  }
  const du = ctx.derive(u)
  const dv = ctx.derive(v)
  return { rule: 'product', derivative: add(mul(du, v), mul(u, dv)), ruleLatex: "(u\\,v)' = u'\\,v + u\\,v'" }
}
