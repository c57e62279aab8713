// ∂f/∂x and ∂f/∂y with the rule steps that produced them (DerivationStep: rule, latex, ruleLatex, depth), one
// collapsible block per partial, so a learner can follow how the derivative was built, not only read the result.
import { useMemo, useState } from 'react'
import { differentiate, toLatex, toText, type Derivative, type Expr } from '../math/expr/index.ts'
import { Katex, KATEX_LENGTH_LIMIT } from './Katex.tsx'

export function DerivationView({ expr, variables, name = 'f' }: { expr: Expr; variables: readonly string[]; name?: string }) {
  return (
    <div className="derivation">
      {variables.map((v) => (
        <PartialDerivation key={v} expr={expr} variable={v} name={name} ordinary={variables.length === 1} />
      ))}
    </div>
  )
}

/**
 * Characters of step formulas typeset before the list stops and offers the rest. KaTeX takes about 6 ms per 1,000
 * characters here, and a deep nest's steps repeat its whole inner expression at every level (90 nested sin: 2.2
 * million characters, over 13 s of typesetting on the page's thread); the derivative itself is always shown (up to
 * Katex's own KATEX_LENGTH_LIMIT of one formula).
 */
export const STEP_LATEX_BUDGET = KATEX_LENGTH_LIMIT

/** How many leading steps fit the budget (at least one). */
export function stepsWithinBudget(steps: readonly { latex: string; ruleLatex: string }[], budget = STEP_LATEX_BUDGET): number {
  let total = 0
  const over = steps.findIndex((s) => (total += s.latex.length + s.ruleLatex.length) > budget)
  return over === -1 ? steps.length : Math.max(1, over)
}

/** `ordinary`: a function of one variable, written df/dx rather than ∂f/∂x. */
function PartialDerivation({ expr, variable, name, ordinary }: { expr: Expr; variable: string; name: string; ordinary: boolean }) {
  const derived = useMemo((): { derivative: Derivative; latex: string } | { error: string } => {
    try {
      // The scene's coordinates decide ∂ or d in the steps, not the names this expression happens to use.
      const derivative = differentiate(expr, variable, { partial: !ordinary })
      return { derivative, latex: toLatex(derivative.result) }
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) }
    }
  }, [expr, variable, ordinary])
  const [allSteps, setAllSteps] = useState<Expr | null>(null)
  const d = ordinary ? 'd' : '\\partial'
  const head = `\\frac{${d} ${name}}{${d} ${variable}}`
  if ('error' in derived) {
    const symbol = ordinary ? 'd' : '∂'
    return <div className="derivation-error">{symbol}{name}/{symbol}{variable} is not available: {derived.error}</div>
  }
  const steps = derived.derivative.steps
  const within = stepsWithinBudget(steps)
  return (
    <details className="derivation-partial" open data-variable={variable}>
      <summary>
        {/* KaTeX's MathML gives a summary no name: say the derivative in text too, for screen readers. */}
        <span className="visually-hidden">{`${ordinary ? 'd' : '∂'}${name}/${ordinary ? 'd' : '∂'}${variable} = ${toText(derived.derivative.result)}`}</span>
        <Katex latex={`${head} = ${derived.latex}`} />
      </summary>
      <ol className="derivation-steps">
        {(allSteps === expr ? steps : steps.slice(0, within)).map((step, i) => (
          <li key={i} style={{ paddingLeft: `${step.depth * 0.9}em` }} data-rule={step.rule}>
            <span className="derivation-rule">{step.rule.replace(/-/g, ' ')}</span>
            <Katex latex={step.latex} />
            <span className="derivation-rule-formula" title="the rule">
              <Katex latex={step.ruleLatex} />
            </span>
          </li>
        ))}
        {allSteps !== expr && within < steps.length && (
          <li className="derivation-more">
            <button type="button" onClick={() => setAllSteps(expr)}>
              Show the other {steps.length - within} steps (long formulas: slow to typeset)
            </button>
          </li>
        )}
      </ol>
    </details>
  )
}

