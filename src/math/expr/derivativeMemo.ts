// The derivative of each (hash-consed) node with respect to each variable, computed once and kept while the node
// lives. The entry records what the derivation view needs to explain it: the rule, and the sub-expressions that rule
// differentiated, in the order it did (their own entries are in the memo too).
import { num, freeVariableSet, type Expr } from './ast.ts'
import type { RuleName } from './derivation.ts'
import { simplify } from './simplify.ts'
import type { RuleApplication, RuleContext } from './rules/ruleTypes.ts'
import { sumRule, differenceRule, negationRule } from './rules/sum.ts'
import { productRule } from './rules/product.ts'
import { quotientRule } from './rules/quotient.ts'
import { powerRule } from './rules/power.ts'
import { callRule } from './rules/calls.ts'
import { checkBudget } from './budget.ts'
import { metaOf } from './intern.ts'

export interface DerivativeEntry {
  /** The derivative, simplified. */
  readonly result: Expr
  readonly rule: RuleName
  readonly ruleLatex: string
  /** Sub-expressions the rule differentiated (nested steps), in order. */
  readonly parts: readonly Expr[]
}


const CONSTANT = { rule: 'constant', ruleLatex: "c' = 0", parts: [] } as const
const VARIABLE = { rule: 'variable', ruleLatex: '\\frac{d}{dx}\\, x = 1', parts: [] } as const

function applyRule(expr: Expr, ctx: RuleContext): RuleApplication {
  switch (expr.kind) {
    case 'neg':
      return negationRule(expr.arg, ctx)
    case 'binary':
      switch (expr.op) {
        case '+': return sumRule(expr.left, expr.right, ctx)
        case '-': return differenceRule(expr.left, expr.right, ctx)
        case '*': return productRule(expr.left, expr.right, ctx)
        case '/': return quotientRule(expr.left, expr.right, ctx)
        case '^': return powerRule(expr.left, expr.right, ctx)
      }
      break
    case 'call':
      return callRule(expr, ctx)
    default:
      break
  }
  throw new Error(`differentiate: ${expr.kind} is handled before rules apply`)
}

/** d expr / d variable, memoised per node and variable. */
export function derivativeEntry(expr: Expr, variable: string): DerivativeEntry {
  const meta = metaOf(expr)
  const known = meta.derivatives?.get(variable) as DerivativeEntry | undefined
  if (known !== undefined) return known
  let entry: DerivativeEntry
  if (!freeVariableSet(expr).has(variable)) entry = { ...CONSTANT, result: num(0) }
  else if (expr.kind === 'var') entry = { ...VARIABLE, result: num(1) }
  else {
    const parts: Expr[] = []
    const ctx: RuleContext = {
      variable,
      derive: (sub) => {
        parts.push(sub)
        return derivativeEntry(sub, variable).result
      },
      dependsOnVariable: (e) => freeVariableSet(e).has(variable),
    }
    const application = applyRule(expr, ctx)
    entry = { result: simplify(application.derivative), rule: application.rule, ruleLatex: application.ruleLatex, parts }
    checkBudget()
  }
  ;(meta.derivatives ??= new Map()).set(variable, entry)
  return entry
}
