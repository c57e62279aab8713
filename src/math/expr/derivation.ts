// A derivation is an ordered list of rule applications, recorded while differentiating,
// so the UI can show *how* a derivative was obtained, not only the result.
import type { Expr } from './ast.ts'

export type RuleName =
  | 'constant' | 'variable' | 'sum' | 'difference' | 'negation' | 'constant-multiple'
  | 'power' | 'general-power' | 'exponential' | 'logarithm' | 'product' | 'quotient' | 'chain'
  | 'trig' | 'inverse-trig' | 'hyperbolic' | 'inverse-hyperbolic' | 'root' | 'abs'
  | 'piecewise' | 'sigmoid' | 'softplus' | 'activation'

export interface DerivationStep {
  /** Which rule was applied. */
  readonly rule: RuleName
  /** The sub-expression being differentiated at this step. */
  readonly expr: Expr
  /** Its derivative with respect to `variable`, simplified. */
  readonly result: Expr
  /** The variable of differentiation. */
  readonly variable: string
  /** Nesting depth: 0 for the whole expression, +1 for each rule applied inside another. */
  readonly depth: number
  /** Human-readable line, e.g. "power rule: d/dx [x^3] = 3 x^2". */
  readonly text: string
  /** The same as KaTeX-ready LaTeX, e.g. "\\frac{d}{dx}\\left[x^{3}\\right] = 3 x^{2}". */
  readonly latex: string
  /** The rule itself in LaTeX, e.g. "\\frac{d}{dx} u^{n} = n u^{n-1} u'" (for a legend beside the step). */
  readonly ruleLatex: string
}

export interface Derivative {
  readonly result: Expr
  readonly steps: readonly DerivationStep[]
}
