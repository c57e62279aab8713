// The per-function tables are complete by type (Record<FnName, …>); these tests check what the type cannot: that each
// GLSL helper is defined in shaders/expr-functions.glsl with every arity the parser accepts, and that the new
// activations have the float64 values their definitions give.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FUNCTIONS, FUNCTION_NAMES } from '../../../../src/math/expr/functions.ts'
import { GLSL_HELPERS } from '../../../../src/math/expr/toGlsl.ts'
import { LATEX_OPERATOR } from '../../../../src/math/expr/latexNames.ts'
import { CALL_RULES } from '../../../../src/math/expr/rules/calls.ts'
import { erf, gelu, elu, leakyRelu, mask, defined } from '../../../../src/math/expr/specialFunctions.ts'
import { sigmoid } from '../../../../src/math/expr/functions.ts'

const chunk = readFileSync(new URL('../../../../shaders/expr-functions.glsl', import.meta.url), 'utf8')

describe('function tables', () => {
  it('every function has a GLSL helper defined for each arity, a LaTeX name and a derivative rule', () => {
    for (const fn of FUNCTION_NAMES) {
      const spec = FUNCTIONS.get(fn)!
      const helper = GLSL_HELPERS[fn]
      for (let n = spec.minArgs; n <= spec.maxArgs; n++) {
        const params = Array.from({ length: n }, (_, i) => `float \\w+`).join(',\\s*')
        expect(chunk, `${helper} with ${n} argument(s)`).toMatch(new RegExp(`float ${helper}\\(${params}\\)`))
      }
      expect(LATEX_OPERATOR[fn].length).toBeGreaterThan(0)
      expect(typeof CALL_RULES[fn]).toBe('function')
    }
  })
})

describe('erf and the activations (float64 reference)', () => {
  it('erf matches tabulated values to a few ulps, is odd, and saturates', () => {
    // Abramowitz & Stegun table 7.1 / high-precision values.
    const table: Array<[number, number]> = [
      [0.1, 0.1124629160182849], [0.5, 0.5204998778130465], [1, 0.8427007929497149], [1.5, 0.9661051464753108],
      [2, 0.9953222650189527], [2.5, 0.9995930479825550], [3, 0.9999779095030014], [4, 0.9999999845827421],
    ]
    for (const [x, want] of table) {
      expect(Math.abs(erf(x) - want)).toBeLessThan(1e-15)
      expect(erf(-x)).toBe(-erf(x))
    }
    expect(erf(0)).toBe(0)
    expect(erf(10)).toBe(1)
    expect(erf(-Infinity)).toBe(-1)
    expect(erf(NaN)).toBeNaN()
    expect(Math.abs(erf(1e-10) - 1.1283791670955126e-10)).toBeLessThan(1e-25)
  })

  it('gelu, silu, leaky_relu, elu follow their definitions; NaN stays NaN', () => {
    expect(gelu(1)).toBeCloseTo(0.8413447460685429, 15) // Φ(1)
    expect(gelu(-1)).toBeCloseTo(-0.15865525393145707, 15)
    expect(FUNCTIONS.get('silu')!.evaluate(2)).toBeCloseTo(2 * sigmoid(2), 15)
    expect(leakyRelu(-2)).toBe(-0.02)
    expect(leakyRelu(-2, 0.2)).toBeCloseTo(-0.4, 15)
    expect(leakyRelu(3, 0.2)).toBe(3)
    expect(elu(-1)).toBeCloseTo(Math.exp(-1) - 1, 15)
    expect(elu(-1, 2)).toBeCloseTo(2 * (Math.exp(-1) - 1), 15)
    expect(elu(2)).toBe(2)
    for (const f of [gelu, leakyRelu, elu]) expect(f(NaN)).toBeNaN()
  })

  it('mask is a product whose 0 wins over ±∞ but not over NaN; defined passes v unless g is NaN', () => {
    expect(mask(0, Infinity)).toBe(0)
    expect(mask(0, -Infinity)).toBe(0)
    expect(mask(0, NaN)).toBeNaN()
    expect(mask(2, 3)).toBe(6)
    expect(mask(NaN, 0)).toBeNaN()
    expect(defined(NaN, 3)).toBeNaN()
    expect(defined(-Infinity, 3)).toBe(3)
    expect(defined(1, 3)).toBe(3)
  })
})
