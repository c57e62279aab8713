import { describe, expect, it } from 'vitest'
import { parse, compile } from '../../../../src/math/expr/index.ts'
import { mayBeUndefinedOnRegions } from '../../../../src/math/plot/undefinedRegions.ts'

// Counts NaN values of f on a 41 × 41 grid over [-3, 3]², as an independent check of each verdict.
function nanCount(text: string): number {
  const f = compile(parse(text))
  let count = 0
  for (let j = 0; j <= 40; j++)
    for (let i = 0; i <= 40; i++) if (Number.isNaN(f({ x: -3 + (6 * i) / 40, y: -3 + (6 * j) / 40 + 0.013 }))) count++
  return count
}

describe('mayBeUndefinedOnRegions', () => {
  it.each([
    'sqrt(1 - x^2 - y^2)',
    'log(x) + y',
    'ln(x*y)',
    'asin(x)',
    'acosh(y)',
    'x^0.5',
    'pow(x, y)',
    'sin(x) + log10(y)',
    'x^y',
  ])('%s: yes (and the grid finds NaN)', (text) => {
    expect(mayBeUndefinedOnRegions(parse(text))).toBe(true)
    expect(nanCount(text)).toBeGreaterThan(10)
  })

  it.each(['sin(x)*cos(y)', 'x^2 - y^2', 'exp(-x^2 - y^2)', 'abs(x) + relu(y)', 'pow(x, 3) + atan(y)', 'sigmoid(x*y)', 'cbrt(x)'])(
    '%s: no (and the grid finds no NaN)',
    (text) => {
      expect(mayBeUndefinedOnRegions(parse(text))).toBe(false)
      expect(nanCount(text)).toBe(0)
    },
  )

  it('poles are not regions: 1/x and tan(x) give ±Infinity on lines, not NaN areas', () => {
    expect(mayBeUndefinedOnRegions(parse('1/x + tan(y)'))).toBe(false)
  })
})
