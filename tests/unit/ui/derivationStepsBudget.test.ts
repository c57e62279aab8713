// The derivation view typesets steps only up to a budget of formula characters (a deep nest's steps repeat the whole
// inner expression at every level); the rest wait behind a button.
import { describe, expect, it } from 'vitest'
import { STEP_LATEX_BUDGET, stepsWithinBudget } from '../../../src/ui/DerivationView.tsx'
import { differentiate, parse } from '../../../src/math/expr/index.ts'

const step = (n: number) => ({ latex: 'a'.repeat(n), ruleLatex: '' })

describe('stepsWithinBudget', () => {
  it('counts formula and rule characters, stops before the step that passes the budget, and keeps at least one', () => {
    expect(stepsWithinBudget([step(40), step(40), step(40)], 100)).toBe(2)
    expect(stepsWithinBudget([step(40), { latex: 'a'.repeat(40), ruleLatex: 'b'.repeat(30) }], 100)).toBe(1)
    expect(stepsWithinBudget([step(500), step(1)], 100)).toBe(1)
    expect(stepsWithinBudget([step(10), step(10)], 100)).toBe(2)
    expect(stepsWithinBudget([], 100)).toBe(0)
  })

  it('shows every step of an ordinary derivative, and a bounded prefix of a deep nest', () => {
    const ordinary = differentiate(parse('exp(-x^2) * sin(3x) / (1 + x^2)'), 'x').steps
    expect(stepsWithinBudget(ordinary)).toBe(ordinary.length)
    const deep = differentiate(parse('sin('.repeat(60) + 'x' + ')'.repeat(60)), 'x').steps
    const shown = stepsWithinBudget(deep)
    expect(shown).toBeLessThan(deep.length)
    const chars = deep.slice(0, shown).reduce((n, s) => n + s.latex.length + s.ruleLatex.length, 0)
    expect(chars).toBeLessThanOrEqual(STEP_LATEX_BUDGET)
  })
})
