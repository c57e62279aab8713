// Does the limit of the difference quotient exist? Known answers worked out by hand for each kind of point.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { parse } from '../../../../src/math/expr/index.ts'
import { derivativeVerdict, function1d } from '../../../../src/math/calculus1d/index.ts'

const verdict = (text: string, x: number) => derivativeVerdict(function1d(parse(text), 'x').f, x)

describe('derivativeVerdict', () => {
  it('smooth functions: the limit exists and matches the derivative written by hand', () => {
    const cases: [string, number, number][] = [
      ['x^2', 0.7, 1.4],
      ['sin(x)', 1, Math.cos(1)],
      ['exp(x)', 2, Math.exp(2)],
      ['log(x)', 0.5, 2],
      ['1000*x^2', 1, 2000],
      ['abs(x)', 1, 1],
      ['relu(x)', -1, 0],
    ]
    for (const [f, x, slope] of cases) {
      const v = verdict(f, x)
      expect(v.kind, f).toBe('exists')
      if (v.kind === 'exists') expect(Math.abs(v.value - slope)).toBeLessThan(1e-6 * Math.max(1, Math.abs(slope)))
    }
  })

  it('property: polynomials a x³ + b x² + c x have a derivative everywhere, equal to 3a x² + 2b x + c', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 }), fc.double({ min: -3, max: 3, noNaN: true }), (a, b, c, x) => {
        const f = function1d(parse(`${a}*x^3 + ${b}*x^2 + ${c}*x`), 'x')
        const v = derivativeVerdict(f.f, x)
        expect(v.kind).toBe('exists')
        if (v.kind === 'exists') expect(Math.abs(v.value - (3 * a * x * x + 2 * b * x + c))).toBeLessThan(1e-5 * (1 + Math.abs(v.value)))
      }),
      { seed: 42, numRuns: 150 },
    )
  })

  it('corners: |x| at 0 (left −1, right 1), relu at 0 (0 and 1), max(x, 2x) at 0', () => {
    const abs = verdict('abs(x)', 0)
    expect(abs).toMatchObject({ kind: 'corner' })
    if (abs.kind === 'corner') {
      expect(abs.left).toBeCloseTo(-1, 9)
      expect(abs.right).toBeCloseTo(1, 9)
    }
    const relu = verdict('relu(x)', 0)
    expect(relu.kind).toBe('corner')
    if (relu.kind === 'corner') expect([relu.left, relu.right].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 1])
    expect(verdict('abs(x - 1)', 1).kind).toBe('corner')
  })

  it('jumps: sign and step at 0 are not continuous, so no derivative', () => {
    expect(verdict('sign(x)', 0).kind).toBe('jump')
    const step = verdict('step(x)', 0)
    expect(step.kind).toBe('jump')
    if (step.kind === 'jump') {
      expect(step.right).toEqual({ kind: 'jump', jump: 1 })
      expect(step.left.kind).toBe('finite')
    }
  })

  it('unbounded slopes: cbrt(x) and sqrt(abs(x)) at 0', () => {
    expect(verdict('cbrt(x)', 0).kind).toBe('unbounded')
    expect(verdict('sqrt(abs(x))', 0).kind).toBe('unbounded')
  })

  it('domain edges and undefined points', () => {
    const sqrt = verdict('sqrt(x)', 0)
    expect(sqrt).toMatchObject({ kind: 'one-sided', defined: 'right', limit: { kind: 'unbounded' } })
    expect(verdict('log(x)', 0).kind).toBe('undefined-point')
    expect(verdict('1/x', 0).kind).toBe('undefined-point')
    expect(verdict('log(x)', -1).kind).toBe('undefined-point')
  })

  it('uses steps relative to |x|, so the limit is found far from the origin too', () => {
    // d/dx x² = 2x = 2e9 at x = 1e9. An absolute step of 1e-8 would vanish in 1e9 + h (the spacing of doubles there is ~1.2e-7).
    const v = verdict('x^2', 1e9)
    expect(v.kind).toBe('exists')
    if (v.kind === 'exists') expect(Math.abs(v.value - 2e9) / 2e9).toBeLessThan(1e-6)
  })
})
