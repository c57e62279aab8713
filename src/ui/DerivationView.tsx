// ∂f/∂x and ∂f/∂y with the rule steps that produced them (DerivationStep: rule, latex, ruleLatex, depth), one
// collapsible block per partial, so a learner can follow how the derivative was built, not only read the result.
import { useMemo } from 'react'
import { differentiate, toLatex, toText, type Derivative, type Expr } from '../math/expr/index.ts'
import { Katex } from './Katex.tsx'

export function DerivationView({ expr, variables, name = 'f' }: { expr: Expr; variables: readonly string[]; name?: string }) {
  return (
    <div className="derivation">
      {variables.map((v) => (
        <PartialDerivation key={v} expr={expr} variable={v} name={name} ordinary={variables.length === 1} />
      ))}
    </div>
  )
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
  const d = ordinary ? 'd' : '\\partial'
  const head = `\\frac{${d} ${name}}{${d} ${variable}}`
  if ('error' in derived) {
    const symbol = ordinary ? 'd' : '∂'
    return <div className="derivation-error">{symbol}{name}/{symbol}{variable} is not available: {derived.error}</div>
  }
  return (
    <details className="derivation-partial" open data-variable={variable}>
      <summary>
        {/* KaTeX's MathML gives a summary no name: say the derivative in text too, for screen readers. */}
        <span className="visually-hidden">{`${ordinary ? 'd' : '∂'}${name}/${ordinary ? 'd' : '∂'}${variable} = ${toText(derived.derivative.result)}`}</span>
        <Katex latex={`${head} = ${derived.latex}`} />
      </summary>
      <ol className="derivation-steps">
        {derived.derivative.steps.map((step, i) => (
          <li key={i} style={{ paddingLeft: `${step.depth * 0.9}em` }} data-rule={step.rule}>
            <span className="derivation-rule">{step.rule.replace(/-/g, ' ')}</span>
            <Katex latex={step.latex} />
            <span className="derivation-rule-formula" title="the rule">
              <Katex latex={step.ruleLatex} />
            </span>
          </li>
        ))}
      </ol>
    </details>
  )
}
