// toGlsl(): the text of the emitted GLSL (Node). Its meaning is checked on a real GPU in tests/browser/glsl.test.ts.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { glslFloat, glslUniforms, toGlsl, uniformName } from '../../../../src/math/expr/toGlsl.ts'
import { add, call, constant, div, mul, neg, num, pow, size, sub, variable, type Expr } from '../../../../src/math/expr/ast.ts'
import { FUNCTION_NAMES, FUNCTIONS } from '../../../../src/math/expr/functions.ts'
import { exprArb } from './arbitraryExpr.ts'

const x = variable('x')
const y = variable('y')
const a = variable('a')

/** A GLSL ES float literal: digits, a point, digits, an optional exponent; or a parenthesised negative of one. */
const FLOAT_LITERAL = /^(\(-)?\d+\.\d+(e-?\d+)?\)?$/

describe('glslFloat', () => {
  it.each([
    [1, '1.0'], [0, '0.0'], [0.5, '0.5'], [1e-3, '0.001'], [1e-7, '1.0e-7'], [2.5e-8, '2.5e-8'], [1e21, '1.0e21'],
    [-2, '(-2.0)'], [-1.5e-9, '(-1.5e-9)'], [123456789, '123456789.0'],
  ])('%s → %s', (v, text) => {
    expect(glslFloat(v)).toBe(text)
    expect(text).toMatch(FLOAT_LITERAL)
  })
  it('is NaN/Inf through the chunk helpers, and 0 below float32 range', () => {
    expect(glslFloat(NaN)).toBe('cw_nan()')
    expect(glslFloat(1e300)).toBe('cw_inf()')
    expect(glslFloat(-1e300)).toBe('(-cw_inf())')
    expect(glslFloat(1e-300)).toBe('0.0')
  })
  it('every finite double prints as a literal that reads back to the same float32', () => {
    fc.assert(
      fc.property(fc.double({ min: -3e38, max: 3e38, noNaN: true }), (v) => {
        const text = glslFloat(v)
        if (Math.abs(v) < 1.2e-38) return text === '0.0' || text === '(-0.0)'
        const back = Number(text.replace('(', '').replace(')', ''))
        return FLOAT_LITERAL.test(text) && Math.fround(back) === Math.fround(v)
      }),
      { seed: 42, numRuns: 500 },
    )
  })
})

describe('toGlsl: shape of the output', () => {
  it('emits float f(vec2 p) with coordinates from p and parameters from uniforms', () => {
    const g = toGlsl(add(mul(call('sin', x), call('cos', y)), mul(a, pow(x, num(2)))))
    expect(g.source).toMatch(/^float f\(vec2 p\) \{\n/)
    expect(g.source).toContain('cw_sin(p.x)')
    expect(g.source).toContain('cw_cos(p.y)')
    expect(g.source).toContain('p.x * p.x')
    expect(g.source).toContain('u_a')
    expect(g.parameters).toEqual(['a'])
  })
  it('honours the function name and coordinate names', () => {
    const g = toGlsl(sub(variable('u'), variable('v')), 'g_u', ['u', 'v'])
    expect(g.source).toMatch(/^float g_u\(vec2 p\)/)
    expect(g.source).toContain('p.x - p.y')
    expect(g.parameters).toEqual([])
  })
  it('folds constant subtrees in float64', () => {
    const g = toGlsl(mul(div(constant('pi'), num(2)), x))
    expect(g.source).toContain(`${Math.PI / 2} * p.x`)
    expect(toGlsl(call('log', num(-1))).source).toContain('return cw_nan();')
  })
  it('maps ln to the natural log and keeps log with a base', () => {
    expect(toGlsl(call('ln', x)).source).toContain('cw_log(p.x)')
    expect(toGlsl(call('log', x, num(2))).source).toContain('cw_log(p.x, 2.0)')
  })
  it('uses cw_pow for general exponents and products for small integer ones', () => {
    expect(toGlsl(pow(x, y)).source).toContain('cw_pow(p.x, p.y)')
    expect(toGlsl(pow(x, num(5))).source).toContain('cw_pow(p.x, 5.0)')
    expect(toGlsl(pow(x, num(-2))).source).toMatch(/float (t\d+) = p\.x \* p\.x;\n  float t\d+ = 1\.0 \/ \1;/)
    expect(toGlsl(pow(x, num(0))).source).toContain('return 1.0;')
  })
  it('computes an equal subtree once', () => {
    const s = add(call('sin', mul(x, y)), call('sin', mul(x, y)))
    const src = toGlsl(s).source
    expect(src.match(/cw_sin/g)).toHaveLength(1)
    expect(src.match(/p\.x \* p\.y/g)).toHaveLength(1)
  })
  it('stays linear when a node is shared many times (a DAG of depth 40)', () => {
    let e: Expr = x
    for (let i = 0; i < 40; i++) e = add(call('sin', e), mul(e, neg(y)))
    const src = toGlsl(e).source
    expect(src.split('\n').length).toBeLessThan(4 * 40 + 5)
  })
  it('declares uniforms once each, sorted', () => {
    expect(glslUniforms(['b', 'a', 'b'])).toBe('uniform float u_a;\nuniform float u_b;\n')
    expect(uniformName('theta')).toBe('u_theta')
  })
})

describe('toGlsl: random ASTs', () => {
  it('source is linear in the AST size and calls only cw_ helpers the chunk defines', () => {
    const chunk = readFileSync(new URL('../../../../shaders/expr-functions.glsl', import.meta.url), 'utf8')
    const defined = new Set([...chunk.matchAll(/^(?:float|bool) (cw_\w+)\(/gm)].map((m) => m[1]))
    fc.assert(
      fc.property(exprArb(['x', 'y', 'a', 'w_2'], undefined, 6), (e) => {
        const src = toGlsl(e).source
        const used = [...src.matchAll(/\b(cw_\w+)\(/g)].map((m) => m[1]!)
        return src.length < 200 + 60 * size(e) && used.every((h) => defined.has(h))
      }),
      { seed: 42, numRuns: 300 },
    )
  })
  it('the chunk defines a helper for every whitelisted function', () => {
    const chunk = readFileSync(new URL('../../../../shaders/expr-functions.glsl', import.meta.url), 'utf8')
    for (const fn of FUNCTION_NAMES) {
      if (fn === 'ln') continue // emitted as cw_log
      const arity = FUNCTIONS.get(fn)!.maxArgs
      expect(chunk, fn).toMatch(new RegExp(`^float cw_${fn}\\(float \\w+${arity === 2 ? ', float \\w+' : ''}\\)`, 'm'))
    }
    expect(chunk).toMatch(/^bool cw_isUndefined\(float \w+\)/m)
    expect([...chunk].every((c) => c.charCodeAt(0) < 128)).toBe(true)
  })
})
