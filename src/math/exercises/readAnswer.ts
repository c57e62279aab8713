// Typed text → an expression the checker can evaluate, with every problem said at the place it was typed.
import { compile, ExprError, freeVariables, parse, type Expr } from '../expr/index.ts'
import type { CheckResult } from './checkResult.ts'

export interface ReadAnswer {
  readonly expr: Expr
  readonly evaluate: (point: Record<string, number>) => number
}

/**
 * Parses `text` and refuses names that are not variables of the exercise ('t' where only x is allowed). `offset`
 * is where `text` starts inside what was typed (an entry of a vector), so positions point into the input box.
 */
export function readAnswer(text: string, variables: readonly string[], offset = 0): ReadAnswer | CheckResult {
  if (text.trim() === '') return { verdict: 'invalid', message: 'Type an answer first.', start: offset, end: offset }
  let expr: Expr
  try {
    expr = parse(text)
  } catch (error) {
    if (!(error instanceof ExprError)) throw error
    return { verdict: 'invalid', message: error.message, start: offset + error.start, end: offset + error.end }
  }
  const unknown = freeVariables(expr).filter((name) => !variables.includes(name))
  if (unknown.length > 0) {
    const allowed = variables.length === 0 ? 'a number (pi, e, sqrt(2) … are fine) and no variables' : `only ${variables.join(', ')}`
    return {
      verdict: 'invalid',
      message: `${unknown.map((n) => `'${n}'`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not defined here: the answer may use ${allowed}.`,
      start: offset,
      end: offset + text.length,
    }
  }
  return { expr, evaluate: compile(expr) }
}

export function isRead(value: ReadAnswer | CheckResult): value is ReadAnswer {
  return 'expr' in value
}
